import Foundation
import Testing

/// Enterprises, organisations and households, and the records that tie members and enterprises to them,
/// as an operator keeps them from the command line.
@Suite("Enterprises, organisations and households from the command line")
struct RegisterEntityCommandTests {
    /// A register with a 统战部 (org unit 1) over a 街道 (2), and two members: 陈国华 (1) and 李秀英 (2).
    func register() throws -> CLI {
        let cli = try CLI()
        try cli.succeed(["init"])
        try cli.succeed(["org", "add", "--name", "新城区委统战部", "--kind", "统战部", "--region", "150102", "--effective", "2010-01-01"])
        try cli.succeed(["org", "add", "--name", "锡林路街道", "--kind", "街道", "--parent", "1", "--effective", "2010-01-01"])
        for name in ["陈国华", "李秀英"] { try cli.succeed(["add", "--name", name, "--effective", "2010-01-01"]) }
        return cli
    }

    /// Adds enterprise 1 (锡林乳业有限公司) from 2012-05-18.
    func dairy(_ cli: CLI) throws {
        try cli.succeed(["enterprise", "add", "--credit-code", "91150102ma0n2xy1a8", "--name", "锡林乳业有限公司", "--industry", "14",
                         "--scale", "中型", "--ownership", "私营企业", "--founded", "2012-05-18", "--region", "150102", "--org-unit", "2",
                         "--effective", "2012-05-18", "--reason", "企业摸底"])
    }

    /// Output of a command as JSON.
    func json(_ cli: CLI, _ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> Any {
        try cli.succeed(arguments + ["--format", "json"], sourceLocation: sourceLocation).json()
    }

    /// `list` subcommand output as JSON objects.
    func objects(_ cli: CLI, _ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> [[String: Any]] {
        try #require(try json(cli, arguments, sourceLocation: sourceLocation) as? [[String: Any]], sourceLocation: sourceLocation)
    }

    static let enterpriseKeys: Set<String> = [
        "id", "from", "to", "credit_code", "name", "former_names", "industry", "scale", "ownership", "founded", "address", "region", "org_unit",
    ]

    @Test("enterprise add|change|show|list|end keep an enterprise field by field; no member column; 注销 ends it")
    func enterprises() throws {
        let cli = try register()
        let added = try cli.run(["enterprise", "add", "--credit-code", "91150102ma0n2xy1a8", "--name", "锡林乳业有限公司",
                                 "--effective", "2012-05-18"])
        #expect(added.stdout == "enterprise 1: 锡林乳业有限公司 (91150102MA0N2XY1A8), from 2012-05-18\n")
        let changed = try #require(try json(cli, ["enterprise", "change", "1", "--industry", "14", "--scale", "大型",
                                                  "--effective", "2020-01-01"]) as? [String: Any])
        #expect(Set(changed.keys) == Self.enterpriseKeys.union(["changed"]))
        #expect(changed["industry"] as? String == "食品制造业" && changed["scale"] as? String == "大型" && changed["changed"] as? Bool == true)

        let shown = try #require(try json(cli, ["enterprise", "show", "1", "--as-of", "2015-01-01"]) as? [String: Any])
        #expect(Set(shown.keys) == Self.enterpriseKeys)
        #expect(shown["credit_code"] as? String == "91150102MA0N2XY1A8" && shown["scale"] is NSNull && shown["from"] as? String == "2012-05-18")
        let table = try cli.succeed(["enterprise", "show", "1", "--as-of", "2021-01-01"])
        #expect(table.lines.first == "enterprise 1: 锡林乳业有限公司 (91150102MA0N2XY1A8), from 2012-05-18")
        #expect(table.stdout.contains("食品制造业"))

