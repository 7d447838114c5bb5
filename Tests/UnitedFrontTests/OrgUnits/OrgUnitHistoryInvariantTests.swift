import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

/// Org units follow the same field-by-field rules as members: random renames and region changes,
/// back-dated restatements among them, checked against a model of recorded points and against the
/// structural invariants of `org_unit_history`.
@Suite("Org unit history under random writes")
struct OrgUnitHistoryInvariantTests {
    static let names = ["锡林路街道", "锡林郭勒路街道", "新华街道", "东风路街道"]
    static let regions: [String?] = ["150102001", "150102002", "150102", nil]

    @Test("random renames and region changes read back as the model of recorded points says",
          arguments: [7, 11, 2026] as [UInt64])
    func randomChanges(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        let register = try Register.inMemory()
        let root = try register.addOrgUnit(OrgUnitRecord(name: "新城区委统战部", kind: .unitedFrontDepartment),
                                           effective: "2020-01-01", by: clerk)
        var units: [OrgUnitID] = []
        var models: [[String: [LocalDate: String?]]] = []
        for _ in 0..<4 {
            units.append(try register.addOrgUnit(OrgUnitRecord(name: Self.names[0], kind: .subdistrict, parent: root),
                                                 effective: "2020-01-01", by: clerk))
            models.append(["name": ["2020-01-01": Self.names[0]], "region": ["2020-01-01": nil]])
        }
        func value(_ model: [LocalDate: String?], on date: LocalDate) -> String? {
            model.filter { $0.key <= date }.max { $0.key < $1.key }?.value ?? nil
        }
        for _ in 0..<200 {
            let u = Int.random(in: 0..<units.count, using: &random)
            let date = LocalDate("2020-01-01").adding(days: Int.random(in: 0...2000, using: &random))
            let field = Bool.random(using: &random) ? "name" : "region"
            var new: String? = field == "name" ? Self.names.randomElement(using: &random)! : Self.regions.randomElement(using: &random)!
            if Int.random(in: 0..<3, using: &random) == 0, let later = models[u][field]!.filter({ $0.key > date }).randomElement(using: &random) {
                new = later.value   // a back-dated restatement of a later point
            }
            try register.changeOrgUnit(units[u], effective: date, by: clerk) { record in
                if field == "name" { record.name = new! } else { record.region = new }
            }
            if value(models[u][field]!, on: date) != new { models[u][field]![date] = new }
        }
        for (u, id) in units.enumerated() {
            for _ in 0..<30 {
                let date = LocalDate("2020-01-01").adding(days: Int.random(in: 0...2200, using: &random))
                let unit = try #require(try register.orgUnit(id, asOf: date))
                #expect(unit.name == value(models[u]["name"]!, on: date), "unit \(id) name on \(date), seed \(seed)")
                #expect(unit.region == value(models[u]["region"]!, on: date), "unit \(id) region on \(date), seed \(seed)")
            }
        }
        try checkStructure(register)
    }

    /// The structural invariants of `org_unit_history` and every other history table: the library's own
    /// integrity check (``Register/check(quick:progress:)``), in SQL over the whole database.
    func checkStructure(_ register: Register) throws {
        let report = try register.check()
        #expect(report.isSound, "\(report)")
    }
}
