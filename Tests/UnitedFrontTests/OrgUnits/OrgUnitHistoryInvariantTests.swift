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

    /// The structural invariants of `org_unit_history`, checked in SQL.
    func checkStructure(_ register: Register) throws {
        try register.read { snapshot in
            let db = snapshot.connection
            func none(_ sql: String, _ what: String) throws {
                #expect(try db.fetchOne("SELECT count(*) FROM (\(sql))") { $0.int64(0) } == 0, "\(what)")
            }
            try none("""
                SELECT unit_id FROM org_unit_history WHERE superseded_by IS NULL GROUP BY unit_id HAVING sum(valid_to IS NULL) <> 1
                """, "every unit has exactly one open row")
            try none("""
                SELECT a.id FROM org_unit_history a JOIN org_unit_history b ON a.unit_id = b.unit_id AND a.id < b.id
                WHERE a.superseded_by IS NULL AND b.superseded_by IS NULL
                  AND a.valid_from < coalesce(b.valid_to, '9999-12-31') AND b.valid_from < coalesce(a.valid_to, '9999-12-31')
                """, "unit intervals never overlap")
            try none("""
                SELECT a.id FROM org_unit_history a JOIN org_unit u ON u.id = a.unit_id
                WHERE a.superseded_by IS NULL AND a.valid_from <> u.established_on AND NOT EXISTS (
                  SELECT 1 FROM org_unit_history b WHERE b.unit_id = a.unit_id AND b.superseded_by IS NULL AND b.valid_to = a.valid_from)
                """, "unit history is contiguous from its establishment")
            try none("""
                SELECT u.id FROM org_unit u LEFT JOIN org_unit_history h
                  ON h.unit_id = u.id AND h.superseded_by IS NULL AND h.valid_to IS NULL
                WHERE h.id IS NULL OR h.name IS NOT u.name OR h.kind IS NOT u.kind OR h.parent_id IS NOT CAST(u.parent_id AS TEXT)
                  OR h.region IS NOT u.region OR h.status IS NOT u.status
                """, "the current row equals the open history row")
            try none("SELECT * FROM pragma_foreign_key_check", "no foreign key is broken")
        }
    }
}
