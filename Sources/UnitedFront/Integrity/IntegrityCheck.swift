/// One of the checks ``RegisterSnapshot/check(quick:progress:)`` runs: SQLite's own, and the invariants
/// of the history model (README "Concepts": effective-dated, bitemporal history kept field by field).
public enum IntegrityCheck: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    /// `PRAGMA integrity_check` (or `quick_check`): the file's pages, indexes and constraints.
    case sqliteIntegrity = "sqlite_integrity"
    /// `PRAGMA foreign_key_check`: every reference names an existing row.
    case foreignKeys = "foreign_keys"
    /// A history row's interval is not empty: `valid_to > valid_from` when it is closed.
    case intervalOrder = "interval_order"
    /// A history row is superseded by its own changeset or a later one (`superseded_by >= changeset_id`).
    case supersededOrder = "superseded_order"
    /// Every changeset a row names (`changeset_id`, `superseded_by`, `created_in` …) exists.
    case changesetExists = "changeset_exists"
    /// Changesets are recorded in order: `recorded_at` never decreases with the id.
    case changesetOrder = "changeset_order"
    /// Every member, unit and record has exactly one open current interval (a membership at most one).
    case oneOpenInterval = "one_open_interval"
    /// The current intervals of one fact never overlap.
    case noOverlap = "no_overlap"
    /// The current intervals of one fact follow each other without gaps from its first day.
    case contiguous
    /// The current-state tables (`member`, `member_category`, `org_unit`) equal the open current history.
    case currentEqualsHistory = "current_equals_history"
    /// Nobody holds a category membership on a day they are archived.
    case membershipWhileArchived = "membership_while_archived"
    /// No record is in force on a day its holder is archived or its holding entity has ended, nor
    /// begins before its holder's registration; an ended record never becomes active again.
    case recordHolder = "record_holder"
    /// The name-search index holds every member's and enterprise's current name.
    case nameIndex = "name_index"
    /// The access log's hash chain holds: every entry links to the one before and matches its hash
    /// (``Register/accessLog(from:through:)``). A finding names the first broken entry.
    case accessLogChain = "access_log_chain"

    /// A short English name.
    public var description: String {
        switch self {
        case .sqliteIntegrity: "SQLite integrity"
        case .foreignKeys: "foreign keys"
        case .intervalOrder: "intervals end after they begin"
        case .supersededOrder: "rows are superseded by their own or a later changeset"
        case .changesetExists: "changesets exist"
        case .changesetOrder: "changesets are recorded in order"
        case .oneOpenInterval: "one open interval per fact"
        case .noOverlap: "no overlapping intervals"
        case .contiguous: "no gaps in history"
        case .currentEqualsHistory: "current rows equal the open history"
        case .membershipWhileArchived: "no membership while archived"
        case .recordHolder: "records follow their holder"
        case .nameIndex: "name-search index"
        case .accessLogChain: "access-log hash chain"
        }
    }
}
