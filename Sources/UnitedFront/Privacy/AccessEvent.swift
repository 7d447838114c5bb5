/// What a caller did with member data, for the access log (PIPL Art. 51 and 55: who, when, what, why,
/// which members): the input of ``Register/recordAccess(_:)`` and
/// ``RegisterTransaction/recordAccess(_:)``.
///
/// The register adds the time (its own clock) and the chain hashes and returns an ``AccessLogEntry``.
///
/// **Validation** (when recorded): `actor` must not be empty (``RegisterError/missingActor``); an
/// ``AccessAction/unmaskedRead``, ``AccessAction/rejectsFile`` or ``AccessAction/erasure``, and an
/// ``AccessAction/export`` that reveals sensitive `fields`, need a non-empty `reason`
/// (``ValidationError`` on field `reason`); `actor`, `role`, `purpose` and `action` hold no control
/// characters, and member ids are 1 or more.
///
/// **Threading.** A value type: `Sendable`.
public struct AccessEvent: Sendable, Hashable {
    /// Who: the person or account that saw or took the data. Not empty.
    public var actor: String
    /// In which role (`street_clerk`: a scoped view's role key); empty when the caller has none.
    public var role: String
    /// Why the data was used (``DisclosurePurpose``).
    public var purpose: DisclosurePurpose
    /// What was done (``AccessAction``).
    public var action: AccessAction
    /// The sensitive fields revealed unmasked; empty when everything sensitive stayed masked.
    public var fields: [MemberField]
    /// Whose data. The log keeps them sorted, each once.
    public var members: [MemberID]
    /// Why, in words (who approved it, for what). Required for unmasked reads and unmasked exports.
    public var reason: String?
    /// What was asked for: the filter or query (`as_of=2024-06-30; category=…`), a file name.
    public var detail: String

    /// An event; nothing is checked until it is recorded.
    public init(actor: String, role: String = "", purpose: DisclosurePurpose, action: AccessAction,
                fields: [MemberField] = [], members: [MemberID] = [], reason: String? = nil, detail: String = "") {
        self.actor = actor
        self.role = role
        self.purpose = purpose
        self.action = action
        self.fields = fields
        self.members = members
        self.reason = reason
        self.detail = detail
    }

    /// Whether the event reveals a sensitive field unmasked (non-empty ``fields``) or is an action that
    /// always does (``AccessAction/requiresReason``): such an event needs a reason.
    public var revealsUnmasked: Bool { !fields.isEmpty || action.requiresReason }
}