        let ended = try cli.succeed(["enterprise", "end", "1", "--reason", "注销", "--effective", "2024-01-01"])
        #expect(ended.stdout == "enterprise 1: 锡林乳业有限公司 (91150102MA0N2XY1A8), from 2012-05-18 to 2024-01-01\n")
        let all = try objects(cli, ["enterprise", "list"])
        #expect(all.map { Set($0.keys) } == [Self.enterpriseKeys])
        #expect(all.first?["to"] as? String == "2024-01-01")
        #expect(try objects(cli, ["enterprise", "list", "--as-of", "2023-12-31"]).count == 1)
        #expect(try objects(cli, ["enterprise", "list", "--as-of", "2024-01-01"]).isEmpty)
        let before = try cli.run(["enterprise", "show", "1", "--as-of", "2000-01-01"])
        #expect(before.status == 1 && before.stderr == "error: enterprise 1 began on 2012-05-18: it is not in force on 2000-01-01\n")
        let missing = try cli.run(["enterprise", "show", "7"])
        #expect(missing.status == 1 && missing.stderr == "error: no enterprise record has id 7\n")
    }

    @Test("role add|end and enterprise people read roles from both ends; pairing add|change|end|list held by the enterprise")
    func rolesAndPairings() throws {
        let cli = try register()
        try dairy(cli)
        let role = try cli.succeed(["role", "add", "1", "--enterprise", "1", "--role", "法定代表人", "--effective", "2012-05-18"])
        #expect(role.stdout == "role 1 (member 1): 法定代表人: enterprise 1, from 2012-05-18\n")
        try cli.succeed(["role", "add", "2", "--enterprise", "1", "--role", "出资人", "--share", "35%", "--effective", "2012-05-18"])
        let people = try objects(cli, ["enterprise", "people", "1", "--as-of", "2020-01-01"])
        #expect(people.map { Set($0.keys) } == Array(repeating: ["id", "member", "from", "to", "enterprise", "role", "share"], count: 2))
        #expect(people.map { $0["member"] as? Int } == [1, 2])
        #expect(people[1]["role"] as? String == "出资人" && people[1]["share"] as? String == "35%")
        try cli.succeed(["role", "end", "2", "--effective", "2021-01-01"])
        #expect(try objects(cli, ["enterprise", "people", "1", "--as-of", "2021-01-01"]).map { $0["member"] as? Int } == [1])
        #expect(try objects(cli, ["role", "list", "2"]).first?["to"] as? String == "2021-01-01")

        let paired = try cli.succeed(["pairing", "add", "1", "--village", "150102001201", "--village-name", "锡林嘎查",
                                      "--project", "奶牛养殖合作社", "--committed", "500000", "--effective", "2021-06-01"])
        #expect(paired.stdout == "pairing 1 (enterprise 1): 锡林嘎查 奶牛养殖合作社, from 2021-06-01\n")
        try cli.succeed(["pairing", "change", "1", "--paid", "300000", "--effective", "2022-06-01"])
        let pairings = try objects(cli, ["pairing", "list", "1", "--as-of", "2022-12-31"])
        #expect(pairings.map { Set($0.keys) }
                == [["id", "enterprise", "from", "to", "village", "village_name", "project", "committed", "paid"]])
        #expect(pairings.first?["enterprise"] as? Int == 1 && pairings.first?["committed"] as? Int == 500_000)
        #expect(pairings.first?["paid"] as? Int == 300_000)
        #expect(try objects(cli, ["pairing", "list", "--as-of", "2021-12-31"]).first?["paid"] is NSNull)

        try cli.succeed(["enterprise", "end", "1", "--effective", "2024-01-01"])
        #expect(try objects(cli, ["pairing", "list", "1"]).first?["to"] as? String == "2024-01-01")
        #expect(try objects(cli, ["enterprise", "people", "1", "--as-of", "2024-01-01"]).isEmpty)
        let ended = try cli.run(["pairing", "end", "1", "--effective", "2024-06-01"])
        #expect(ended.status == 1 && ended.stderr == "error: pairing 1 ended on 2024-01-01: it is not in force on 2024-06-01\n")
    }

    @Test("organisation add|list|members|enterprises|chambers, term add, seat add|end, membership add|end")
    func organisations() throws {
        let cli = try register()
        try dairy(cli)
        try cli.succeed(["organisation", "add", "--name", "新城区工商联", "--kind", "工商联", "--area", "1", "--org-unit", "1",
                         "--effective", "2010-01-01"])
        let chamber = try cli.succeed(["organisation", "add", "--name", "锡林路街道商会", "--kind", "乡镇商会", "--parent", "1",
                                       "--area", "2", "--effective", "2019-03-01"])
        #expect(chamber.stdout == "organisation 2: 锡林路街道商会 (乡镇商会), from 2019-03-01\n")
        let term = try cli.succeed(["term", "add", "1", "--name", "第五届", "--effective", "2021-11-20"])
        #expect(term.stdout == "term 1 (organisation 1): 第五届, from 2021-11-20\n")
        try cli.succeed(["seat", "add", "1", "--organisation", "1", "--role", "执委", "--term", "1", "--effective", "2021-11-20"])
        try cli.succeed(["seat", "add", "2", "--organisation", "1", "--effective", "2021-11-20"])
        let membership = try cli.succeed(["membership", "add", "1", "--organisation", "2", "--effective", "2019-03-01"])
        #expect(membership.stdout == "membership 1 (enterprise 1): 会员企业: organisation 2, from 2019-03-01\n")

        let executive = try objects(cli, ["organisation", "members", "1", "--role", "执委", "--as-of", "2022-01-01"])
        #expect(executive.map { Set($0.keys) } == [["id", "member", "from", "to", "organisation", "role", "term"]])
        #expect(executive.map { $0["member"] as? Int } == [1] && executive.first?["term"] as? Int == 1)
        #expect(try objects(cli, ["organisation", "members", "1", "--as-of", "2022-01-01"]).map { $0["role"] as? String } == ["执委", "会员"])
        let enterprises = try objects(cli, ["organisation", "enterprises", "2", "--as-of", "2020-01-01"])
        #expect(enterprises.map { Set($0.keys) } == [["id", "enterprise", "from", "to", "organisation", "role", "term"]])
        let chambers = try objects(cli, ["organisation", "chambers", "--covering", "2", "--as-of", "2020-01-01"])
        #expect(chambers.map { $0["name"] as? String } == ["锡林路街道商会"])
        #expect(Set(chambers.first?.keys.map { $0 } ?? []) == ["id", "from", "to", "name", "kind", "parent", "area", "org_unit"])
        #expect(try objects(cli, ["organisation", "chambers", "--covering", "2", "--as-of", "2018-01-01"]).isEmpty)
        #expect(try objects(cli, ["term", "list", "1"]).map { $0["organisation"] as? Int } == [1])

        try cli.succeed(["seat", "end", "2", "--effective", "2023-01-01"])
        #expect(try objects(cli, ["seat", "list", "2"]).first?["to"] as? String == "2023-01-01")
        try cli.succeed(["membership", "end", "1", "--effective", "2023-01-01"])
        #expect(try objects(cli, ["organisation", "enterprises", "2", "--as-of", "2023-01-01"]).isEmpty)
        try cli.succeed(["organisation", "change", "2", "--name", "锡林路商会", "--effective", "2023-06-01"])
        try cli.succeed(["organisation", "end", "1", "--effective", "2025-01-01"])
        #expect(try objects(cli, ["seat", "list", "1"]).first?["to"] as? String == "2025-01-01")
        #expect(try objects(cli, ["organisation", "list"]).map { $0["name"] as? String } == ["新城区工商联", "锡林路商会"])
    }

    @Test("household add|join|leave|members|list: the 户主 has no relation")
    func households() throws {
        let cli = try register()
        let added = try cli.succeed(["household", "add", "--name", "陈国华户", "--address", "锡林浩特市锡林大街12号", "--region", "150102",
                                     "--org-unit", "2", "--effective", "2015-01-01"])
        #expect(added.stdout == "household 1: 陈国华户, from 2015-01-01\n")
        let head = try cli.succeed(["household", "join", "1", "--household", "1", "--effective", "2015-01-01"])
        #expect(head.stdout == "household membership 1 (member 1): household 1 (户主), from 2015-01-01\n")
        try cli.succeed(["household", "join", "2", "--household", "1", "--relation", "妻", "--effective", "2015-01-01"])
        let members = try objects(cli, ["household", "members", "1", "--as-of", "2020-01-01"])
        #expect(members.map { Set($0.keys) } == Array(repeating: ["id", "member", "from", "to", "household", "relation"], count: 2))
        #expect(members[0]["relation"] is NSNull && members[1]["relation"] as? String == "妻")
        #expect(try cli.succeed(["household", "members", "1", "--as-of", "2020-01-01"]).stdout.contains("户主"))
        try cli.succeed(["household", "leave", "2", "--effective", "2024-01-01"])
        #expect(try objects(cli, ["household", "members", "1", "--as-of", "2024-01-01"]).map { $0["member"] as? Int } == [1])
        let households = try objects(cli, ["household", "list"])
        #expect(households.map { Set($0.keys) } == [["id", "from", "to", "name", "address", "region", "org_unit"]])
        #expect(households.first?["org_unit"] as? Int == 2)
    }

    @Test("a bad credit code, an unknown industry, a village not 12 digits, a missing enterprise: exit 1, nothing written")
    func refusals() throws {
        let cli = try register()
        try dairy(cli)
        let listings = [["enterprise", "list"], ["pairing", "list", "1"], ["role", "list", "1"], ["organisation", "list"], ["household", "list"]]
        let before = try listings.map { try cli.succeed($0 + ["--format", "json"]).stdout }

        let checksum = try cli.run(["enterprise", "add", "--credit-code", "91150102MA0N2XY1A9", "--name", "坏代码公司", "--effective", "2019-01-01"])
        #expect(checksum.status == 1 && checksum.stdout.isEmpty)
        #expect(checksum.stderr == "error: credit_code \"91150102MA0N2XY1A9\" fails its check character (expected 8)\n")
        let duplicate = try cli.run(["enterprise", "add", "--credit-code", "91150102MA0N2XY1A8", "--name", "重复公司", "--effective", "2019-01-01"])
        #expect(duplicate.status == 1 && duplicate.stderr.contains("91150102MA0N2XY1A8"))
        let industry = try cli.run(["enterprise", "add", "--credit-code", "91150102MA0N2XY2BC", "--name", "未知行业公司", "--industry", "99",
                                    "--effective", "2019-01-01"])
        #expect(industry.status == 1 && industry.stdout.isEmpty)
        #expect(industry.stderr == "error: industry \"99\" is not in the industry code list\n")
        let change = try cli.run(["enterprise", "change", "1", "--industry", "99", "--effective", "2019-01-01"])
        #expect(change.status == 1 && change.stderr == "error: industry \"99\" is not in the industry code list\n")
        let village = try cli.run(["pairing", "add", "1", "--village", "150102", "--effective", "2021-06-01"])
        #expect(village.status == 1 && village.stdout.isEmpty)
        #expect(village.stderr == "error: village \"150102\" is malformed (expected a 12-digit 统计用区划代码)\n")
        let noEnterprise = try cli.run(["role", "add", "1", "--enterprise", "42", "--role", "出资人", "--effective", "2019-01-01"])
        #expect(noEnterprise.status == 1 && noEnterprise.stderr == "error: no enterprise record has id 42\n")
        let kind = try cli.run(["organisation", "add", "--name", "某俱乐部", "--kind", "俱乐部", "--effective", "2019-01-01"])
        #expect(kind.status == 1 && kind.stderr == "error: kind \"俱乐部\" is not in the organisation_kind code list\n")
        let noHousehold = try cli.run(["household", "join", "1", "--household", "5", "--effective", "2019-01-01"])
        #expect(noHousehold.status == 1 && noHousehold.stderr == "error: no household record has id 5\n")

        #expect(try listings.map { try cli.succeed($0 + ["--format", "json"]).stdout } == before)
    }
}
