import Foundation
import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

@Suite("Schema migrations")
struct MigratorTests {
    /// The `schema/` folder of this checkout.
    static let schemaDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("schema")

    @Test("the migrations the library runs are exactly the files in schema/, byte for byte and in order")
    func embeddedMigrationsAreTheSchemaFiles() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.schemaDirectory.path)
            .filter { $0.hasSuffix(".sql") }.sorted()
        #expect(Migration.all.map { $0.name + ".sql" } == files)
        for migration in Migration.all {
            let text = try String(contentsOf: Self.schemaDirectory.appendingPathComponent(migration.name + ".sql"), encoding: .utf8)
            #expect(migration.sql == text, "\(migration.name) differs from its file")
        }
    }

    @Test("a new register records every migration it applied, and reopening applies nothing twice")
    func recordsApplied() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("register.sqlite")
        _ = try Register(path: path)
        _ = try Register(path: path)
        let connection = try Connection(location: .file(path))
        #expect(try Migrator().appliedMigrations(connection) == Migration.all.map(\.name))
    }

    @Test("a database written by a newer library is refused")
    func refusesUnknownMigration() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("register.sqlite")
        _ = try Register(path: path)
        let connection = try Connection(location: .file(path))
        try connection.run("INSERT INTO schema_migration(name, applied_at) VALUES ('999_future', '2030-01-01')")
        #expect(throws: RegisterError.self) { _ = try Register(path: path) }
    }

    @Test("a failing migration leaves the database as it was")
    func failingMigrationRollsBack() throws {
        let connection = try Connection(location: .inMemory)
        let migrator = Migrator(migrations: [
            Migration(name: "001_good", sql: "CREATE TABLE a(x)"),
            Migration(name: "002_bad", sql: "CREATE TABLE b(x); INSERT INTO nowhere VALUES (1)"),
        ])
        #expect(throws: DatabaseError.self) { _ = try migrator.migrate(connection, appliedAt: "2026-01-01T00:00:00.000Z") }
        #expect(try migrator.appliedMigrations(connection) == [], "pending migrations apply together or not at all")
        #expect(try connection.fetchOne("SELECT count(*) FROM sqlite_schema WHERE name IN ('a', 'b')") { $0.int64(0) } == 0)
    }

    @Test("migration names must be NNN_name")
    func namesAreChecked() throws {
        #expect(Migrator.isWellFormed("001_core"))
        #expect(!Migrator.isWellFormed("1_core"))
        #expect(!Migrator.isWellFormed("001-core"))
        let connection = try Connection(location: .inMemory)
        #expect(throws: DatabaseError.self) {
            _ = try Migrator(migrations: [Migration(name: "core", sql: "")]).migrate(connection, appliedAt: "2026-01-01T00:00:00.000Z")
        }
    }

    @Test("history cannot be rewritten behind the library's back")
    func triggersGuardHistory() throws {
        let register = try Register.inMemory()
        try register.add(MemberRecord(name: "张三"), effective: "2022-01-01", by: clerk)
        try register.write(by: clerk) { tx in
            #expect(throws: DatabaseError.self) { try tx.connection.execute("DELETE FROM member_history") }
            #expect(throws: DatabaseError.self) { try tx.connection.execute("UPDATE member_history SET valid_from = '2000-01-01'") }
            #expect(throws: DatabaseError.self) { try tx.connection.execute("DELETE FROM changeset") }
            #expect(throws: DatabaseError.self) { try tx.connection.execute("UPDATE change_log SET new_value = 'x'") }
        }
    }
}
