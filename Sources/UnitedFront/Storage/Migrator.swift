/// Applies ``Migration``s in order and records each one in the `schema_migration` table.
///
/// Each migration runs in its own `BEGIN IMMEDIATE` transaction together with its record, so a failed
/// migration leaves the database as it was before it. A database that records a migration this build
/// does not know was written by a newer library and is refused.
struct Migrator {
    let migrations: [Migration]

    init(migrations: [Migration] = Migration.all) {
        self.migrations = migrations
    }

    /// The names of the migrations `connection`'s database has applied, in order.
    func appliedMigrations(_ connection: Connection) throws -> [String] {
        try createLedger(connection)
        return try connection.fetchAll("SELECT name FROM schema_migration ORDER BY name") { $0.text(0) }
    }

    /// Applies every migration the database lacks.
    func migrate(_ connection: Connection) throws {
        let names = migrations.map(\.name)
        for name in names where !Self.isWellFormed(name) {
            throw RegisterError.schema("migration \(name) is not named NNN_name")
        }
        guard names == names.sorted(), Set(names).count == names.count else {
            throw RegisterError.schema("migrations are not in strict order: \(names)")
        }
        let applied = try appliedMigrations(connection)
        if let unknown = applied.first(where: { !names.contains($0) }) {
            throw RegisterError.schema(
                "the database has migration \(unknown), which this library does not know: it was written by a newer version")
        }
        for migration in migrations where !applied.contains(migration.name) {
            try connection.inTransaction(.immediate) {
                try connection.execute(migration.sql)
                try connection.run(
                    "INSERT INTO schema_migration(name, applied_at) VALUES (?, ?)",
                    [migration.name, Timestamp.now().iso8601])
            }
        }
    }

    private func createLedger(_ connection: Connection) throws {
        try connection.execute("""
            CREATE TABLE IF NOT EXISTS schema_migration (
                name       TEXT PRIMARY KEY,
                applied_at TEXT NOT NULL
            ) STRICT
            """)
    }

    /// `NNN_name`: three digits, an underscore, then lowercase letters, digits and underscores.
    static func isWellFormed(_ name: String) -> Bool {
        let scalars = Array(name.unicodeScalars)
        guard scalars.count > 4, scalars[3] == "_" else { return false }
        return scalars[..<3].allSatisfy { ("0"..."9").contains($0) }
            && scalars[4...].allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }
}
