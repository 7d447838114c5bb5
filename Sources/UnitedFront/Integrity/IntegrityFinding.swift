/// One failed check of ``RegisterSnapshot/check(quick:progress:)``: which check, on which table, which
/// rows, and a sentence for people.
public struct IntegrityFinding: Hashable, Sendable, CustomStringConvertible {
    /// The check that failed.
    public let check: IntegrityCheck
    /// The table the failing rows are in (`post_history`, `member` …); nil for a finding about the
    /// whole file (most of `PRAGMA integrity_check`'s).
    public let table: String?
    /// The ids (rowids) of the failing rows, at most ``IntegrityFinding/maximumRowIDs`` of them; the
    /// sentence gives the full count.
    public let rowIDs: [Int64]
    /// What is wrong, in English: "2 rows of post_history overlap another current interval of their
    /// record (ids 4, 9)".
    public let detail: String

    /// How many row ids a finding lists at most.
    public static let maximumRowIDs = 20

    /// A finding; `rowIDs` beyond ``maximumRowIDs`` are dropped.
    public init(check: IntegrityCheck, table: String?, rowIDs: [Int64] = [], detail: String) {
        self.check = check
        self.table = table
        self.rowIDs = Array(rowIDs.prefix(Self.maximumRowIDs))
        self.detail = detail
    }

    /// "no overlapping intervals: 2 rows of post_history overlap …".
    public var description: String { "\(check): \(detail)" }
}
