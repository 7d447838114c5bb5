/// Applies ``Migration``s in order and records each one in the `schema_migration` table.
///
/// **Concurrency.** All pending migrations run in one `BEGIN IMMEDIATE` transaction that also reads
/// which ones are applied, so several connections (threads or processes) opening one new file at once
/// serialise on SQLite's write lock: the first applies the migrations, the others wait (the busy
/// timeout) and then find nothing left to do. A failed migration leaves the database as it was.
///
/// **Errors.** Only ``DatabaseError``: SQLite's failures, and ``ResultCode/SQLITE_ERROR`` for a list of
/// migrations that is not named `NNN_name` in strict order. A database that records a migration this
/// build does not know is not an error here: ``migrate(_:appliedAt:)`` reports it and changes nothing,
/// and the caller decides.
struct Migrator {
    /// What ``migrate(_:appliedAt:)`` found.
    enum Outcome: Equatable {
        /// The database has every migration, in this list's order; the payload is the last one's name.
        case upToDate(String)
        /// The database records migrations this build does not know: it was written by a newer version.
        case newerThanLibrary(unknown: [String])
    }

    let migrations: [Migration]

    init(migrations: [Migration] = Migration.all) {
        self.migrations = migrations
    }

    /// A migrator that stops at schema version `version` (its number, `009`, or its name, `009_religion`):
    /// the database it leaves has the schema and code lists the library of that version created, which is
    /// how the migration fixtures' tests rebuild a register of a version the library shipped before.
    /// Nil when this build has no migration of that number.
    init?(upTo version: String, of migrations: [Migration] = Migration.all) {
        let number = version.prefix(3)
        guard let last = migrations.lastIndex(where: { $0.name.prefix(3) == number }) else { return nil }
        self.migrations = Array(migrations[...last])
    }

    /// The names of the migrations `connection`'s database has applied, in order.
    func appliedMigrations(_ connection: Connection) throws -> [String] {
        guard try connection.fetchOne(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migration'", [], { _ in true }) != nil
        else { return [] }
        return try connection.fetchAll("SELECT name FROM schema_migration ORDER BY name") { $0.text(0) }
    }

    /// Applies every migration the database lacks, recording `appliedAt` (an ISO 8601 instant from the
    /// caller's clock) for each. A database that has them all is only read: no write lock is taken.
    func migrate(_ connection: Connection, appliedAt: String) throws -> Outcome {
        let names = migrations.map(\.name)
        if let bad = names.first(where: { !Self.isWellFormed($0) }) {
            throw DatabaseError(extendedResultCode: .SQLITE_ERROR, message: "migration \(bad) is not named NNN_name")
        }
        guard names == names.sorted(), Set(names).count == names.count else {
            throw DatabaseError(extendedResultCode: .SQLITE_ERROR, message: "migrations are not in strict order: \(names)")
        }
        // Up to date (or newer) needs no write lock: a register opens while another process writes.
        let seen = try appliedMigrations(connection)
        if seen.contains(where: { !names.contains($0) }) { return .newerThanLibrary(unknown: seen.filter { !names.contains($0) }) }
        if !names.isEmpty && seen == names { return .upToDate(names.last ?? "") }
        return try connection.inTransaction(.immediate) {
            try connection.execute("""
                CREATE TABLE IF NOT EXISTS schema_migration (
                    name       TEXT PRIMARY KEY,
                    applied_at TEXT NOT NULL
                ) STRICT
                """)
            let applied = try appliedMigrations(connection)
            let unknown = applied.filter { !names.contains($0) }
            guard unknown.isEmpty else { return .newerThanLibrary(unknown: unknown) }
            for migration in migrations where !applied.contains(migration.name) {
                do {
                    try connection.execute(migration.sql)
                } catch let error as DatabaseError {
                    throw DatabaseError(extendedResultCode: error.extendedResultCode,
                                        message: "migration \(migration.name) failed: \(error.message)")
                }
                try connection.run("INSERT INTO schema_migration(name, applied_at) VALUES (?, ?)",
                                   [migration.name, appliedAt])
            }
            return .upToDate(names.last ?? "")
        }
    }

    /// `NNN_name`: three digits, an underscore, then lowercase letters, digits and underscores.
    static func isWellFormed(_ name: String) -> Bool {
        let scalars = Array(name.unicodeScalars)
        guard scalars.count > 4, scalars[3] == "_" else { return false }
        return scalars[..<3].allSatisfy { ("0"..."9").contains($0) }
            && scalars[4...].allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }
}
