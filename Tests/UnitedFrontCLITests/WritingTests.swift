import Foundation
import Testing
import UnitedFront

/// A clerk keeps a member's record from the command line: registers, changes, corrects, categorises,
/// and reads back the history with who did what and why.
@Suite("Keeping a record from the command line")
struct WritingTests {
    @Test("init creates the register and prints the schema version and the code-list versions")
    func initPrintsVersions() throws {
        let cli = try CLI()
        let result = try cli.succeed(["init"])
        #expect(result.stdout.contains("Created register"))
        let latest = try #require(Migration.all.last?.name)
        #expect(result.stdout.contains("Schema version: \(latest) (\(Migration.all.count) migrations)"))
        #expect(result.stdout.contains("GB/T 3304-1991"))
        #expect(FileManager.default.fileExists(atPath: cli.database))

        let again = try cli.succeed(["init", "--format", "json"])
        let object = try #require(try again.json() as? [String: Any])
        #expect(object["created"] as? Bool == false)
        #expect(object["schema_version"] as? String == latest)
        let lists = try #require(object["code_lists"] as? [[String: Any]])
        #expect(lists.contains { $0["list"] as? String == "ethnicity" && $0["version"] as? String == "1991" && $0["codes"] as? Int == 58 })
    }

    @Test("init → add → change → correct → category enter/tier/leave: history shows every step with actor and reason")
    func historyShowsEveryStep() throws {
        let cli = try CLI()
        try cli.succeed(["init"])
        let added = try cli.succeed([
            "add", "--name", "王建国", "--document-number", "150102198005060131", "--political-status", "民盟",
            "--work-unit", "区财政局", "--post", "科员", "--rank", "副科级", "--category", "民主党派成员",
            "--effective", "2021-01-01", "--actor", "区委统战部 张科员", "--reason", "全面摸排建库",
        ])
        let id = added.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(id == "1")

        let changed = try cli.succeed(["change", id, "--rank", "正科级", "--post", "副局长", "--effective", "2023-06-01",
                                       "--actor", "区委组织部 李干事", "--reason", "晋升文件 2023-12号"])
        #expect(changed.stdout.contains("2023-06-01 变更"))
        #expect(changed.stdout.contains("职务层次: 乡科级副职 → 乡科级正职"))

        let corrected = try cli.succeed(["correct", id, "--work-unit", "区财政局预算科", "--reason", "核对档案"])
        #expect(corrected.stdout.contains("更正"))

        try cli.succeed(["category", "enter", id, "党外干部", "--tier", "后备", "--source", "推荐",
                         "--effective", "2023-07-01", "--reason", "后备干部推荐"])
        try cli.succeed(["category", "tier", id, "党外干部", "代表人士", "--effective", "2024-01-01", "--reason", "考察"])
        try cli.succeed(["category", "leave", id, "民主党派成员", "--effective", "2024-06-01", "--reason", "退出民盟"])

        let history = try cli.succeed(["history", id])
        let lines = history.lines
        #expect(lines.count == 2 + 6, "\(history.stdout)")  // the category entered with `add` joins the 登记 line
        let body = lines.dropFirst(2)
        #expect(body.contains { $0.contains("2021-01-01") && $0.contains("登记") && $0.contains("区委统战部 张科员")
            && $0.contains("全面摸排建库") && $0.contains("民主党派成员: — → 一般") })
        #expect(body.contains { $0.contains("2023-06-01") && $0.contains("变更") && $0.contains("区委组织部 李干事")
                && $0.contains("晋升文件 2023-12号") && $0.contains("职务层次: 乡科级副职 → 乡科级正职") && $0.contains("职务: 科员 → 副局长") })
        #expect(body.contains { $0.contains("更正") && $0.contains("测试员") && $0.contains("核对档案")
                && $0.contains("工作单位: 区财政局 → 区财政局预算科") })
        #expect(body.contains { $0.contains("2023-07-01") && $0.contains("党外干部: — → 后备") && $0.contains("后备干部推荐") })
        #expect(body.contains { $0.contains("2024-01-01") && $0.contains("党外干部: 后备 → 代表人士") })
        #expect(body.contains { $0.contains("2024-06-01") && $0.contains("民主党派成员: 一般 → —") && $0.contains("退出民盟") })

        let json = try #require(try cli.succeed(["history", id, "--format", "json"]).json() as? [[String: Any]])
        #expect(json.map { $0["kind"] as? String } == ["registration", "change", "correction", "change", "change", "change"])
        #expect(json[1]["actor"] as? String == "区委组织部 李干事")
    }

    @Test("show resolves code names and reads the record as of a past date, or as the register knew it then")
    func showAsOfAndKnownAt() throws {
        let cli = try CLI()
        try cli.succeed(["init"])
        try cli.succeed(["add", "--name", "乌云其木格", "--document-number", "150102197802030221", "--ethnicity", "蒙古",
                         "--post", "教师", "--category", "少数民族人士", "--tier", "代表人士",
                         "--effective", "2021-01-01", "--recorded-at", "2021-01-15T10:00:00+08:00"])
        try cli.succeed(["change", "1", "--post", "副校长", "--effective", "2023-06-01",
                         "--recorded-at", "2023-06-05T10:00:00+08:00"])

        let latest = try cli.succeed(["show", "1"]).stdout
        func row(_ label: String, _ value: String) -> Bool {
            latest.split(separator: "\n").contains { $0.hasPrefix(label + " ") && $0.hasSuffix(" " + value) }
        }
        #expect(row("民族", "蒙古族"))
        #expect(row("性别", "女性"))
        #expect(row("出生日期", "1978-02-03"))
        #expect(latest.contains("副校长"))
        #expect(latest.contains("少数民族人士  代表人士"))

        let then = try cli.succeed(["show", "1", "--as-of", "2022-12-31"]).stdout
        #expect(then.contains("教师"))
        #expect(!then.contains("副校长"))

        let knownThen = try cli.succeed(["show", "1", "--as-of", "2023-12-31", "--known-at", "2023-06-01"]).stdout
        #expect(knownThen.contains("教师"), "the change was recorded on 2023-06-05")
        let knownLater = try cli.succeed(["show", "1", "--as-of", "2023-12-31", "--known-at", "2023-06-05"]).stdout
        #expect(knownLater.contains("副校长"))

        let json = try #require(try cli.succeed(["show", "1", "--as-of", "2022-12-31", "--format", "json"]).json() as? [String: Any])
        #expect(json["ethnicity"] as? String == "蒙古族")
        #expect(json["post"] as? String == "教师")
        #expect(json["registered_on"] as? String == "2021-01-01")
        let codes = try #require(try cli.succeed(["show", "1", "--format", "json", "--codes"]).json() as? [String: Any])
        #expect(codes["ethnicity"] as? String == "02")

        let before = try cli.run(["show", "1", "--as-of", "2020-12-31"])
        #expect(before.status == 1)
        #expect(before.stderr == "error: member 1 is not on the register as of 2020-12-31\n")
        let nobody = try cli.run(["show", "9"])
        #expect(nobody.status == 1)
        #expect(nobody.stderr == "error: no member has id 9\n")
    }

    @Test("an explicitly empty value clears a field; a change that changes nothing says so")
    func emptyValueClearsField() throws {
        let cli = try CLI()
        try cli.succeed(["init"])
        try cli.succeed(["add", "--name", "李明华", "--post", "董事长", "--mobile", "13800138000", "--effective", "2021-01-01"])
        let cleared = try cli.succeed(["change", "1", "--post", "", "--effective", "2022-01-01"])
        #expect(cleared.stdout.contains("职务: 董事长 → —"))
        let member = try #require(try cli.succeed(["show", "1", "--format", "json"]).json() as? [String: Any])
        #expect(member["post"] is NSNull)
        #expect(member["mobile"] as? String == "138****8000", "masked by default")
        let full = try #require(try cli.succeed(["show", "1", "--format", "json", "--unmasked", "--reason", "核对联系方式"]).json()
            as? [String: Any])
        #expect(full["mobile"] as? String == "13800138000")
        let refused = try cli.run(["show", "1", "--unmasked"])
        #expect(refused.status != 0 && refused.stderr.contains("reason"))
        let log = try #require(try cli.succeed(["export-log", "--format", "json"]).json() as? [[String: Any]])
        #expect(log.contains { $0["format"] as? String == "show-json" && $0["masked"] as? Bool == false
            && $0["reason"] as? String == "核对联系方式" })

        let same = try cli.succeed(["change", "1", "--mobile", "13800138000", "--effective", "2022-02-01"])
        #expect(same.stdout == "member 1: nothing changed\n")
    }

    @Test("archive takes a member off the list from a date and ends their categories; history keeps them")
    func archiveEndsMembership() throws {
        let cli = try CLI()
        try cli.succeed(["init"])
        try cli.succeed(["add", "--name", "陈美玲", "--document-type", "护照", "--document-number", "E12345678",
                         "--sex", "女", "--birth-date", "1968-09-01", "--category", "华侨、归侨及侨眷", "--effective", "2021-01-01"])
        try cli.succeed(["archive", "1", "--effective", "2025-03-01", "--reason", "定居海外，停止联系"])
        let before = try #require(try cli.succeed(["list", "--as-of", "2025-02-28", "--format", "json"]).json() as? [[String: Any]])
        #expect(before.count == 1)
        let after = try #require(try cli.succeed(["list", "--as-of", "2025-03-01", "--format", "json"]).json() as? [[String: Any]])
        #expect(after.isEmpty)
        let shown = try #require(try cli.succeed(["show", "1", "--format", "json"]).json() as? [String: Any])
        #expect(shown["status"] as? String == "archived")
        #expect(try cli.succeed(["history", "1"]).stdout.contains("定居海外，停止联系"))
    }

    @Test("category correct fixes a membership's tier or start date as a correction, and --remove withdraws it")
    func categoryCorrection() throws {
        let cli = try CLI()
        try cli.succeed(["init"])
        try cli.succeed(["add", "--name", "周敏", "--effective", "2021-01-01"])
        try cli.succeed(["category", "enter", "1", "无党派人士", "--effective", "2022-05-01"])
        let fixed = try cli.succeed(["category", "correct", "1", "无党派人士", "--tier", "代表人士", "--since", "2022-03-15",
                                     "--reason", "认定文件日期为2022-03-15"])
        #expect(fixed.stdout.contains("更正"))
        let listed = try #require(try cli.succeed(["list", "--as-of", "2022-04-01", "--format", "json"]).json() as? [[String: Any]])
        #expect(listed.count == 1)
        let changes = try cli.succeed(["changes", "--from", "2022-01-01", "--through", "2022-12-31"]).stdout
        #expect(changes.contains("2022-03-15") && !changes.contains("2022-05-01"))
        try cli.succeed(["category", "correct", "1", "无党派人士", "--remove", "--reason", "误录"])
        #expect(try (cli.succeed(["list", "--as-of", "2022-04-01", "--category", "无党派人士", "--format", "json"]).json()
            as? [Any])?.isEmpty == true)
        let usage = try cli.run(["category", "correct", "1", "无党派人士"])
        #expect(usage.status != 0)
    }
}
