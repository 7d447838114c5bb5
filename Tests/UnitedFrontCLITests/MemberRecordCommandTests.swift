import Foundation
import Testing

/// 侨情, 新的社会阶层 groups, relations and honours, as an operator keeps them from the command line.
@Suite("Overseas contacts, strata, relations and honours from the command line")
struct MemberRecordCommandTests {
    /// A register with three members: 陈国华 (1), 李秀英 (2) and 陈晓梅 (3).
    func register() throws -> CLI {
        let cli = try CLI()
        try cli.succeed(["init"])
        for name in ["陈国华", "李秀英", "陈晓梅"] { try cli.succeed(["add", "--name", name, "--effective", "2010-01-01"]) }
        return cli
    }

    /// Output of a command as JSON.
    func json(_ cli: CLI, _ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> Any {
        try cli.succeed(arguments + ["--format", "json"], sourceLocation: sourceLocation).json()
    }

    /// `list` subcommand output as JSON objects.
    func objects(_ cli: CLI, _ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> [[String: Any]] {
        try #require(try json(cli, arguments, sourceLocation: sourceLocation) as? [[String: Any]], sourceLocation: sourceLocation)
    }

    static let overseasKeys: Set<String> = [
        "id", "member", "from", "to", "type", "country", "nationality", "residence_right", "resident_since", "months_present", "relative",
    ]

    @Test("overseas add|change|list|relatives: a 华侨 with a 侨眷 comes home as 归侨; the 侨眷 keeps her record")
    func overseas() throws {
        let cli = try register()
        let added = try cli.succeed(["overseas", "add", "1", "--type", "华侨", "--country", "荷兰", "--nationality", "中国",
                                     "--residence-right", "永久居留权", "--resident-since", "2009-04-01", "--months-present", "22",
                                     "--effective", "2015-01-01", "--reason", "侨情普查"])
        #expect(added.stdout == "overseas 1 (member 1): 华侨 荷兰, from 2015-01-01\n")
        let relative = try #require(try json(cli, ["overseas", "add", "3", "--type", "侨眷", "--relative", "1",
                                                   "--effective", "2015-01-01"]) as? [String: Any])
        #expect(Set(relative.keys) == Self.overseasKeys.union(["changed"]))
        #expect(relative["relative"] as? Int == 1 && relative["type"] as? String == "侨眷" && relative["country"] is NSNull)

        let home = try cli.succeed(["overseas", "change", "1", "--type", "归侨", "--country", "中国", "--effective", "2024-05-01"])
        #expect(home.stdout == "overseas 1 (member 1): 归侨, from 2015-01-01\n")
        let abroad = try objects(cli, ["overseas", "list", "1", "--as-of", "2020-01-01"])
        #expect(abroad.map { $0["type"] as? String } == ["华侨"])
        #expect(abroad.first?["country"] as? String == "荷兰" && abroad.first?["months_present"] as? Int == 22)
        #expect(abroad.first?["resident_since"] as? String == "2009-04-01" && abroad.first?["residence_right"] as? String == "永久居留权")
        #expect(try objects(cli, ["overseas", "list", "1", "--as-of", "2024-05-01", "--codes"]).first?["type"] as? String == "GUIQIAO")
        let everyone = try objects(cli, ["overseas", "list", "--as-of", "2024-06-01"])
        #expect(everyone.map { $0["member"] as? Int } == [1, 3])
        for record in everyone { #expect(Set(record.keys) == Self.overseasKeys) }

        let relatives = try objects(cli, ["overseas", "relatives", "1", "--as-of", "2024-06-01"])
        #expect(relatives.map { $0["member"] as? Int } == [3])
        try cli.succeed(["overseas", "end", "2", "--effective", "2025-01-01"])
        #expect(try objects(cli, ["overseas", "relatives", "1", "--as-of", "2025-01-01"]).isEmpty)
        #expect(try objects(cli, ["overseas", "list", "3"]).first?["to"] as? String == "2025-01-01")
    }

    @Test("overseas check lists the 华侨 failing the residence test with their reasons")
    func residenceTest() throws {
        let cli = try register()
        try cli.succeed(["overseas", "add", "1", "--type", "华侨", "--country", "NLD", "--nationality", "CHN", "--residence-right", "永久居留权",
                         "--resident-since", "2023-04-01", "--months-present", "12", "--effective", "2023-04-01"])
        try cli.succeed(["overseas", "add", "2", "--type", "华侨", "--country", "美国", "--effective", "2023-04-01"])
        try cli.succeed(["overseas", "add", "3", "--type", "华侨", "--country", "荷兰", "--nationality", "中国", "--residence-right", "永久居留权",
                         "--resident-since", "2010-01-01", "--months-present", "20", "--effective", "2023-04-01"])
        let table = try cli.succeed(["overseas", "check", "--as-of", "2024-01-01"])
        #expect(table.lines.first == "华侨 failing the residence test as of 2024-01-01: 2")
        let findings = try objects(cli, ["overseas", "check", "--as-of", "2024-01-01"])
        #expect(findings.map { Set($0.keys) } == Array(repeating: ["id", "member", "country", "reason"], count: 2))
        #expect(findings.map { $0["member"] as? Int } == [1, 2])
        #expect(findings[0]["reason"] as? String == "resident 0 years, the test requires 2")
        #expect(findings[1]["reason"] as? String == "the test needs residence_right, resident_since, months_present")
        #expect(findings[0]["country"] as? String == "荷兰")
        #expect(try cli.succeed(["overseas", "check", "--as-of", "2022-01-01"]).stdout == "华侨 failing the residence test as of 2022-01-01: 0\n")
    }

