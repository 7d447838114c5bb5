/// What an export discloses, to whom, why and how masked: the input of ``Register/exportMembers(_:_:)``
/// and of ``Register/recordExport(_:rowCount:completed:)``, and what the export log keeps of it.
///
/// The masking defaults to the purpose's policy (``MaskingPolicy/policy(for:)``, masked). A policy that
/// reveals what ``MaskingPolicy/standard`` hides is an *unmasked* export and needs a non-empty
/// ``reason``.
///
/// ```swift
/// var request = ExportRequest(actor: "统战部 张科员", format: "csv", category: "无党派人士")
/// request.masking = .unmasked
/// request.reason = "报市委统战部认定材料 (市统〔2024〕12号)"
/// ```
///
/// **Threading.** A value type: `Sendable`.
public struct ExportRequest: Hashable, Sendable {
    /// Who exports: required, as for changesets.
    public var actor: String
    /// The output format, as the log should show it (`csv`, `csv-gb18030`, `json`).
    public var format: String
    /// Why the data leaves the register; selects the default masking.
    public var purpose: DisclosurePurpose
    /// How values are masked.
    public var masking: MaskingPolicy
    /// Why an unmasked export is needed (an approval, a document number); required when
    /// ``masking`` is not masked, kept in the log in any case.
    public var reason: String?
    /// The date the members are read as of.
    public var asOf: LocalDate
    /// Only members in this category that day (a code, name or alias).
    public var category: String?
    /// Only members with one of these tiers in ``category`` (codes, names or aliases).
    public var tiers: Set<String>
    /// Filters applied by the caller beyond the ones above, described for the log.
    public var note: String?
    /// When the export happened, for the log; nil means now.
    public var recordedAt: Timestamp?

    /// A masked export of the active members as of `asOf`, for `purpose`.
    public init(actor: String, format: String, asOf: LocalDate = .today(), category: String? = nil,
                tiers: Set<String> = [], purpose: DisclosurePurpose = .workList, masking: MaskingPolicy? = nil,
                reason: String? = nil, note: String? = nil) {
        self.actor = actor
        self.format = format
        self.asOf = asOf
        self.category = category
        self.tiers = tiers
        self.purpose = purpose
        self.masking = masking ?? MaskingPolicy.policy(for: purpose)
        self.reason = reason
        self.note = note
        self.recordedAt = nil
    }

    /// `as_of=2024-06-30; category=无党派人士; tiers=代表人士,重点代表人士; …`: the filter as the log shows it.
    public var filterDescription: String {
        var parts = ["as_of=\(asOf.iso8601)"]
        if let category { parts.append("category=\(category)") }
        if !tiers.isEmpty { parts.append("tiers=\(tiers.sorted().joined(separator: ","))") }
        if let note, !note.trimmingSpaces().isEmpty { parts.append(note.trimmingSpaces()) }
        return parts.joined(separator: "; ")
    }
}
