import Testing
@testable import UnitedFront

@Suite("Code-list data releases")
struct CodeListReleaseTests {
    /// Every row of the three code tables as text, in a stable order.
    static func codeRows(_ connection: Connection) throws -> [String] {
        func text(_ row: Statement, _ count: Int32) -> String {
            (0..<count).map { row.optionalText($0) ?? "NULL" }.joined(separator: "|")
        }
        return try connection.fetchAll("SELECT list, title, standard, version, source FROM code_list ORDER BY list") {
            "code_list|" + text($0, 5)
        }
            + connection.fetchAll("""
                SELECT list, code, name, letter, english, parent, position, valid_from, valid_to
                FROM code ORDER BY list, code
                """) { "code|" + text($0, 9) }
            + connection.fetchAll("SELECT list, alias, code FROM code_alias ORDER BY list, alias") {
                "code_alias|" + text($0, 3)
            }
    }

    static func codes(_ connection: Connection) throws -> Set<String> {
        Set(try connection.fetchAll("SELECT list || '/' || code FROM code") { $0.text(0) })
    }

    @Test("a database that applied migrations 001–003 and is then migrated has exactly the code rows of a new one")
    func upgradedDatabaseEqualsNewOne() throws {
        let shipped = Array(Migration.all.prefix(3))
        #expect(shipped.map(\.name) == ["001_core", "002_code_lists", "003_export_log"])

        let upgraded = try Connection(location: .inMemory)
        _ = try Migrator(migrations: shipped).migrate(upgraded, appliedAt: "2026-01-01T00:00:00.000Z")
        let before = try Self.codeRows(upgraded)
        let shippedCodes = try Self.codes(upgraded)
        _ = try Migrator().migrate(upgraded, appliedAt: "2026-01-01T00:00:00.000Z")

        let fresh = try Connection(location: .inMemory)
        _ = try Migrator().migrate(fresh, appliedAt: "2026-01-01T00:00:00.000Z")

        let after = try Self.codeRows(upgraded)
        #expect(after == (try Self.codeRows(fresh)))
        #expect(after != before, "the newer release changes the data, so this test compares something")
        #expect(shippedCodes.isSubset(of: try Self.codes(fresh)), "a shipped code was removed")
        #expect(try CodeCatalog.load(upgraded) == CodeCatalog.load(fresh))
        #expect(try upgraded.fetchAll("PRAGMA foreign_key_check") { $0.text(0) }.isEmpty)
    }

    @Test("a database that applied 005_code_lists_2026 (migrations up to 009) gets the 010 lists and ends up like a new one")
    func upgradeFrom005Release() throws {
        let shipped = Array(Migration.all.prefix { $0.name <= "009_religion" })
        #expect(shipped.last?.name == "009_religion")
        #expect(shipped.filter { $0.name.contains("_code_lists") }.map(\.name) == ["002_code_lists", "005_code_lists_2026"])
        #expect(Migration.all.map(\.name).contains("010_code_lists_2026_11"))

        let upgraded = try Connection(location: .inMemory)
        _ = try Migrator(migrations: shipped).migrate(upgraded, appliedAt: "2026-01-01T00:00:00.000Z")
        let shippedCodes = try Self.codes(upgraded)
        #expect(try CodeCatalog.load(upgraded)[.arrangementKind] == nil, "the 2026 release has no arrangement_kind")
        _ = try Migrator().migrate(upgraded, appliedAt: "2026-11-01T00:00:00.000Z")

        let fresh = try Connection(location: .inMemory)
        _ = try Migrator().migrate(fresh, appliedAt: "2026-11-01T00:00:00.000Z")

        #expect(try Self.codeRows(upgraded) == Self.codeRows(fresh))
        #expect(shippedCodes.isSubset(of: try Self.codes(fresh)), "a shipped code was removed")
        let catalog = try CodeCatalog.load(upgraded)
        for id in [CodeListID.arrangementKind, .arrangementLevel, .arrangementRole, .cultivationKind, .partyExit] {
            #expect(catalog[id] != nil, "\(id)")
        }
        #expect(try upgraded.fetchAll("PRAGMA foreign_key_check") { $0.text(0) }.isEmpty)
    }
}