    @Test("stratum add|change|end|list keep a 新的社会阶层 group with its sub-type")
    func stratum() throws {
        let cli = try register()
        let added = try cli.succeed(["stratum", "add", "2", "--group", "新媒体从业人员", "--subtype", "网络人士", "--effective", "2021-01-01"])
        #expect(added.stdout == "stratum 1 (member 2): 新媒体从业人员 (网络人士), from 2021-01-01\n")
        try cli.succeed(["stratum", "change", "1", "--group", "3", "--subtype", "律师", "--effective", "2023-01-01"])
        try cli.succeed(["stratum", "end", "1", "--effective", "2024-01-01"])
        let all = try objects(cli, ["stratum", "list", "2"])
        #expect(all.map { Set($0.keys) } == [["id", "member", "from", "to", "group", "subtype"]])
        #expect(all.first?["group"] as? String == "自由职业人员" && all.first?["subtype"] as? String == "律师")
        #expect(all.first?["to"] as? String == "2024-01-01")
        #expect(try objects(cli, ["stratum", "list", "--as-of", "2022-01-01"]).first?["subtype"] as? String == "网络人士")
    }

    @Test("relation add|end|list read a relation from both ends and say which end the member is")
    func relations() throws {
        let cli = try register()
        let added = try cli.succeed(["relation", "add", "3", "--relative", "1", "--relation", "父亲", "--note", "长期扶养关系",
                                     "--effective", "2010-01-01"])
        #expect(added.stdout == "relation 1 (member 3): 父亲: member 1, from 2010-01-01\n")
        try cli.succeed(["relation", "add", "1", "--relative", "2", "--relation", "配偶", "--effective", "2010-01-01"])
        let father = try objects(cli, ["relation", "list", "1", "--as-of", "2020-01-01"])
        #expect(father.map { Set($0.keys) } == Array(repeating: ["id", "member", "end", "from", "to", "relative", "relation", "note"], count: 2))
        #expect(father.map { $0["end"] as? String } == ["relative", "holder"])
        #expect(father.map { $0["relation"] as? String } == ["父亲", "配偶"])
        #expect(father[0]["member"] as? Int == 3 && father[0]["note"] as? String == "长期扶养关系")
        #expect(try objects(cli, ["relation", "list", "3", "--as-of", "2020-01-01"]).map { $0["end"] as? String } == ["holder"])
        try cli.succeed(["relation", "end", "2", "--reason", "离婚", "--effective", "2021-01-01"])
        #expect(try objects(cli, ["relation", "list", "2", "--as-of", "2021-01-01"]).isEmpty)
    }

    @Test("honour add|list keep an honour with its level, body and document")
    func honours() throws {
        let cli = try register()
        let added = try cli.succeed(["honour", "add", "2", "--name", "全国民族团结进步模范个人", "--level", "国家级", "--body", "国务院",
                                     "--document", "国发〔2024〕20号", "--effective", "2024-09-27"])
        #expect(added.stdout == "honour 1 (member 2): 全国民族团结进步模范个人 (国家级), from 2024-09-27\n")
        let honours = try objects(cli, ["honour", "list", "2"])
        #expect(honours.map { Set($0.keys) } == [["id", "member", "from", "to", "name", "level", "body", "document"]])
        #expect(honours.first?["body"] as? String == "国务院" && honours.first?["document"] as? String == "国发〔2024〕20号")
    }

    @Test("a relation to a missing member, an unknown type or level is refused naming the value; exit 1, nothing written")
    func refusals() throws {
        let cli = try register()
        let before = try cli.succeed(["history", "1", "--format", "json"]).stdout
        let missing = try cli.run(["relation", "add", "1", "--relative", "9", "--relation", "配偶", "--effective", "2020-01-01"])
        #expect(missing.status == 1 && missing.stdout.isEmpty)
        #expect(missing.stderr == "error: no member has id 9\n")
        let relation = try cli.run(["relation", "add", "1", "--relative", "2", "--relation", "表舅", "--effective", "2020-01-01"])
        #expect(relation.status == 1 && relation.stderr == "error: relation \"表舅\" is not in the relation code list\n")
        let type = try cli.run(["overseas", "add", "1", "--type", "侨胞", "--effective", "2020-01-01"])
        #expect(type.status == 1 && type.stderr == "error: type \"侨胞\" is not in the overseas_type code list\n")
        let months = try cli.run(["overseas", "add", "1", "--type", "华侨", "--months-present", "1300", "--effective", "2020-01-01"])
        #expect(months.status == 1 && months.stderr.hasPrefix("error: months_present \"1300\" "))
        let level = try cli.run(["honour", "add", "1", "--name", "某奖", "--level", "世界级", "--effective", "2020-01-01"])
        #expect(level.status == 1 && level.stderr == "error: level \"世界级\" is not in the honour_level code list\n")
        #expect(try objects(cli, ["relation", "list", "1"]).isEmpty)
        #expect(try objects(cli, ["overseas", "list", "1"]).isEmpty)
        #expect(try objects(cli, ["honour", "list", "1"]).isEmpty)
        #expect(try cli.succeed(["history", "1", "--format", "json"]).stdout == before)
        let unknownMember = try cli.run(["overseas", "list", "9"])
        #expect(unknownMember.status == 1 && unknownMember.stderr == "error: no member has id 9\n")
    }
}
