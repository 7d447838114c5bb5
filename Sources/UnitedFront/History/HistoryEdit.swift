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
    /// Why (an `exit_reason` code for a leave or an archive); nil for most lines.
    var detail: String? = nil
}

/// A row of an interval table as the planners see it: an effective interval `[validFrom, validTo)` and
/// the changes recorded effective on its first day.
protocol DatedRow: Equatable {
    /// What a row's first day can be a recorded point of.
    associatedtype Point: Hashable
    var id: Int64 { get }
    var validFrom: String { get set }
    var validTo: String? { get set }
    var points: Set<Point> { get set }
}

extension HistoryEdit where Row: DatedRow {
    /// Supersedes `row` and returns its part from `day` on, for the caller to change and insert. When
    /// `row` began before `day`, its part before `day` is kept as it was, and the part returned starts on
    /// `day` with no recorded points yet.
    mutating func splitting(_ row: Row, at day: String) -> Row {
        superseded.append(row.id)
        guard row.validFrom < day else { return row }
        var before = row
        before.validTo = day
        inserted.append(before)
        var after = row
        after.validFrom = day
        after.points = []
        return after
    }
}
