/// The file formats ``MemberSheetExporter`` writes.
///
/// **Threading.** A value type: `Sendable`.
public enum MemberExportFormat: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// CSV in UTF-8 with a byte order mark (so that Excel opens it as UTF-8), CRLF line ends.
    case csv
    /// CSV in GB18030, for older Excel on Chinese Windows, CRLF line ends.
    case csvGB18030 = "csv-gb18030"
    /// A JSON array of member objects keyed by the English aliases plus `id`, one object per line.
    case json

    /// The name the export log records (`csv`, `csv-gb18030`, `json`).
    public var description: String { rawValue }
}
