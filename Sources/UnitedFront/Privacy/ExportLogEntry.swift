/// One row of the export log: who exported what, when, how much, masked or not, and why.
///
/// Written by ``Register/exportMembers(_:_:)`` (or ``Register/recordExport(_:rowCount:completed:)`` for
/// exports made another way) and read back with ``Register/exportLog()``. The log is append-only:
/// triggers refuse updates and deletes.
///
/// **Threading.** A value type: `Sendable`.
public struct ExportLogEntry: Hashable, Sendable, Codable {
    /// The log's row id.
    public let id: Int64
    /// When the export happened.
    public let recordedAt: Timestamp
    /// Who exported.
    public let actor: String
    /// Why (``DisclosurePurpose``).
    public let purpose: DisclosurePurpose
    /// The output format (`csv`, `csv-gb18030`, `json`).
    public let format: String
    /// The filter, as ``ExportRequest/filterDescription`` wrote it.
    public let filter: String
    /// The number of member rows disclosed.
    public let rowCount: Int
    /// Whether the masking hid at least what ``MaskingPolicy/standard`` hides.
    public let masked: Bool
    /// The masking policy, described (``MaskingPolicy/description``).
    public let masking: String
    /// The reason given; always present for unmasked exports.
    public let reason: String?
    /// False when the export failed part way: ``rowCount`` rows had been handed out by then.
    public let completed: Bool

    enum CodingKeys: String, CodingKey {
        case id, actor, purpose, format, filter, masked, masking, reason, completed
        case recordedAt = "recorded_at"
        case rowCount = "row_count"
    }
}
