import Foundation
import Testing

/// `united-front report`: the yearly work report as Markdown and JSON, for a subtree and as known at a time.
@Suite("The yearly work report from the command line")
struct ReportCommandTests {
    /// A 统战部 (org unit 1) over a 街道 (2); 张敏 (member 1, in the 街道) with a 副科 领导职务 from 2022-03-01,
    /// recorded that day; enterprise 1 in the 街道, visited on 2022-06-01 (recorded 2023-01-10, back-dated);
    /// a 乡镇商会 for the 街道 with enterprise 1 as a member.
    func register() throws -> CLI {
        let cli = try CLI()
        try cli.succeed(["init"])
        try cli.succeed(["org", "add", "--name", "新城区委统战部", "--kind", "统战部", "--region", "150102", "--effective", "2010-01-01",
                         "--recorded-at", "2021-01-01T09:00:00+08:00"])
        try cli.succeed(["org", "add", "--name", "锡林路街道", "--kind", "街道", "--parent", "1", "--effective", "2010-01-01",
                         "--recorded-at", "2021-01-01T09:01:00+08:00"])
        try cli.succeed(["add", "--name", "张敏", "--org-unit", "2", "--effective", "2010-01-01", "--recorded-at", "2021-01-01T09:02:00+08:00"])
        try cli.succeed(["post", "add", "1", "--unit", "新城区教育局", "--title", "副局长", "--rank", "副科", "--leadership",
                         "--effective", "2022-03-01", "--recorded-at", "2022-03-01T09:00:00+08:00"])
        try cli.succeed(["enterprise", "add", "--credit-code", "91150102MA0N2XY1A8", "--name", "锡林乳业有限公司", "--org-unit", "2",
                         "--effective", "2012-05-18", "--recorded-at", "2022-03-01T09:01:00+08:00"])
        try cli.succeed(["organisation", "add", "--name", "锡林路街道商会", "--kind", "乡镇商会", "--area", "2", "--effective", "2015-01-01",
                         "--recorded-at", "2022-03-01T09:02:00+08:00"])
        try cli.succeed(["membership", "add", "1", "--organisation", "1", "--effective", "2016-01-01",
                         "--recorded-at", "2022-03-02T09:00:00+08:00"])
        try cli.succeed(["engagement", "add", "--kind", "走访", "--title", "走访锡林乳业", "--organiser", "2", "--effective", "2022-06-01",
                         "--recorded-at", "2023-01-10T09:00:00+08:00"])
        try cli.succeed(["participant", "add", "1", "--enterprise", "1", "--recorded-at", "2023-01-10T09:01:00+08:00"])
        return cli
    }

    /// The figures of a JSON report by key.
    func figures(_ report: [String: Any]) throws -> [String: [String: Any]] {
        let list = try #require(report["figures"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: list.map { ($0["key"] as? String ?? "", $0) })
    }

    @Test("--format json prints the year, unit, knowledge and every figure with its label, unit and ids")
    func json() throws {
        let cli = try register()
        let report = try #require(try cli.succeed(["report", "--year", "2022", "--org-unit", "1", "--format", "json"]).json() as? [String: Any])
        #expect(report["year"] as? Int == 2022 && report["known_at"] as? String == "latest" && report["as_of"] as? String == "2022-12-31")
        let unit = try #require(report["org_unit"] as? [String: Any])
        #expect(unit["id"] as? Int == 1 && unit["name"] as? String == "新城区委统战部")
        let figures = try figures(report)
        let leading = try #require(figures["leading_cadres"])
        #expect(leading["label"] as? String == "党外副科级以上领导干部" && leading["unit"] as? String == "人" && leading["value"] as? Int == 1)
        #expect(leading["ids"] as? [String: [Int]] == ["members": [1]] && leading["section"] as? String == "representatives")
        #expect(figures["enterprises_visited"]?["ids"] as? [String: [Int]] == ["enterprises": [1]])
        #expect(figures["enterprises_visited"]?["sources"] as? [String: [Int]] == ["engagements": [1]])
        #expect(figures["chambers"]?["ids"] as? [String: [Int]] == ["organisations": [1]])
        #expect(figures["chamber_member_enterprises"]?["value"] as? Int == 1)
        #expect(figures["visits"]?["ids"] as? [String: [Int]] == ["engagements": [1]])
        #expect(figures["attendances"]?["ids"] as? [String: [Int]] == [:] && figures["attendances"]?["unit"] as? String == "人次")
    }

    @Test("--known-at reads the report as the register knew it then, and says so; the default is Markdown")
    func knownAtMarkdown() throws {
        let cli = try register()
        let then = try #require(try cli.succeed(["report", "--year", "2022", "--known-at", "2022-12-31", "--format", "json"]).json()
                                as? [String: Any])
        #expect(then["org_unit"] is NSNull)
        #expect(then["known_at"] as? String == "2022-12-31T15:59:59.999Z")
        #expect(try figures(then)["visits"]?["value"] as? Int == 0 && (try figures(then)["leading_cadres"]?["value"] as? Int) == 1)

        let markdown = try cli.succeed(["report", "--year", "2022", "--org-unit", "1"]).stdout
        #expect(markdown.hasPrefix("# 新城区委统战部2022年度统战工作数据\n"))
        #expect(markdown.contains("- 数据依据：登记库最新记录（known_at: latest）"))
        #expect(markdown.contains("## 党外代表人士队伍建设\n\n年内调整党外领导干部1人，目前党外副科级以上领导干部1人。"))
        #expect(markdown.contains("形成了覆盖新城区委统战部的商会网络，共有商会1个，商会会员企业1家"))
        #expect(markdown.contains("全年走访民营企业1家（走访1次）"))
        #expect(markdown.contains("| 党外副科级以上领导干部 | `leading_cadres` | 1人 | members: 1 |"))
        #expect(markdown.contains("| 走访民营企业 | `enterprises_visited` | 1家 | engagements: 1; enterprises: 1 |"))
        let earlier = try cli.succeed(["report", "--year", "2022", "--known-at", "2022-12-31", "--format", "markdown"]).stdout
        #expect(earlier.contains("登记库截至 2022-12-31T15:59:59.999Z 已记录的数据") && earlier.contains("全年走访民营企业0家"))
    }

    @Test("a missing or bad year or format is a usage error; an unknown org unit is the register's error")
    func refusals() throws {
        let cli = try register()
        #expect(try cli.run(["report"]).status == 64)
        let badYear = try cli.run(["report", "--year", "二〇二二"])
        #expect(badYear.status == 64 && badYear.stderr.contains("二〇二二"))
        #expect(try cli.run(["report", "--year", "2022", "--format", "table"]).status == 64)
        let unknown = try cli.run(["report", "--year", "2022", "--org-unit", "9"])
        #expect(unknown.status == 1 && unknown.stdout.isEmpty && unknown.stderr.contains("9"))
        let tooEarly = try cli.run(["report", "--year", "2009", "--org-unit", "1"])
        #expect(tooEarly.status == 1 && tooEarly.stderr.contains("2009-12-31"))
    }
}
