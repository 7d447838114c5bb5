import Foundation
import Testing

/// Posts, 政治安排, the reserve pool, cultivation, democratic-party memberships and the 党外干部 figures,
/// as an operator keeps them from the command line.
@Suite("Cadre records from the command line")
struct CadreCommandTests {
    /// A register with a 街道 under a 统战部, a 党外 member (1) owned by the 街道 and a CPC member (2).
    func register() throws -> CLI {
        let cli = try CLI()
        try cli.succeed(["init"])
        try cli.succeed(["org", "add", "--name", "锡林浩特市委统战部", "--kind", "统战部", "--effective", "2020-01-01"])
        try cli.succeed(["org", "add", "--name", "锡林路街道", "--kind", "街道", "--parent", "1", "--effective", "2020-01-01"])
        try cli.succeed(["add", "--name", "乌云其木格", "--political-status", "群众", "--org-unit", "2", "--effective", "2020-01-01"])
        try cli.succeed(["add", "--name", "张建华", "--political-status", "中共党员", "--effective", "2020-01-01"])
        return cli
    }

    /// `list` subcommand output as JSON objects.
    func objects(_ cli: CLI, _ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> [[String: Any]] {
        try #require(try cli.succeed(arguments + ["--format", "json"], sourceLocation: sourceLocation).json() as? [[String: Any]],
                     sourceLocation: sourceLocation)
    }

    static let postKeys: Set<String> = [
        "id", "member", "from", "to", "unit", "org_unit", "title", "rank", "grade", "leadership",
        "appointment_document", "appointing_authority", "removal_document", "removal_authority",
    ]

