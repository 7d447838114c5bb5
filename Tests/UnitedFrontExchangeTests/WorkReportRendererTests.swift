import Foundation
import Testing
import UnitedFront
import UnitedFrontExchange
import UnitedFrontTestSupport

/// Rendering a work report: the seed report's sentences in Markdown with an appendix of ids, and JSON with
/// every figure's key, label, value, unit, ids and sources.
@Suite("Rendering the yearly work report")
struct WorkReportRendererTests {
    /// A report built by hand: a unit whose name holds a `|`, three figures.
    let report = WorkReport(
        year: 2022, orgUnit: WorkReport.Unit(id: OrgUnitID(rawValue: 3), name: "新城区|统战部"), knownAt: Timestamp(endOf: "2022-12-31"),
        figures: [
            WorkReportFigure(key: "people_non_partisan", section: .members, label: "无党派人士", unit: "人",
                             subjects: [.member(MemberID(rawValue: 9)), .member(MemberID(rawValue: 4))]),
            WorkReportFigure(key: "leading_cadres", section: .representatives, label: "党外副科级以上领导干部", unit: "人",
                             subjects: [.member(MemberID(rawValue: 2))]),
            WorkReportFigure(key: "paired_villages", section: .privateEconomy, label: "结对帮扶重点村", unit: "个",
                             subjects: [.village("150102001201")], sources: [.pairing(PairingID(rawValue: 5))]),
            WorkReportFigure(key: "attendances", section: .representatives, label: "培训", unit: "人次",
                             subjects: [.attendance(EngagementID(rawValue: 7), participant: ParticipantID(rawValue: 11),
                                                    member: MemberID(rawValue: 2))]),
        ])

    @Test("Markdown: a title, the scope and knowledge, a section per heading, an appendix with every figure's ids")
    func markdown() throws {
        let text = WorkReportRenderer().markdown(report)
        #expect(text.hasPrefix("# 新城区\\|统战部2022年度统战工作数据\n"))
        #expect(text.contains("- 数据依据：登记库截至 2022-12-31T15:59:59.999Z 已记录的数据（known_at）"))
        #expect(text.contains("## 统一战线成员基本情况\n\n| 类别 | 人数 |\n|---|---:|\n| 无党派人士 | 2 |\n"))
        #expect(text.contains("目前党外副科级以上领导干部1人"))
        #expect(text.contains("年内调整党外领导干部—人"))          // a figure the report lacks is a dash, not 0
        #expect(text.contains("—家民营企业结对帮扶1个重点村"))
        #expect(!text.contains("## 侨务"))
        #expect(text.contains("| 无党派人士 | `people_non_partisan` | 2人 | members: 4, 9 |"))
        #expect(text.contains("| 结对帮扶重点村 | `paired_villages` | 1个 | pairings: 5; villages: 150102001201 |"))
        #expect(text.contains("| 培训 | `attendances` | 1人次 | attendances: 7/11 |"))
        #expect(try WorkReportRenderer().render(report, as: .markdown) == text)
    }

    @Test("JSON: year, org unit, knowledge, as_of and figures in order, each with ids and sources by kind")
    func json() throws {
        let text = try WorkReportRenderer().render(report, as: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["year"] as? Int == 2022 && object["known_at"] as? String == "2022-12-31T15:59:59.999Z")
        #expect(object["as_of"] as? String == "2022-12-31")
        #expect((object["org_unit"] as? [String: Any])?["name"] as? String == "新城区|统战部")
        let figures = try #require(object["figures"] as? [[String: Any]])
        #expect(figures.map { $0["key"] as? String } == ["people_non_partisan", "leading_cadres", "paired_villages", "attendances"])
        #expect(figures[0]["ids"] as? [String: [Int]] == ["members": [4, 9]] && figures[0]["value"] as? Int == 2)
        #expect(figures[0]["sources"] as? [String: [Int]] == [:] && figures[0]["section"] as? String == "members")
        #expect(figures[2]["ids"] as? [String: [String]] == ["villages": ["150102001201"]])
        #expect(figures[2]["sources"] as? [String: [Int]] == ["pairings": [5]] && figures[2]["section"] as? String == "private_economy")
        let attendance = try #require((figures[3]["ids"] as? [String: [[String: Int]]])?["attendances"])
        #expect(attendance == [["engagement": 7, "participant": 11, "member": 2]])
        let latest = WorkReport(year: 2022, orgUnit: nil, knownAt: nil, figures: [])
        let plain = try #require(try JSONSerialization.jsonObject(with: Data(WorkReportRenderer().json(latest).utf8)) as? [String: Any])
        #expect(plain["org_unit"] is NSNull && plain["known_at"] as? String == "latest" && (plain["figures"] as? [Any])?.isEmpty == true)
    }
}
