import Foundation
import Testing

/// `changes` (the change report, 增减变化), `category leave --reason` and `archive --reason`, as an operator uses them.
@Suite("The change report from the command line")
struct ChangesCommandTests {
    /// Two streets under a 统战部 and a unit outside it; four 无党派人士 registered in 2023, three under the
    /// 统战部. In 2024: 1 leaves (退休), 2 is archived (去世), 3 moves out of the subtree, 4 moves in, 5 enters.
    func register() throws -> CLI {
        let cli = try CLI()
        try cli.succeed(["init"])
        try cli.succeed(["org", "add", "--name", "新城区委统战部", "--kind", "统战部", "--effective", "2020-01-01"])
        try cli.succeed(["org", "add", "--name", "锡林路街道", "--kind", "街道", "--parent", "1", "--effective", "2020-01-01"])
        try cli.succeed(["org", "add", "--name", "赛罕区委统战部", "--kind", "统战部", "--effective", "2020-01-01"])
        for (name, unit) in [("张敏", "2"), ("王刚", "2"), ("赵丽", "2"), ("钱伟", "3"), ("孙杰", "2")] {
            try cli.succeed(["add", "--name", name, "--org-unit", unit, "--effective", "2023-01-01"])
        }
        for id in ["1", "2", "3", "4"] {
            try cli.succeed(["category", "enter", id, "无党派人士", "--tier", "代表人士", "--effective", "2023-01-01"])
        }
        try cli.succeed(["category", "leave", "1", "无党派人士", "--reason", "退休", "--effective", "2024-03-01"])
        try cli.succeed(["archive", "2", "--exit-reason", "去世", "--reason", "家属告知", "--effective", "2024-05-01"])
        try cli.succeed(["transfer", "3", "--unit", "3", "--effective", "2024-07-01"])
        try cli.succeed(["transfer", "4", "--unit", "2", "--effective", "2024-08-01"])
        try cli.succeed(["category", "enter", "5", "无党派人士", "--source", "推荐", "--effective", "2024-09-01"])
        return cli
    }

    @Test("--format json: opening 3, one entry, two exits with their reasons, a transfer each way, closing 2")
    func json() throws {
        let cli = try register()
        let report = try #require(try cli.succeed(["changes", "--from", "2024-01-01", "--through", "2024-12-31", "--category", "无党派人士",
                                                   "--org-unit", "1", "--format", "json"]).json() as? [String: Any])
        #expect(report["from"] as? String == "2024-01-01" && report["under"] as? Int == 1)
        let categories = try #require(report["categories"] as? [[String: Any]])
        #expect(categories.count == 1)
        let section = try #require(categories.first)
        #expect(section["name"] as? String == "无党派人士")
        #expect(section["opening"] as? Int == 3 && section["closing"] as? Int == 2)
        let exits = try #require(section["exits"] as? [[String: Any]])
        #expect(exits.map { $0["reason_name"] as? String } == ["退休", "去世"])
        #expect(exits.map { $0["archived"] as? Bool } == [false, true])
        #expect((section["entries"] as? [[String: Any]])?.map { $0["name"] as? String } == ["孙杰"])
        #expect((section["transfers_in"] as? [[String: Any]])?.map { $0["id"] as? Int } == [4])
        #expect((section["transfers_out"] as? [[String: Any]])?.map { $0["to_unit_name"] as? String } == ["赛罕区委统战部"])
        let changes = try #require(report["changes"] as? [[String: Any]])
        #expect(changes.map { $0["field"] as? String } == ["status", "org_unit", "org_unit"])
        #expect(changes.first?["reason"] as? String == "去世")
    }

    @Test("the table shows the summary, the lines with reasons and who changed; without --org-unit moves are no transfers")
    func table() throws {
        let cli = try register()
        let text = try cli.succeed(["changes", "--from", "2024-01-01", "--through", "2024-12-31", "--category", "无党派人士"]).stdout
        #expect(text.hasPrefix("增减变化 2024-01-01 至 2024-12-31\n"))
        let summary = try #require(text.split(separator: "\n").first { $0.hasPrefix("无党派人士") })
        #expect(summary.split(separator: " ").map(String.init) == ["无党派人士", "4", "1", "0", "2", "0", "3"])
        #expect(text.contains("退休") && text.contains("去世") && text.contains("推荐"))
        #expect(text.contains("所属单位"))
        // The raw list of changes is still there.
        let events = try cli.succeed(["changes", "--from", "2024-03-01", "--through", "2024-03-01", "--events"]).stdout
        #expect(events.contains("张敏") && events.contains("退休"))
    }

    @Test("the history shows the reason; --known-at reads the report as it stood; csv lists the lines")
    func historyKnownAtCSV() throws {
        let cli = try register()
        #expect(try cli.succeed(["history", "1"]).stdout.contains("(退休)"))
        let before = try #require(try cli.succeed(["changes", "--from", "2024-01-01", "--through", "2024-12-31", "--category", "无党派人士",
                                                   "--known-at", "2000-01-01", "--format", "json"]).json() as? [String: Any])
        let section = try #require((before["categories"] as? [[String: Any]])?.first)
        #expect(section["opening"] as? Int == 0 && section["closing"] as? Int == 0)
        let csv = try cli.succeed(["changes", "--from", "2024-01-01", "--through", "2024-12-31", "--category", "无党派人士", "--format", "csv"])
        #expect(csv.lines.first == "类别,变动,日期,编号,姓名,层级/来源/去向,原因")
        #expect(csv.lines.count == 4)
    }

    @Test("bad input: an unknown reason, an unknown category, an unknown org unit, --through before --from, --events with filters")
    func badInput() throws {
        let cli = try register()
        let reason = try cli.run(["category", "leave", "4", "无党派人士", "--exit-reason", "跳槽", "--effective", "2024-10-01"])
        #expect(reason.status == 1 && reason.stderr.contains("exit_reason \"跳槽\" is not in the exit_reason code list"))
        let category = try cli.run(["changes", "--from", "2024-01-01", "--category", "不存在"])
        #expect(category.status == 1 && category.stderr.contains("不存在"))
        let unit = try cli.run(["changes", "--from", "2024-01-01", "--org-unit", "99"])
        #expect(unit.status == 1)
        #expect(try cli.run(["changes", "--from", "2024-12-31", "--through", "2024-01-01"]).status == 64)
        #expect(try cli.run(["changes", "--from", "2024-01-01", "--events", "--category", "无党派人士"]).status == 64)
    }
}
