import Foundation
import Testing
import UnitedFrontTestSupport

/// `org tree|add|change|dissolve`, `transfer` and `list --under`, as an operator uses them.
@Suite("Org units from the command line")
struct OrgUnitCommandTests {
    func district() throws -> CLI {
        let cli = try CLI()
        try cli.succeed(["init"])
        try cli.succeed(["org", "add", "--name", "新城区委统战部", "--kind", "统战部", "--region", "150102", "--effective", "2020-01-01"])
        try cli.succeed(["org", "add", "--name", "锡林路街道", "--kind", "街道", "--parent", "1", "--effective", "2020-01-01"])
        try cli.succeed(["org", "add", "--name", "东风路街道", "--kind", "街道", "--parent", "1", "--effective", "2020-01-01"])
        try cli.succeed(["org", "add", "--name", "锡林社区", "--kind", "社区", "--parent", "2", "--effective", "2020-01-01"])
        try cli.succeed(["add", "--name", "乌云其木格", "--org-unit", "4", "--effective", "2021-01-01"])
        return cli
    }

    @Test("org tree prints each unit under its parent, with its depth in JSON")
    func tree() throws {
        let cli = try district()
        let units = try #require(try cli.succeed(["org", "tree", "--format", "json"]).json() as? [[String: Any]])
        #expect(units.map { $0["name"] as? String } == ["新城区委统战部", "锡林路街道", "锡林社区", "东风路街道"])
        #expect(units.map { $0["depth"] as? Int } == [0, 1, 2, 1])
        #expect(units.map { $0["kind"] as? String } == ["统战部", "街道", "社区", "街道"])
        let subtree = try #require(try cli.succeed(["org", "tree", "2", "--format", "json"]).json() as? [[String: Any]])
        #expect(subtree.map { $0["id"] as? Int } == [2, 4])
    }

    @Test("transfer moves a member between 街道 on a date; list --under reads the subtree before and after")
    func transfer() throws {
        let cli = try district()
        let moved = try cli.succeed(["transfer", "1", "--unit", "3", "--effective", "2023-03-01", "--reason", "迁居"])
        #expect(moved.stdout.contains("所属单位: 锡林社区 → 东风路街道"))
        func under(_ unit: String, _ date: String) throws -> [Int] {
            let members = try #require(try cli.succeed(["list", "--under", unit, "--as-of", date, "--format", "json"]).json() as? [[String: Any]])
            return members.compactMap { $0["id"] as? Int }
        }
        #expect(try under("2", "2022-12-31") == [1])
        #expect(try under("2", "2023-06-01") == [])
        #expect(try under("3", "2023-06-01") == [1])
        #expect(try under("1", "2023-06-01") == [1])
    }

    @Test("a unit that owns members is not dissolved, and a unit cannot move below itself")
    func refusals() throws {
        let cli = try district()
        let dissolve = try cli.run(["org", "dissolve", "4", "--effective", "2024-01-01"])
        #expect(dissolve.status == 1 && dissolve.stderr.contains("still owns members"))
        let cycle = try cli.run(["org", "change", "2", "--parent", "4", "--effective", "2022-01-01"])
        #expect(cycle.status == 1 && cycle.stderr.contains("lies below it"))
        try cli.succeed(["org", "change", "4", "--name", "锡林郭勒社区", "--effective", "2024-01-01"])
        let units = try #require(try cli.succeed(["org", "tree", "--as-of", "2024-06-01", "--format", "json"]).json() as? [[String: Any]])
        #expect(units.contains { $0["name"] as? String == "锡林郭勒社区" })
    }
}

/// Religion from the command line: masked unless the operator asks otherwise, with a reason.
@Suite("Religion from the command line")
struct ReligionCommandTests {
    @Test("show masks 宗教信仰, 教职 and 宗教活动场所 unless --unmasked with a reason")
    func masked() throws {
        let cli = try CLI()
        try cli.succeed(["init"])
        try cli.succeed(["add", "--name", "释明德", "--religion", "佛教", "--clergy-post", "住持", "--venue", "大召寺",
                         "--effective", "2021-01-01"])
        let shown = try cli.succeed(["show", "1"]).stdout
        #expect(!shown.contains("佛教") && !shown.contains("住持") && !shown.contains("大召寺"))
        #expect(shown.contains("***"))
        let json = try #require(try cli.succeed(["list", "--format", "json"]).json() as? [[String: Any]])
        #expect(json.first?["religion"] as? String == "***")
        let unmasked = try cli.succeed(["show", "1", "--unmasked", "--reason", "宗教界代表人士审核"]).stdout
        #expect(unmasked.contains("佛教") && unmasked.contains("住持") && unmasked.contains("大召寺"))
    }
}