    @Test("post add, change and end keep a post from 任职 to 免职; the member's 职务 follows; list reads a date or all")
    func posts() throws {
        let cli = try register()
        let added = try cli.succeed(["post", "add", "1", "--unit", "锡林浩特市教育局", "--title", "副局长", "--rank", "副科", "--leadership",
                                     "--document", "锡党干字〔2021〕15号", "--authority", "中共锡林浩特市委", "--effective", "2021-03-01",
                                     "--reason", "任命"])
        #expect(added.stdout == "post 1 (member 1): 锡林浩特市教育局副局长 (乡科级副职), from 2021-03-01\n")
        let promoted = try cli.succeed(["post", "change", "1", "--rank", "141", "--effective", "2023-06-01"])
        #expect(promoted.stdout == "post 1 (member 1): 锡林浩特市教育局副局长 (乡科级正职), from 2021-03-01\n")
        #expect(try cli.succeed(["post", "change", "1", "--rank", "正科", "--effective", "2023-06-01"]).stdout == "post 1: nothing changed\n")
        let ended = try cli.succeed(["post", "end", "1", "--document", "锡党干字〔2024〕3号", "--effective", "2024-07-01"])
        #expect(ended.stdout == "post 1 (member 1): 锡林浩特市教育局副局长 (乡科级正职), from 2021-03-01 to 2024-07-01\n")

        let all = try objects(cli, ["post", "list", "1"])
        #expect(all.count == 1)
        for post in all { #expect(Set(post.keys) == Self.postKeys) }
        let post = try #require(all.first)
        #expect(post["id"] as? Int == 1 && post["member"] as? Int == 1)
        #expect(post["from"] as? String == "2021-03-01" && post["to"] as? String == "2024-07-01")
        #expect(post["rank"] as? String == "乡科级正职" && post["leadership"] as? Bool == true)
        #expect(post["appointment_document"] as? String == "锡党干字〔2021〕15号")
        #expect(post["appointing_authority"] as? String == "中共锡林浩特市委")
        #expect(post["removal_document"] as? String == "锡党干字〔2024〕3号")

        let then = try objects(cli, ["post", "list", "1", "--as-of", "2022-01-01"])
        #expect(then.map { $0["rank"] as? String } == ["乡科级副职"])
        #expect(try objects(cli, ["post", "list", "1", "--as-of", "2024-07-01"]).isEmpty)
        let codes = try objects(cli, ["post", "list", "1", "--as-of", "2022-01-01", "--codes"])
        #expect(codes.first?["rank"] as? String == "142")

        let member = try #require(try cli.succeed(["list", "--as-of", "2022-01-01", "--format", "json"]).json() as? [[String: Any]])
        #expect(member.first?["post"] as? String == "锡林浩特市教育局副局长")
        #expect(member.first?["rank"] as? String == "乡科级副职")
    }

    @Test("post add --format json prints the new post as one object, with changed; --org-unit names the unit")
    func postJSON() throws {
        let cli = try register()
        let object = try #require(try cli.succeed(["post", "add", "1", "--org-unit", "2", "--title", "主任", "--grade", "四级主任科员",
                                                   "--effective", "2022-01-01", "--format", "json"]).json() as? [String: Any])
        #expect(Set(object.keys) == Self.postKeys.union(["changed"]))
        #expect(object["id"] as? Int == 1)
        #expect(object["unit"] as? String == "锡林路街道")
        #expect(object["org_unit"] as? Int == 2)
        #expect(object["grade"] as? String == "四级主任科员")
        #expect(object["rank"] is NSNull && object["to"] is NSNull)
        #expect(object["leadership"] as? Bool == false)
        #expect(object["changed"] as? Bool == true)
    }

    @Test("arrangement add|change|end|list keep a 政治安排 with kind, level and role by name, alias or code")
    func arrangements() throws {
        let cli = try register()
        let added = try cli.succeed(["arrangement", "add", "1", "--kind", "政协委员", "--level", "盟", "--body", "锡林郭勒盟政协",
                                     "--term", "第十四届", "--role", "常委", "--sector", "无党派人士", "--document", "锡政协〔2022〕1号",
                                     "--effective", "2022-01-10"])
        #expect(added.stdout == "arrangement 1 (member 1): 锡林郭勒盟政协 第十四届 政协委员 常委, from 2022-01-10\n")
        try cli.succeed(["arrangement", "change", "1", "--role", "VICE_CHAIR", "--effective", "2024-01-15"])
        try cli.succeed(["arrangement", "end", "1", "--effective", "2027-01-12"])
        let all = try objects(cli, ["arrangement", "list", "1"])
        #expect(Set(all.first?.keys.map { $0 } ?? []) == ["id", "member", "from", "to", "kind", "level", "body", "term", "role", "sector", "document"])
        let seat = try #require(all.first)
        #expect(seat["kind"] as? String == "政协委员" && seat["level"] as? String == "市" && seat["role"] as? String == "副主席")
        #expect(seat["sector"] as? String == "无党派人士" && seat["to"] as? String == "2027-01-12")
        #expect(try objects(cli, ["arrangement", "list", "1", "--as-of", "2023-01-01"]).first?["role"] as? String == "常委")
    }

    @Test("pool enter|leave|list and cultivation add|end: --reason is the entry's 入库理由 and 出库原因")
    func poolAndCultivation() throws {
        let cli = try register()
        let entered = try cli.succeed(["pool", "enter", "1", "--target-rank", "正科", "--target-post", "教育局局长",
                                       "--reason", "2022年党外干部调研推荐", "--effective", "2022-04-01"])
        #expect(entered.stdout == "pool entry 1 (member 1): 后备干部, 拟任教育局局长, from 2022-04-01\n")
        let posting = try cli.succeed(["cultivation", "add", "1", "--kind", "挂职", "--pool-entry", "1", "--place", "东乌珠穆沁旗人民政府",
                                       "--content", "挂职副旗长", "--effective", "2023-03-01"])
        #expect(posting.stdout == "cultivation 1 (member 1): 挂职 东乌珠穆沁旗人民政府 挂职副旗长, from 2023-03-01\n")
        try cli.succeed(["cultivation", "end", "1", "--result", "优秀", "--effective", "2024-03-01"])
        try cli.succeed(["pool", "leave", "1", "--reason", "已提拔使用", "--effective", "2024-09-01"])

        let inPool = try objects(cli, ["pool", "list", "--as-of", "2023-01-01"])
        #expect(inPool.map { $0["member"] as? Int } == [1])
        #expect(inPool.first?["target_rank"] as? String == "乡科级正职")
        #expect(inPool.first?["entry_reason"] as? String == "2022年党外干部调研推荐")
        #expect(try objects(cli, ["pool", "list", "--as-of", "2024-09-01"]).isEmpty)
        let entries = try objects(cli, ["pool", "list", "1"])
        #expect(entries.first?["exit_reason"] as? String == "已提拔使用" && entries.first?["to"] as? String == "2024-09-01")
        let cultivation = try objects(cli, ["cultivation", "list", "1"])
        #expect(cultivation.first?["kind"] as? String == "挂职" && cultivation.first?["pool_entry"] as? Int == 1)
        #expect(cultivation.first?["result"] as? String == "优秀")

        let noReason = try cli.run(["pool", "leave", "1", "--effective", "2024-09-01"])
        #expect(noReason.status == 64 && noReason.stderr.contains("--reason"))
    }

    @Test("party join|post|file|leave|list: the 政治面貌 follows the membership")
    func party() throws {
        let cli = try register()
        let joined = try cli.succeed(["party", "join", "1", "--party", "民盟", "--branch", "民盟锡林浩特市第一支部",
                                      "--introducers", "王某某, 李某某", "--effective", "2025-05-20"])
        #expect(joined.stdout == "party membership 1 (member 1): 中国民主同盟盟员 民盟锡林浩特市第一支部, from 2025-05-20\n")
        try cli.succeed(["party", "file", "1", "--effective", "2025-06-01"])
        try cli.succeed(["party", "post", "1", "--post", "支部副主委", "--effective", "2026-01-08"])
        try cli.succeed(["party", "leave", "1", "--exit", "退盟", "--reason", "本人申请", "--effective", "2027-03-01"])
        let membership = try #require(try objects(cli, ["party", "list", "1"]).first)
        #expect(membership["party"] as? String == "中国民主同盟盟员" && membership["filed"] as? Bool == true)
        #expect(membership["party_post"] as? String == "支部副主委" && membership["introducers"] as? String == "王某某, 李某某")
        #expect(membership["exit"] as? String == "退出" && membership["exit_reason"] as? String == "本人申请")
        #expect(membership["to"] as? String == "2027-03-01")
        func status(_ date: String) throws -> String? {
            try objects(cli, ["list", "--as-of", date]).first { $0["id"] as? Int == 1 }?["political_status"] as? String
        }
        #expect(try status("2026-01-01") == "中国民主同盟盟员")
        #expect(try status("2027-03-01") == "群众")
    }

    @Test("cadres leading|adjusted|pool count 党外 members once, print them, and take --under")
    func figures() throws {
        let cli = try register()
        try cli.succeed(["post", "add", "1", "--unit", "锡林浩特市教育局", "--title", "副局长", "--rank", "副科", "--leadership", "--effective", "2021-03-01"])
        try cli.succeed(["post", "add", "1", "--unit", "锡林浩特市科协", "--title", "兼职副主席", "--rank", "副科", "--leadership", "--effective", "2021-05-01"])
        try cli.succeed(["post", "add", "2", "--unit", "锡林浩特市财政局", "--title", "局长", "--rank", "正科", "--leadership", "--effective", "2021-03-01"])
        try cli.succeed(["post", "change", "1", "--rank", "正科", "--effective", "2024-06-01"])
        try cli.succeed(["pool", "enter", "1", "--target-rank", "副处", "--reason", "推荐", "--effective", "2024-07-01"])

        let leading = try cli.succeed(["cadres", "leading", "--as-of", "2022-01-01"])
        #expect(leading.lines.first == "党外副科级以上领导干部 as of 2022-01-01: 1")
        #expect(leading.stdout.contains("乌云其木格") && !leading.stdout.contains("张建华"))

        let json = try #require(try cli.succeed(["cadres", "leading", "--as-of", "2022-01-01", "--under", "1", "--format", "json"]).json() as? [String: Any])
        #expect(Set(json.keys) == ["as_of", "under", "count", "members"])
        #expect(json["count"] as? Int == 1 && json["under"] as? Int == 1 && json["as_of"] as? String == "2022-01-01")
        let members = try #require(json["members"] as? [[String: Any]])
        #expect(members.count == 1)
        #expect(Set(members[0].keys) == ["id", "name", "post", "rank"])
        #expect(members[0]["id"] as? Int == 1 && members[0]["name"] as? String == "乌云其木格")
        #expect(members[0]["post"] as? String == "锡林浩特市教育局副局长" && members[0]["rank"] as? String == "乡科级副职")

        try cli.succeed(["org", "add", "--name", "东风路街道", "--kind", "街道", "--parent", "1", "--effective", "2020-01-01"])
        let elsewhere = try #require(try cli.succeed(["cadres", "leading", "--as-of", "2022-01-01", "--under", "3", "--format", "json"]).json() as? [String: Any])
        #expect(elsewhere["count"] as? Int == 0)

        let adjusted = try #require(try cli.succeed(["cadres", "adjusted", "--year", "2024", "--format", "json"]).json() as? [String: Any])
        #expect(adjusted["year"] as? Int == 2024 && adjusted["count"] as? Int == 1)
        let quiet = try #require(try cli.succeed(["cadres", "adjusted", "--year", "2023", "--format", "json"]).json() as? [String: Any])
        #expect(quiet["count"] as? Int == 0)

        let pool = try cli.succeed(["cadres", "pool", "--as-of", "2024-12-31"])
        #expect(pool.lines.first == "后备干部 as of 2024-12-31: 1")
        let empty = try cli.succeed(["cadres", "pool", "--as-of", "2024-01-01"])
        #expect(empty.stdout == "后备干部 as of 2024-01-01: 0\n")
    }

    @Test("an unknown rank is refused naming rank and the value, exit 1, and nothing is written")
    func unknownRank() throws {
        let cli = try register()
        let before = try cli.succeed(["history", "1", "--format", "json"]).stdout
        let result = try cli.run(["post", "add", "1", "--unit", "锡林浩特市教育局", "--title", "副局长", "--rank", "副科长",
                                  "--effective", "2021-03-01"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "error: rank \"副科长\" is not in the cadre_rank code list\n")
        #expect(try objects(cli, ["post", "list", "1"]).isEmpty)
        #expect(try cli.succeed(["history", "1", "--format", "json"]).stdout == before)

        let target = try cli.run(["pool", "enter", "1", "--target-rank", "大官", "--effective", "2021-03-01"])
        #expect(target.status == 1 && target.stderr == "error: target_rank \"大官\" is not in the cadre_rank code list\n")
        let kind = try cli.run(["arrangement", "add", "1", "--kind", "委员会", "--level", "市", "--effective", "2021-03-01"])
        #expect(kind.status == 1 && kind.stderr == "error: kind \"委员会\" is not in the arrangement_kind code list\n")
        #expect(try objects(cli, ["pool", "list", "1"]).isEmpty)
        #expect(try objects(cli, ["arrangement", "list", "1"]).isEmpty)
    }

    @Test("ending a post before it began is refused with its first day, exit 1, and the post stays open")
    func endBeforeBeginning() throws {
        let cli = try register()
        try cli.succeed(["post", "add", "1", "--unit", "锡林浩特市教育局", "--title", "副局长", "--effective", "2021-03-01"])
        let before = try cli.succeed(["history", "1", "--format", "json"]).stdout
        let result = try cli.run(["post", "end", "1", "--document", "锡党干字〔2020〕1号", "--effective", "2020-12-31"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "error: post 1 began on 2021-03-01: it is not in force on 2020-12-31\n")
        let post = try #require(try objects(cli, ["post", "list", "1"]).first)
        #expect(post["to"] is NSNull && post["removal_document"] is NSNull)
        #expect(try cli.succeed(["history", "1", "--format", "json"]).stdout == before)

        let missing = try cli.run(["post", "end", "9", "--effective", "2022-01-01"])
        #expect(missing.status == 1 && missing.stderr == "error: no post record has id 9\n")
    }

    @Test("joining party code 01 (中共党员) is refused naming party and the value; nothing is written")
    func joinCPC() throws {
        let cli = try register()
        let result = try cli.run(["party", "join", "1", "--party", "01", "--effective", "2025-01-01"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("error: party \"01\" "))
        #expect(result.stderr.contains("democratic parties"))
        #expect(try objects(cli, ["party", "list", "1"]).isEmpty)
        let members = try objects(cli, ["list", "--as-of", "2025-06-01"])
        #expect(members.first { $0["id"] as? Int == 1 }?["political_status"] as? String == "群众")
    }
}
