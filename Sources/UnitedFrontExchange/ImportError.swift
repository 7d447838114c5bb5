/// One bad cell (or row) of an imported sheet: where, what, and why.
///
/// `row` counts as a spreadsheet does: the header is row 1, the first data row is row 2, and a quoted
/// cell with line breaks in it still makes one row. `column` is the header as written in the file
/// (`民族`, or `ethnicity` in an English sheet); it is empty for problems of the whole row.
///
/// **Threading.** A value type: `Sendable`.
public struct ImportError: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The spreadsheet row number (header = 1).
    public var row: Int
    /// The column's header as written in the file; empty for the whole row.
    public var column: String
    /// The cell's text as written in the file.
    public var value: String
    /// Why it was refused (an English sentence).
    public var reason: String

    /// Creates an error report.
    public init(row: Int, column: String, value: String, reason: String) {
        self.row = row
        self.column = column
        self.value = value
        self.reason = reason
    }

    /// `row 7, 证件号码 "150102198001011235": fails its check character (expected 4)`.
    public var description: String {
        "row \(row)" + (column.isEmpty ? "" : ", \(column)") + (value.isEmpty ? "" : " \"\(value)\"") + ": \(reason)"
    }
}
