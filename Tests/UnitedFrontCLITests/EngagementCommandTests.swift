import Foundation
import Testing

/// Engagements (工作记录), who took part in them and the engagement figures of a year, as an operator
/// keeps them from the command line.
@Suite("Engagements and their figures from the command line")
struct EngagementCommandTests {
    /// A register with a 统战部 (org unit 1) over a 街道 (2), two members (陈国华 1, 李秀英 2) and enterprise 1
    /// (锡林乳业有限公司, owned by the 街道).
    func register() throws -> CLI {
        let cli = try CLI()
        try cli.succeed(["init"])
        try cli.succeed(["org", "add", "--name", "新城区委统战部", "--kind", "统战部", "--region", "150102", "--effective", "2010-01-01"])
        try cli.succeed(["org", "add", "--name", "锡林路街道", "--kind", "街道", "--parent", "1", "--effective", "2010-01-01"])
        for name in ["陈国华", "李秀英"] { try cli.succeed(["add", "--name", name, "--effective", "2010-01-01"]) }
        try cli.succeed(["enterprise", "add", "--credit-code", "91150102MA0N2XY1A8", "--name", "锡林乳业有限公司", "--org-unit", "2",
                         "--effective", "2012-05-18"])
        return cli
    }

    /// Output of a command as JSON.
    func json(_ cli: CLI, _ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> Any {
        try cli.succeed(arguments + ["--format", "json"], sourceLocation: sourceLocation).json()
    }

    /// One JSON object.
    func object(_ cli: CLI, _ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        try #require(try json(cli, arguments, sourceLocation: sourceLocation) as? [String: Any], sourceLocation: sourceLocation)
    }

    /// A list's JSON objects.
    func objects(_ cli: CLI, _ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> [[String: Any]] {
        try #require(try json(cli, arguments, sourceLocation: sourceLocation) as? [[String: Any]], sourceLocation: sourceLocation)
    }

    static let engagementKeys: Set<String> = ["id", "from", "to", "kind", "title", "organiser", "notes", "amount", "sessions", "outcome"]
    static let participantKeys: Set<String> = ["id", "engagement", "from", "to", "member", "enterprise", "household", "session", "role"]

    @Test("a visit to an enterprise: engagement add prints its id, participant add names the enterprise, show and list read them")
    func visit() throws {
        let cli = try register()
        let added = try cli.succeed(["engagement", "add", "--kind", "走访", "--title", "走访锡林乳业", "--organiser", "2",
                                     "--notes", "了解用工情况\n企业反映融资难", "--effective", "2022-03-01", "--reason", "年度走访"])
        #expect(added.stdout == "engagement 1: 走访: 走访锡林乳业, from 2022-03-01\n")
        let visited = try cli.succeed(["participant", "add", "1", "--enterprise", "1", "--role", "走访对象"])
        #expect(visited.stdout == "participant 1 (engagement 1): enterprise 1 (走访对象), from 2022-03-01\n")
        let companion = try object(cli, ["participant", "add", "1", "--member", "1", "--role", "陪同"])
        #expect(Set(companion.keys) == Self.participantKeys.union(["changed"]))
        #expect(companion["member"] as? Int == 1 && companion["enterprise"] is NSNull && companion["from"] as? String == "2022-03-01")

        let shown = try object(cli, ["engagement", "show", "1"])
        #expect(Set(shown.keys) == Self.engagementKeys.union(["participants"]))
        #expect(shown["kind"] as? String == "走访" && shown["organiser"] as? Int == 2 && shown["outcome"] is NSNull)
        #expect(shown["notes"] as? String == "了解用工情况\n企业反映融资难")
        let participants = try #require(shown["participants"] as? [[String: Any]])
        #expect(participants.map { Set($0.keys) } == [Self.participantKeys, Self.participantKeys])
        #expect(participants.map { $0["enterprise"] as? Int } == [1, nil] && participants.first?["role"] as? String == "走访对象")
        let table = try cli.succeed(["engagement", "show", "1"])
        #expect(table.lines.first == "engagement 1: 走访: 走访锡林乳业, from 2022-03-01")
        #expect(table.stdout.contains("participants: 2") && table.stdout.contains("走访对象"))

        try cli.succeed(["engagement", "add", "--kind", "座谈", "--title", "新阶层人士座谈会", "--organiser", "1", "--effective", "2022-09-01"])
        let year = ["engagement", "list", "--from", "2022-01-01", "--through", "2022-12-31"]
        #expect(try objects(cli, year).map { $0["id"] as? Int } == [1, 2])
        #expect(try objects(cli, year).map { Set($0.keys) } == [Self.engagementKeys, Self.engagementKeys])
        #expect(try objects(cli, year + ["--kind", "走访"]).map { $0["id"] as? Int } == [1])
        #expect(try objects(cli, year + ["--kind", "走访", "--kind", "FORUM"]).map { $0["id"] as? Int } == [1, 2])
        #expect(try objects(cli, year + ["--under", "2"]).map { $0["id"] as? Int } == [1])
        #expect(try objects(cli, ["engagement", "list", "--from", "2022-03-02", "--through", "2022-08-31"]).isEmpty)
        #expect(try objects(cli, ["participant", "list", "1"]).map { $0["id"] as? Int } == [1, 2])

        let changed = try cli.succeed(["engagement", "change", "1", "--title", "走访锡林乳业有限公司", "--effective", "2022-03-01"])
        #expect(changed.stdout == "engagement 1: 走访: 走访锡林乳业有限公司, from 2022-03-01\n")
    }

    @Test("a training of two sessions: participants per session are attendances; a session beyond the training's is refused")
    func training() throws {
        let cli = try register()
        let added = try object(cli, ["engagement", "add", "--kind", "培训", "--title", "2022年党外代表人士培训班", "--organiser", "1",
                                     "--sessions", "2", "--effective", "2022-06-10"])
        #expect(Set(added.keys) == Self.engagementKeys.union(["changed"]))
        #expect(added["id"] as? Int == 1 && added["sessions"] as? Int == 2 && added["kind"] as? String == "培训")
        let first = try cli.succeed(["participant", "add", "1", "--member", "1", "--role", "学员", "--session", "1"])
        #expect(first.stdout == "participant 1 (engagement 1): member 1 (学员), session 1, from 2022-06-10\n")
        try cli.succeed(["participant", "add", "1", "--member", "1", "--role", "学员", "--session", "2"])
        try cli.succeed(["participant", "add", "1", "--member", "2", "--role", "学员", "--session", "1"])
        let attendances = try objects(cli, ["participant", "list", "1"])
        #expect(attendances.map { $0["member"] as? Int } == [1, 1, 2])
        #expect(attendances.map { $0["session"] as? Int } == [1, 2, 1])
        #expect(attendances.allSatisfy { $0["engagement"] as? Int == 1 && $0["from"] as? String == "2022-06-10" })

        let twice = try cli.run(["participant", "add", "1", "--member", "1", "--session", "1"])
        #expect(twice.status == 1 && twice.stdout.isEmpty)
        #expect(twice.stderr.contains("a participant not already taking part in this engagement and session"))
        let third = try cli.run(["participant", "add", "1", "--member", "2", "--session", "3"])
        #expect(third.status == 1 && third.stderr == "error: session \"3\" is malformed (expected a session from 1 to 2)\n")
        #expect(try objects(cli, ["participant", "list", "1"]).count == 3)
        let figures = try object(cli, ["figures", "--year", "2022"])
        #expect(figures["training_sessions"] as? Int == 2 && figures["attendances"] as? Int == 3 && figures["attendees"] as? Int == 2)
    }

    @Test("a problem raised in 2021 and solved in 2022: solve dates the outcome, --known-at reads it open, adopt is refused")
    func problemSolved() throws {
        let cli = try CLI()
        try cli.succeed(["init"])
        try cli.succeed(["org", "add", "--name", "锡林路街道", "--kind", "街道", "--effective", "2010-01-01",
                         "--recorded-at", "2021-01-01T09:00:00+08:00"])
        let raised = try cli.succeed(["engagement", "add", "--kind", "问题诉求", "--title", "企业反映融资难", "--organiser", "1",
                                      "--effective", "2021-11-01", "--recorded-at", "2021-11-02T09:00:00+08:00"])
        #expect(raised.stdout == "engagement 1: 问题诉求: 企业反映融资难, from 2021-11-01\n")
        let adopted = try cli.run(["engagement", "adopt", "1", "--effective", "2022-05-10"])
        #expect(adopted.status == 1 && adopted.stdout.isEmpty)
        #expect(adopted.stderr == "error: outcome \"adopted\" disagrees with kind (which should be 建言)\n")
        let solved = try cli.succeed(["engagement", "solve", "1", "--reason", "已协调贷款", "--effective", "2022-05-10",
                                      "--recorded-at", "2022-05-11T09:00:00+08:00"])
        #expect(solved.stdout == "engagement 1: 问题诉求: 企业反映融资难 (已解决), from 2021-11-01\n")
        #expect(try cli.succeed(["engagement", "solve", "1", "--effective", "2022-05-10"]).stdout == "engagement 1: nothing changed\n")

        #expect(try object(cli, ["engagement", "show", "1"])["outcome"] as? String == "已解决")
        #expect(try object(cli, ["engagement", "show", "1", "--codes"])["outcome"] as? String == "solved")
        #expect(try object(cli, ["engagement", "show", "1", "--known-at", "2022-01-01"])["outcome"] is NSNull)
        let raisedIn2021 = try objects(cli, ["engagement", "list", "--from", "2021-01-01", "--through", "2021-12-31"])
        #expect(raisedIn2021.map { $0["outcome"] as? String } == ["已解决"])
        #expect(try object(cli, ["figures", "--year", "2021"])["problems_solved"] as? Int == 0)
        #expect(try object(cli, ["figures", "--year", "2022"])["problems_solved"] as? Int == 1)
        #expect(try object(cli, ["figures", "--year", "2022", "--known-at", "2022-05-10"])["problems_solved"] as? Int == 0)
    }

    @Test("withdraw ends an engagement on its own date: left out of lists and figures; a second withdraw is refused")
    func withdraw() throws {
        let cli = try register()
        try cli.succeed(["engagement", "add", "--kind", "走访", "--title", "走访锡林乳业", "--organiser", "2", "--effective", "2022-04-01"])
        try cli.succeed(["participant", "add", "1", "--enterprise", "1"])
        let withdrawn = try cli.succeed(["engagement", "withdraw", "1", "--reason", "重复录入"])
        #expect(withdrawn.stdout == "engagement 1: 走访: 走访锡林乳业, from 2022-04-01 to 2022-04-01 (withdrawn)\n")
        #expect(try objects(cli, ["engagement", "list", "--from", "2022-01-01", "--through", "2022-12-31"]).isEmpty)
        #expect(try objects(cli, ["participant", "list", "1"]).isEmpty)
        #expect(try object(cli, ["figures", "--year", "2022"])["visits"] as? Int == 0)
        let shown = try object(cli, ["engagement", "show", "1"])
        #expect(shown["from"] as? String == "2022-04-01" && shown["to"] as? String == "2022-04-01")
        let again = try cli.run(["engagement", "withdraw", "1"])
        #expect(again.status == 1 && again.stderr == "error: engagement 1 of 2022-04-01 is already withdrawn\n")
    }

    /// The year 2022 of a register with every kind of figure: two visits to enterprise 1 (one by the 街道),
    /// a withdrawn visit, a training of two sessions with three attendances by two members, a problem
    /// raised in 2021 and solved in 2022, a 座谈 and a 联谊, a 慰问 of a 归侨's household, a pairing with a
    /// village, and memberships of a 乡镇商会 and the 工商联.
    func year2022() throws -> CLI {
        let cli = try register()
        func engagement(_ kind: String, _ title: String, by unit: String, on date: String, _ more: [String] = []) throws {
            try cli.succeed(["engagement", "add", "--kind", kind, "--title", title, "--organiser", unit, "--effective", date] + more)
        }
        try engagement("走访", "走访锡林乳业", by: "2", on: "2022-03-01")                         // 1
        try engagement("走访", "回访锡林乳业", by: "1", on: "2022-08-01")                         // 2
        try engagement("走访", "误录走访", by: "2", on: "2022-04-01")                             // 3, withdrawn
        try engagement("培训", "党外代表人士培训班", by: "1", on: "2022-06-10", ["--sessions", "2"])  // 4
        try engagement("问题诉求", "企业反映融资难", by: "2", on: "2021-11-01")                   // 5
        try engagement("座谈", "新阶层人士座谈会", by: "2", on: "2022-09-01")                     // 6
        try engagement("联谊", "中秋联谊会", by: "1", on: "2022-09-10")                           // 7
        try engagement("慰问", "春节慰问归侨", by: "2", on: "2022-01-20", ["--amount", "2000"])   // 8
        for visit in ["1", "2", "3"] { try cli.succeed(["participant", "add", visit, "--enterprise", "1", "--role", "走访对象"]) }
        try cli.succeed(["engagement", "withdraw", "3"])
        for (member, session) in [("1", "1"), ("1", "2"), ("2", "1")] {
            try cli.succeed(["participant", "add", "4", "--member", member, "--role", "学员", "--session", session])
        }
        try cli.succeed(["engagement", "solve", "5", "--effective", "2022-05-10"])
        try cli.succeed(["household", "add", "--name", "李秀英户", "--org-unit", "2", "--effective", "2015-01-01"])
        try cli.succeed(["household", "join", "2", "--household", "1", "--effective", "2015-01-01"])
        try cli.succeed(["overseas", "add", "2", "--type", "归侨", "--country", "中国", "--effective", "2015-01-01"])
        try cli.succeed(["participant", "add", "8", "--household", "1", "--role", "慰问对象"])
        try cli.succeed(["pairing", "add", "1", "--village", "150102001201", "--effective", "2021-06-01"])
        try cli.succeed(["organisation", "add", "--name", "新城区工商联", "--kind", "工商联", "--effective", "2010-01-01"])
        try cli.succeed(["organisation", "add", "--name", "锡林路街道商会", "--kind", "乡镇商会", "--area", "2", "--effective", "2019-03-01"])
        try cli.succeed(["membership", "add", "1", "--organisation", "1", "--effective", "2019-03-01"])
        try cli.succeed(["membership", "add", "1", "--organisation", "2", "--effective", "2019-03-01"])
        return cli
    }

    /// `figures` printed as a table: each label with its number.
    func labelled(_ output: String) -> [String: Int] {
        var figures: [String: Int] = [:]
        for line in output.split(separator: "\n").dropFirst(3) {
            let words = line.split(separator: " ", omittingEmptySubsequences: true)
            if words.count == 2, let value = Int(words[1]) { figures[String(words[0])] = value }
        }
        return figures
    }

    @Test("figures --year prints every figure with its Chinese label, or JSON with the fields' names, counted exactly")
    func figures() throws {
        let cli = try year2022()
        let text = try cli.succeed(["figures", "--year", "2022"])
        #expect(text.lines.first == "2022年度工作数据")
        #expect(text.lines.count == 15)
        #expect(labelled(text.stdout) == [
            "走访次数": 2, "走访企业数": 1, "解决问题诉求数": 1, "万企兴万村结对企业数": 1, "万企兴万村结对村数": 1,
            "走访慰问侨界家庭数": 1, "培训期数": 2, "培训人次": 3, "培训人数": 2, "座谈联谊次数": 2,
            "商会会员企业数": 1, "工商联会员企业数": 1,
        ])
        let all = try object(cli, ["figures", "--year", "2022"])
        #expect(all as NSDictionary == [
            "year": 2022, "under": NSNull(), "visits": 2, "enterprises_visited": 1, "problems_solved": 1,
            "paired_enterprises": 1, "paired_villages": 1, "overseas_households_visited": 1, "training_sessions": 2,
            "attendances": 3, "attendees": 2, "forums": 2, "chamber_member_enterprises": 1, "federation_member_enterprises": 1,
        ] as NSDictionary)

        let street = try cli.succeed(["figures", "--year", "2022", "--under", "2"])
        #expect(street.lines.first == "2022年度工作数据 (org unit 2 and below)")
        #expect(labelled(street.stdout) == [
            "走访次数": 1, "走访企业数": 1, "解决问题诉求数": 1, "万企兴万村结对企业数": 1, "万企兴万村结对村数": 1,
            "走访慰问侨界家庭数": 1, "培训期数": 0, "培训人次": 0, "培训人数": 0, "座谈联谊次数": 1,
            "商会会员企业数": 1, "工商联会员企业数": 1,
        ])
        let under = try object(cli, ["figures", "--year", "2022", "--under", "2"])
        #expect(under["under"] as? Int == 2 && under["visits"] as? Int == 1 && under["forums"] as? Int == 1)
        #expect(under["training_sessions"] as? Int == 0 && under["attendances"] as? Int == 0)

        let earlier = try object(cli, ["figures", "--year", "2021"])
        #expect(earlier["visits"] as? Int == 0 && earlier["problems_solved"] as? Int == 0 && earlier["paired_enterprises"] as? Int == 1)
        let csv = try cli.succeed(["figures", "--year", "2022", "--format", "csv"])
        #expect(csv.lines.count == 2 && csv.lines[1] == "2022,,2,1,1,1,1,1,2,3,2,2,1,1")
    }

    @Test("a participant naming no one or two, an unknown kind, sessions 0, no organiser: exit nonzero, nothing written")
    func refusals() throws {
        let cli = try register()
        try cli.succeed(["engagement", "add", "--kind", "培训", "--title", "培训班", "--organiser", "1", "--sessions", "2",
                         "--effective", "2022-06-10"])
        let listings = [["engagement", "list", "--from", "2000-01-01", "--through", "9999-12-31"], ["participant", "list", "1"]]
        let before = try listings.map { try cli.succeed($0 + ["--format", "json"]).stdout }

        let nobody = try cli.run(["participant", "add", "1", "--role", "学员", "--session", "1"])
        #expect(nobody.status == 64 && nobody.stdout.isEmpty)
        #expect(nobody.stderr.contains("Name exactly one participant: --member, --enterprise or --household"))
        let two = try cli.run(["participant", "add", "1", "--member", "1", "--enterprise", "1", "--session", "1"])
        #expect(two.status == 64 && two.stdout.isEmpty && two.stderr.contains("Name exactly one participant"))
        let kind = try cli.run(["engagement", "add", "--kind", "聚餐", "--title", "聚餐", "--organiser", "1", "--effective", "2022-07-01"])
        #expect(kind.status == 1 && kind.stdout.isEmpty)
        #expect(kind.stderr == "error: kind \"聚餐\" is not in the engagement_kind code list\n")
        let sessions = try cli.run(["engagement", "add", "--kind", "培训", "--title", "零期培训", "--organiser", "1", "--sessions", "0",
                                    "--effective", "2022-07-01"])
        #expect(sessions.status == 1 && sessions.stdout.isEmpty)
        #expect(sessions.stderr == "error: sessions \"0\" is malformed (expected a number of sessions from 1 to 1000)\n")
        let fewer = try cli.run(["engagement", "change", "1", "--sessions", "0", "--effective", "2022-06-10"])
        #expect(fewer.status == 1 && fewer.stdout.isEmpty)
        let organiser = try cli.run(["engagement", "add", "--kind", "走访", "--title", "走访", "--effective", "2022-07-01"])
        #expect(organiser.status == 64 && organiser.stdout.isEmpty)
        #expect(organiser.stderr.contains("Missing expected argument '--organiser <organiser>'"))
        let unknownUnit = try cli.run(["engagement", "add", "--kind", "走访", "--title", "走访", "--organiser", "9", "--effective", "2022-07-01"])
        #expect(unknownUnit.status == 1 && unknownUnit.stdout.isEmpty)
        let notTraining = try cli.run(["engagement", "add", "--kind", "走访", "--title", "走访", "--organiser", "1", "--sessions", "2",
                                       "--effective", "2022-07-01"])
        #expect(notTraining.status == 1 && notTraining.stdout.isEmpty)
        let noEngagement = try cli.run(["participant", "add", "7", "--member", "1"])
        #expect(noEngagement.status == 1 && noEngagement.stderr == "error: no engagement record has id 7\n")
        let csv = try cli.run(["engagement", "show", "1", "--format", "csv"])
        #expect(csv.status == 64 && csv.stdout.isEmpty)

        #expect(try listings.map { try cli.succeed($0 + ["--format", "json"]).stdout } == before)
    }
}
