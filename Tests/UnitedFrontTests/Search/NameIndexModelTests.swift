import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

/// The name index kept write by write (refreshed before each commit, terms shared, terms nobody holds
/// deleted, unindexed changes skipped) equals the index rebuilt from scratch, after seeded random writes:
/// renames, 曾用名, work units, 职务 changes, back-dated changes, corrections, rolled-back savepoints.
@Suite("Name index kept write by write equals one rebuilt from the history")
struct NameIndexModelTests {
    static let names = ["王伟", "王芳", "乌云·其木格", "欧阳娜娜", "单田芳", "陈静", "陳靜", "巴特尔", "其其格", "李娜"]
    static let units = ["锡林郭勒盟统战部", "呼和浩特市民委", "新城区卫健委", "包头钢铁公司", nil]
    static let posts = ["干事", "科长", "副主任", "主任"]

    /// Every (owner, owner id, field, text, folded text) the index holds.
    static func contents(_ register: Register) throws -> [String] {
        try register.read { snapshot in
            try snapshot.connection.fetchAll("""
                SELECT t.owner || '/' || t.owner_id || '/' || t.field || '/' || t.text || '/' || s.kind || '/' || s.folded
                FROM search_text t JOIN search_term s ON s.id = t.term_id ORDER BY 1
                """) { $0.text(0) }
        }
    }

    @Test("seeded random writes leave the same index a rebuild makes", arguments: [11, 12, 13])
    func keptEqualsRebuilt(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        let directory = try TemporaryDirectory()
        let path = directory.path("register.sqlite")
        let clock = TestClock("2024-01-01T09:00:00+08:00")
        let register = try Register(path: path, clock: clock.read)
        var ids: [MemberID] = []
        for round in 0..<60 {
            clock.advance(milliseconds: 60_000)
            try register.write(by: clerk) { tx in
                for _ in 0..<Int.random(in: 1...4, using: &random) {
                    let day = try LocalDate(iso8601: "20\(Int.random(in: 10...23, using: &random))-0\(Int.random(in: 1...9, using: &random))-15")
                    switch ids.isEmpty ? 0 : Int.random(in: 0..<7, using: &random) {
                    case 0:
                        var record = MemberRecord(name: Self.names.randomElement(using: &random)!)
                        record.workUnit = Self.units.randomElement(using: &random)!
                        ids.append(try tx.add(record, effective: "2010-01-01"))
                    case 1:
                        let name = Self.names.randomElement(using: &random)!
                        _ = try tx.change(ids.randomElement(using: &random)!, effective: day) { $0.name = name }
                    case 2:
                        let unit = Self.units.randomElement(using: &random)!
                        _ = try tx.change(ids.randomElement(using: &random)!, effective: day) { $0.workUnit = unit }
                    case 3:
                        let post = Self.posts.randomElement(using: &random)!
                        _ = try tx.change(ids.randomElement(using: &random)!, effective: day) { $0.post = post }
                    case 4:
                        let former = Bool.random(using: &random) ? nil : Self.names.randomElement(using: &random)! + "、小名"
                        _ = try tx.correct(ids.randomElement(using: &random)!, asOf: nil) { $0.formerNames = former }
                    case 5:
                        let name = Self.names.randomElement(using: &random)!
                        _ = try tx.correct(ids.randomElement(using: &random)!, asOf: day) { $0.name = name }
                    default:
                        struct Undone: Error {}
                        let id = ids.randomElement(using: &random)!
                        _ = try? tx.savepoint {
                            _ = try tx.change(id, effective: day) { $0.name = "临时\(round)" }
                            throw Undone()
                        }
                    }
                }
            }
        }
        let kept = try Self.contents(register)
        #expect(try register.check().findings.isEmpty)
        // Rebuild: an index of another version is rebuilt from the history when the register opens.
        try register.write(by: clerk) { tx in
            try tx.connection.execute("UPDATE search_index_version SET version = 'other'")
        }
        let rebuilt = try Register(path: path, clock: clock.read)
        #expect(try Self.contents(rebuilt) == kept)
        #expect(!kept.isEmpty)
    }
}
