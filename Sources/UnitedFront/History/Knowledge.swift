/// Which version of history a read sees: what the register knows now, or what it knew at a moment.
enum Knowledge {
    /// Every changeset so far; superseded rows are invisible.
    case current
    /// Only changesets up to and including this id: the register as it stood then.
    case upTo(changeset: Int64)

    /// The SQL condition on a history table aliased `alias`, and its arguments.
    func condition(_ alias: String) -> (sql: String, arguments: [any DatabaseValueConvertible]) {
        switch self {
        case .current:
            return ("\(alias).superseded_by IS NULL", [])
        case .upTo(let id):
            return ("\(alias).changeset_id <= ? AND (\(alias).superseded_by IS NULL OR \(alias).superseded_by > ?)", [id, id])
        }
    }

    /// The knowledge at `time`: the changesets recorded at or before it.
    static func at(_ time: Timestamp?, _ connection: Connection) throws -> Knowledge {
        guard let time else { return .current }
        let id = try connection.fetchOne("SELECT max(id) FROM changeset WHERE recorded_at <= ?", [time]) {
            $0.optionalInt64(0)
        }
        return .upTo(changeset: (id ?? nil) ?? 0)
    }
}
