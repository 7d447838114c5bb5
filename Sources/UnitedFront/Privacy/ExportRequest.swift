/// What an export discloses, to whom, why and how masked: the input of ``Register/exportMembers(_:_:)``
/// and of ``Register/recordExport(_:rowCount:completed:)``, and what the export log keeps of it.
///
/// The masking defaults to the purpose's policy (``MaskingPolicy/policy(for:)``, masked). A policy that
/// reveals what ``MaskingPolicy/standard`` hides is an *unmasked* export and needs a non-empty
/// ``reason``.
///
/// ```swift
/// var request = ExportRequest(actor: "统战部 张科员", format: "csv", category: .nonPartisan)
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
    /// The date the members are read as of; nil means the register's today (its clock's date).
    public var asOf: LocalDate?
    /// Read as the register knew it at this instant; nil means as it knows it now.
    public var knownAt: Timestamp?
    /// Only members in this category that day.
    public var category: Category?
    /// Only members with one of these tiers in ``category``.
    public var tiers: Set<Tier>
    /// Filters applied by the caller beyond the ones above, described for the log.
    public var note: String?
    /// When the export happened, for the log; nil means the register's clock now.
    public var recordedAt: Timestamp?
    /// The role the actor exports in (a scoped view's role key), for the access log; empty when none.
    public var role: String = ""
    /// How the access log names the disclosure: ``AccessAction/export`` (the default) or
    /// ``AccessAction/rejectsFile`` for an importer's rejects file.
    public var accessAction: AccessAction = .export

    /// A masked export of the active members as of `asOf`, for `purpose`.
    public init(actor: String, format: String, asOf: LocalDate? = nil, category: Category? = nil,
                tiers: Set<Tier> = [], purpose: DisclosurePurpose = .workList, masking: MaskingPolicy? = nil,
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
        self.knownAt = nil
    }

    /// Checks what every export must name, before anything is disclosed: the one home of these rules,
    /// which ``Register/exportMembers(_:_:)`` and ``Register/recordExport(_:rowCount:completed:)`` apply and
    /// tools call first to refuse early.
    /// - Throws: ``PrivacyError/missingActor`` when the actor is empty or blank;
    ///   ``PrivacyError/unmaskedWithoutReason(_:)`` when ``masking`` is not masked and ``reason`` is empty
    ///   or only white space (spaces, tabs, line breaks, ideographic spaces).
    public func validate() throws(PrivacyError) {
        guard !actor.trimmingSpaces().isEmpty else { throw PrivacyError.missingActor }
        if !masking.isMasked, (reason?.trimmingSpaces() ?? "").isEmpty {
            throw PrivacyError.unmaskedWithoutReason(masking)
        }
    }

    /// The sensitive fields this export shows unmasked: those ``MaskingPolicy/standard`` masks and
    /// ``masking`` reveals, in ``MemberField`` order. The access log records them.
    public var revealedFields: [MemberField] {
        MemberField.allCases.filter { MaskingPolicy.standard.rules[$0] != nil && masking.rule(for: $0) == .reveal }
    }

    /// `as_of=2024-06-30; category=NON_PARTISAN; tiers=KEY_REPRESENTATIVE,REPRESENTATIVE; …`: the filter as
    /// the log shows it (the register fills in ``asOf`` before it logs).
    public var filterDescription: String {
        var parts = asOf.map { ["as_of=\($0.iso8601)"] } ?? []
        if let knownAt { parts.append("known_at=\(knownAt.iso8601)") }
        if let category { parts.append("category=\(category)") }
        if !tiers.isEmpty { parts.append("tiers=\(tiers.map(\.rawValue).sorted().joined(separator: ","))") }
        if let note, !note.trimmingSpaces().isEmpty { parts.append(note.trimmingSpaces()) }
        return parts.joined(separator: "; ")
    }
}
