import Foundation
import Testing

/// `workflow kinds|declare|start|step|withdraw|show|list`, as an operator runs a procedure on a member.
@Suite("Workflows from the command line")
struct WorkflowCommandTests {
    /// A register with one member, 王静 (群众, registered 2021-06-01).
    func register() throws -> CLI {
        let cli = try CLI()
        try cli.succeed(["init"])
        try cli.succeed(["add", "--name", "王静", "--political-status", "群众", "--effective", "2021-06-01"])
        return cli
    }

    /// A command's `--format json` output as one object.
    func object(_ cli: CLI, _ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        try #require(try cli.succeed(arguments + ["--format", "json"], sourceLocation: sourceLocation).json() as? [String: Any],
                     sourceLocation: sourceLocation)
    }

    /// A command's `--format json` output as an array of objects.
    func objects(_ cli: CLI, _ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> [[String: Any]] {
        try #require(try cli.succeed(arguments + ["--format", "json"], sourceLocation: sourceLocation).json() as? [[String: Any]],
                     sourceLocation: sourceLocation)
    }

    /// The member ids `workflow list` prints awaiting 认定 on `date`.
    func awaiting(_ cli: CLI, on date: String) throws -> [Int] {
        try objects(cli, ["workflow", "list", "--kind", "无党派人士认定", "--state", "推荐", "--state", "考察", "--as-of", date])
            .compactMap { $0["member"] as? Int }
    }

    /// How many entries the member's timeline holds: a refused write adds none.
    func timelineCount(_ cli: CLI, _ member: String = "1") throws -> Int {
        try objects(cli, ["history", member]).count
    }

    @Test("摸底 → 推荐 → 考察 in 2022, awaiting 认定 at the end of 2022, 认定 with its 文号 sets 政治面貌 12")
    func certification() throws {
        let cli = try register()
        let started = try cli.succeed(["workflow", "start", "1", "--kind", "无党派人士认定", "--state", "摸底", "--handler", "市第二中学党总支",
                                       "--effective", "2022-03-01", "--reason", "年度摸底"])
        #expect(started.stdout == "workflow 1 (member 1 王静): 无党派人士认定 — → 摸底, effective 2022-03-01\n")
        try cli.succeed(["workflow", "step", "1", "--state", "推荐", "--opinion", "同意推荐", "--effective", "2022-05-10"])
        try cli.succeed(["workflow", "step", "1", "--state", "INVESTIGATED", "--field", "investigators=张三、李四", "--effective", "2022-09-01"])

        #expect(try awaiting(cli, on: "2022-12-31") == [1])
        #expect(try awaiting(cli, on: "2022-04-30") == [])
        let table = try cli.succeed(["workflow", "list", "--kind", "NON_PARTISAN_CERTIFICATION", "--state", "RECOMMENDED",
                                     "--state", "考察", "--as-of", "2022-12-31"]).stdout
        #expect(table.contains("王静") && table.contains("考察") && table.contains("2022-09-01"))

        let certified = try cli.succeed(["workflow", "step", "1", "--state", "认定", "--handler", "市委统战部",
                                         "--document", "呼统发〔2023〕3号", "--effective", "2023-03-01"])
        #expect(certified.lines.first == "workflow 1 (member 1 王静): 无党派人士认定 考察 → 认定, effective 2023-03-01")
        #expect(certified.stdout.contains("政治面貌: 群众 → 无党派民主人士"))
        #expect(try awaiting(cli, on: "2023-03-01") == [])

        let shown = try object(cli, ["workflow", "show", "1"])
        #expect(shown["id"] as? Int == 1 && shown["member"] as? Int == 1 && shown["name"] as? String == "王静")
        #expect(shown["kind"] as? String == "NON_PARTISAN_CERTIFICATION" && shown["kind_name"] as? String == "无党派人士认定")
        #expect(shown["state"] as? String == "认定" && shown["state_id"] as? String == "CERTIFIED")
        #expect(shown["terminal"] as? Bool == false && shown["in_progress"] as? Bool == true)
        #expect(shown["as_of"] is NSNull && shown["known_at"] is NSNull)
        let steps = try #require(shown["steps"] as? [[String: Any]])
        #expect(steps.map { $0["state"] as? String } == ["摸底", "推荐", "考察", "认定"])
        #expect(steps.map { $0["effective"] as? String } == ["2022-03-01", "2022-05-10", "2022-09-01", "2023-03-01"])
        #expect(steps.map { $0["previous"] as? String } == [nil, "摸底", "推荐", "考察"])
        #expect(steps[0]["handler"] as? String == "市第二中学党总支" && steps[0]["reason"] as? String == "年度摸底")
        #expect(steps[0]["recorded_by"] as? String == "测试员" && steps[0]["recorded_at"] is String)
        #expect(steps[1]["opinion"] as? String == "同意推荐")
        #expect((steps[2]["fields"] as? [String: String]) == ["investigators": "张三、李四"])
        #expect(steps[3]["document"] as? String == "呼统发〔2023〕3号" && steps[3]["handler"] as? String == "市委统战部")

        let then = try object(cli, ["workflow", "show", "1", "--as-of", "2022-12-31"])
        #expect(then["state"] as? String == "考察" && (then["steps"] as? [Any])?.count == 3 && then["as_of"] as? String == "2022-12-31")
        let text = try cli.succeed(["workflow", "show", "1", "--as-of", "2022-12-31"]).stdout
        #expect(text.hasPrefix("workflow 1: 无党派人士认定 (NON_PARTISAN_CERTIFICATION), member 1 王静\nstate on 2022-12-31: 考察\n"))
        #expect(text.contains("investigators=张三、李四") && text.contains("测试员"))

        let member = try object(cli, ["show", "1", "--as-of", "2023-03-01", "--codes"])
        #expect(member["political_status"] as? String == "12")
        #expect((member["categories"] as? [[String: Any]])?.first?["source"] as? String == "CERTIFIED")
        #expect(try object(cli, ["show", "1", "--as-of", "2023-02-28", "--codes"])["political_status"] as? String == "13")
        let history = try cli.succeed(["history", "1"]).stdout
        #expect(history.contains("无党派人士认定: 推荐 → 考察"))
        #expect(history.contains("无党派人士认定: 考察 → 认定; 政治面貌: 群众 → 无党派民主人士"))
    }

    @Test("an illegal step prints the register's error with 当前状态 and 可办理, exits 1 and writes nothing")
    func illegalStep() throws {
        let cli = try register()
        let before = try timelineCount(cli)
        let refused = try cli.run(["workflow", "start", "1", "--kind", "无党派人士认定", "--state", "认定",
                                   "--document", "呼统发〔2023〕3号", "--effective", "2023-03-01"])
        #expect(refused.status == 1 && refused.stdout.isEmpty)
        #expect(refused.stderr == "error: 无党派人士认定 of member 1 has not started: 认定 cannot start it; allowed first steps: 摸底, 推荐 "
                    + "(当前状态: 未开始; 可办理: 摸底、推荐)\n")
        #expect(try timelineCount(cli) == before)
        #expect(try objects(cli, ["workflow", "list", "--member", "1", "--as-of", "2023-03-01"]).isEmpty)
        #expect(try object(cli, ["show", "1", "--as-of", "2023-03-01", "--codes"])["political_status"] as? String == "13")

        try cli.succeed(["workflow", "start", "1", "--kind", "无党派人士认定", "--state", "推荐", "--effective", "2022-05-10"])
        let skipped = try cli.run(["workflow", "step", "1", "--state", "登记", "--effective", "2022-06-01"])
        #expect(skipped.status == 1)
        #expect(skipped.stderr.contains("is at 推荐: 登记 cannot follow it") && skipped.stderr.contains("(当前状态: 推荐; 可办理: 考察、终止)"))
        try cli.succeed(["workflow", "step", "1", "--state", "终止", "--opinion", "本人不同意", "--effective", "2022-07-01"])
        let ended = try cli.run(["workflow", "step", "1", "--state", "考察", "--effective", "2022-08-01"])
        #expect(ended.status == 1 && ended.stderr.contains("(当前状态: 终止; 可办理: 无, 已结束)"))
        let unknown = try cli.run(["workflow", "step", "1", "--state", "公示", "--effective", "2022-08-01"])
        #expect(unknown.status == 1 && unknown.stderr.contains("workflow_state \"公示\""))
    }

    @Test("a step without a field its kind requires names the field and the option, and writes nothing")
    func missingField() throws {
        let cli = try register()
        try cli.succeed(["workflow", "start", "1", "--kind", "无党派人士认定", "--state", "推荐", "--effective", "2022-05-10"])
        try cli.succeed(["workflow", "step", "1", "--state", "考察", "--effective", "2022-09-01"])
        let before = try timelineCount(cli)
        let refused = try cli.run(["workflow", "step", "1", "--state", "认定", "--effective", "2023-03-01"])
        #expect(refused.status == 1)
        #expect(refused.stderr == "error: document_number \"\" is required: give it with --document\n")
        #expect(try timelineCount(cli) == before)
        #expect(try object(cli, ["workflow", "show", "1"])["state"] as? String == "考察")
        let reason = try cli.run(["workflow", "step", "1", "--state", "终止", "--effective", "2023-03-01"])
        #expect(reason.status == 1 && reason.stderr.contains("opinion") && reason.stderr.contains("--opinion"))
    }

    @Test("start refuses while the kind is in progress and begins anew after a terminal state")
    func startRules() throws {
        let cli = try register()
        try cli.succeed(["workflow", "start", "1", "--kind", "后备干部入库", "--state", "推荐", "--effective", "2022-01-10"])
        let again = try cli.run(["workflow", "start", "1", "--kind", "RESERVE_CADRE_POOL", "--state", "考察", "--effective", "2022-02-10"])
        #expect(again.status == 1)
        #expect(again.stderr.contains("后备干部入库 of member 1 is already in progress (workflow 1, at 推荐)")
                    && again.stderr.contains("workflow step 1"))
        try cli.succeed(["workflow", "step", "1", "--state", "终止", "--opinion", "调离本地", "--effective", "2022-03-01"])
        let anew = try object(cli, ["workflow", "start", "1", "--kind", "后备干部入库", "--state", "推荐", "--effective", "2023-01-10"])
        #expect(anew["id"] as? Int == 2 && anew["state"] as? String == "推荐")
        let first = try object(cli, ["workflow", "show", "1"])
        #expect(first["terminal"] as? Bool == true && first["in_progress"] as? Bool == false)
        #expect(try objects(cli, ["workflow", "list", "--member", "1", "--as-of", "2023-06-01"]).map { $0["id"] as? Int } == [1, 2])

        let unknown = try cli.run(["workflow", "start", "1", "--kind", "non_partisan_certification", "--state", "推荐"])
        #expect(unknown.status == 1 && unknown.stderr.contains("no workflow kind has id or name \"non_partisan_certification\"")
                    && unknown.stderr.contains("NON_PARTISAN_CERTIFICATION 无党派人士认定"))
        let nobody = try cli.run(["workflow", "start", "9", "--kind", "后备干部入库", "--state", "推荐"])
        #expect(nobody.status == 1 && nobody.stderr.contains("no member has id 9"))
        let stateless = try cli.run(["workflow", "list", "--state", "推荐"])
        #expect(stateless.status == 64 && stateless.stderr.contains("--state needs --kind"))
        let builtIn = try cli.run(["workflow", "step", "2", "--state", "考察", "--field", "document_number=1号"])
        #expect(builtIn.status == 64 && builtIn.stderr.contains("--document"))
    }

    @Test("workflow kinds lists the shipped kinds with states, terminal ones and required fields; JSON is the definitions")
    func kinds() throws {
        let cli = try register()
        let text = try cli.succeed(["workflow", "kinds"]).stdout
        #expect(text.hasPrefix("NON_PARTISAN_CERTIFICATION 无党派人士认定 (shipped)\n"))
        #expect(text.contains("撤销 (终)") && text.contains("→ 认定 (CERTIFIED) from 考察; requires 文号 (--document)"))
        #expect(text.contains("→ 推荐 (RECOMMENDED) from 未开始, 摸底"))
        let definitions = try #require(try cli.succeed(["workflow", "kinds", "--format", "json"]).json() as? [[String: Any]])
        #expect(definitions.map { $0["id"] as? String } == ["NON_PARTISAN_CERTIFICATION", "RESERVE_CADRE_POOL", "OVERSEAS_CHINESE_STATUS",
                                                            "DEMOCRATIC_PARTY_FILING", "NEW_STRATUM_ASSOCIATION_ADMISSION"])
        #expect((definitions.first?["states"] as? [[String: Any]])?.first?["name"] as? String == "摸底")
    }

    /// 评先评优, a kind of the register's own: 推荐 → 评审 → 表彰 (with its 文号).
    static let commendation = """
        {"id": "LOCAL_COMMENDATION", "name": "评先评优",
         "states": [{"id": "NOMINATED", "name": "推荐", "isTerminal": false},
                    {"id": "ASSESSED", "name": "评审", "isTerminal": false},
                    {"id": "COMMENDED", "name": "表彰", "isTerminal": true}],
         "transitions": [{"to": "NOMINATED", "from": [null], "required": [], "effects": []},
                         {"to": "ASSESSED", "from": ["NOMINATED"], "required": ["opinion"], "effects": []},
                         {"to": "COMMENDED", "from": ["ASSESSED"], "required": ["document_number"], "effects": []}]}
        """

    @Test("a kind declared from a JSON file is listed and runs end to end; a different definition under its id is refused")
    func declared() throws {
        let cli = try register()
        let file = cli.directory.appendingPathComponent("commendation.json")
        try Self.commendation.write(to: file, atomically: true, encoding: .utf8)
        #expect(try cli.succeed(["workflow", "declare", file.path]).stdout == "declared workflow kind LOCAL_COMMENDATION 评先评优\n")
        let again = try object(cli, ["workflow", "declare", file.path])
        #expect(again["declared"] as? Bool == false && again["id"] as? String == "LOCAL_COMMENDATION")
        let kinds = try #require(try cli.succeed(["workflow", "kinds", "--format", "json"]).json() as? [[String: Any]])
        #expect(kinds.last?["id"] as? String == "LOCAL_COMMENDATION")
        #expect(try cli.succeed(["workflow", "kinds"]).stdout.contains("LOCAL_COMMENDATION 评先评优 (declared)"))

        try cli.succeed(["workflow", "start", "1", "--kind", "评先评优", "--state", "推荐", "--effective", "2024-03-01"])
        let noOpinion = try cli.run(["workflow", "step", "1", "--state", "评审", "--effective", "2024-04-01"])
        #expect(noOpinion.status == 1 && noOpinion.stderr.contains("opinion \"\" is required: give it with --opinion"))
        try cli.succeed(["workflow", "step", "1", "--state", "ASSESSED", "--opinion", "群众评议优秀", "--effective", "2024-04-01"])
        #expect(try objects(cli, ["workflow", "list", "--kind", "LOCAL_COMMENDATION", "--state", "评审", "--as-of", "2024-04-30"])
            .map { $0["member"] as? Int } == [1])
        try cli.succeed(["workflow", "step", "1", "--state", "表彰", "--document", "锡统发〔2024〕9号", "--effective", "2024-05-01"])
        let shown = try object(cli, ["workflow", "show", "1"])
        #expect(shown["kind"] as? String == "LOCAL_COMMENDATION" && shown["kind_name"] as? String == "评先评优")
        #expect(shown["state"] as? String == "表彰" && shown["terminal"] as? Bool == true)
        #expect(try cli.succeed(["workflow", "show", "1"]).stdout.contains("state: 表彰 (ended)"))
        #expect(try cli.succeed(["history", "1"]).stdout.contains("评先评优: 评审 → 表彰"))

        let changed = cli.directory.appendingPathComponent("changed.json")
        try Self.commendation.replacingOccurrences(of: "评先评优", with: "评优").write(to: changed, atomically: true, encoding: .utf8)
        let conflict = try cli.run(["workflow", "declare", changed.path])
        #expect(conflict.status == 1 && conflict.stderr.contains("a different definition of workflow kind LOCAL_COMMENDATION"))
        let broken = cli.directory.appendingPathComponent("broken.json")
        try #"{"id": "X", "name": "缺状态"}"#.write(to: broken, atomically: true, encoding: .utf8)
        let unreadable = try cli.run(["workflow", "declare", broken.path])
        #expect(unreadable.status == 1 && unreadable.stderr.contains("is not a workflow kind definition: no value for \"states\""))
        let invalid = cli.directory.appendingPathComponent("invalid.json")
        try Self.commendation.replacingOccurrences(of: "LOCAL_COMMENDATION", with: "LOCAL-2").write(to: invalid, atomically: true, encoding: .utf8)
        let refused = try cli.run(["workflow", "declare", invalid.path])
        #expect(refused.status == 1 && refused.stderr.contains("workflow_kind \"LOCAL-2\""))
    }

    @Test("withdraw takes back the latest step; --known-at still reads it; the effects of a withdrawn step are noted")
    func withdraw() throws {
        let cli = try CLI()
        try cli.succeed(["init"])
        try cli.succeed(["add", "--name", "王静", "--political-status", "群众", "--effective", "2021-06-01",
                         "--recorded-at", "2023-12-01T10:00:00+08:00"])
        try cli.succeed(["workflow", "start", "1", "--kind", "无党派人士认定", "--state", "推荐", "--effective", "2022-05-10",
                         "--recorded-at", "2024-01-01T10:00:00+08:00"])
        try cli.succeed(["workflow", "step", "1", "--state", "考察", "--effective", "2022-09-01", "--recorded-at", "2024-01-02T10:00:00+08:00"])
        let withdrawn = try cli.succeed(["workflow", "withdraw", "1", "--reason", "录入错误", "--recorded-at", "2024-02-01T10:00:00+08:00"])
        #expect(withdrawn.stdout == "workflow 1 (member 1 王静): withdrew 推荐 → 考察 of 2022-09-01; now 推荐\n")
        #expect(withdrawn.stderr.isEmpty)
        #expect(try object(cli, ["workflow", "show", "1"])["state"] as? String == "推荐")
        let known = try object(cli, ["workflow", "show", "1", "--known-at", "2024-01-15"])
        #expect(known["state"] as? String == "考察" && (known["steps"] as? [Any])?.count == 2)
        #expect(try object(cli, ["workflow", "show", "1", "--as-of", "2022-12-31", "--known-at", "2024-01-15"])["state"] as? String == "考察")
        #expect(try cli.succeed(["history", "1"]).stdout.contains("更正"))

        try cli.succeed(["workflow", "step", "1", "--state", "考察", "--effective", "2022-09-15"])
        try cli.succeed(["workflow", "step", "1", "--state", "认定", "--document", "呼统发〔2023〕3号", "--effective", "2023-03-01"])
        let certification = try cli.succeed(["workflow", "withdraw", "1"])
        #expect(certification.stdout.contains("withdrew 考察 → 认定 of 2023-03-01; now 考察"))
        #expect(certification.stderr.contains("note: what the step did to member 1's record is not undone"))

        try cli.succeed(["workflow", "withdraw", "1"])
        try cli.succeed(["workflow", "withdraw", "1"])
        let empty = try cli.run(["workflow", "withdraw", "1"])
        #expect(empty.status == 1 && empty.stderr == "error: workflow 1 has no step to withdraw\n")
        #expect(try cli.succeed(["workflow", "show", "1"]).stdout.contains("state: 未开始"))
        let missing = try cli.run(["workflow", "withdraw", "7"])
        #expect(missing.status == 1 && missing.stderr == "error: no workflow has id 7\n")
    }
}
