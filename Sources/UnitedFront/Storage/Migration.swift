/// One numbered schema change: the text of a `schema/NNN_name.sql` file.
public struct Migration: Sendable, Hashable {
    /// The file name without `.sql`, e.g. `001_core`.
    public let name: String
    /// The SQL the migrator runs, exactly as the file holds it.
    public let sql: String

    /// The migrations this build of the library carries, in the order they run.
    ///
    /// They are embedded from `schema/*.sql` at build time by the `EmbedSchema` plugin, so there is no
    /// second copy that could drift from the files.
    public static var all: [Migration] {
        EmbeddedSchema.migrations.map { Migration(name: $0.name, sql: $0.sql) }
    }
}
