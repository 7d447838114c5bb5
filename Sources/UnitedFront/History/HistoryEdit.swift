/// A planned write to one entity's current-knowledge history: plain values, computed before any SQL
/// runs, so the rules can be tested without a database and applied in one place.
struct HistoryEdit<Row: Equatable>: Equatable {
    /// Ids of the rows the write replaces; they are marked superseded, never updated or deleted.
    var superseded: [Int64] = []
    /// The rows that replace them (and any new ones), in date order.
    var inserted: [Row] = []
    /// The readable journal lines the write adds.
    var log: [LogLine] = []

    /// True when the write changes nothing and records no changeset.
    var isEmpty: Bool { superseded.isEmpty && inserted.isEmpty && log.isEmpty }
}

/// One line of the readable change log, before it is stored.
struct LogLine: Equatable {
    var kind: TimelineEntry.Kind
    var effective: String
    var subject: ValueChange.Subject
    var from: String?
    var to: String?
}
