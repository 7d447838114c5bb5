/// One entry of the access log: an ``AccessEvent`` as recorded, with its time and its place in the
/// hash chain.
///
/// Each entry stores the hash of the entry before it (``previousHash``; 64 zeros for the first) and its
/// own ``hash``: SHA-256 over a canonical serialisation of the entry and ``previousHash`` (each field
/// length-prefixed, the id included; schema/022_access_log.sql spells it out). Recomputing the chain (``Register/check(quick:progress:)`` does,
/// as ``IntegrityCheck/accessLogChain``) detects any entry edited, deleted or moved, unless whoever did it
/// also rewrote every later hash; publishing the latest hash (``Register/accessLogHead()``) somewhere
/// outside the file closes that gap up to the published entry.
///
/// **Threading.** A value type: `Sendable`.
public struct AccessLogEntry: Sendable, Hashable {
    /// The entry's id: its position in the chain (1, 2, 3 …).
    public let id: Int64
    /// When it was recorded, from the register's clock.
    public let recordedAt: Timestamp
    /// Who (``AccessEvent/actor``).
    public let actor: String
    /// In which role (``AccessEvent/role``).
    public let role: String
    /// Why (``AccessEvent/purpose``).
    public let purpose: DisclosurePurpose
    /// What was done (``AccessEvent/action``).
    public let action: AccessAction
    /// The sensitive fields revealed, in the order given.
    public let fields: [MemberField]
    /// Whose data, sorted, each once.
    public let members: [MemberID]
    /// Why, in words; nil when none was given.
    public let reason: String?
    /// The filter, query or file (``AccessEvent/detail``).
    public let detail: String
    /// The hash of the entry before this one, lowercase hex; ``AccessLogEntry/genesisHash`` for the first.
    public let previousHash: String
    /// SHA-256 of this entry's canonical text, lowercase hex.
    public let hash: String

    /// The previous hash of the first entry: 64 zeros.
    public static let genesisHash = String(repeating: "0", count: 64)

    /// The event this entry records (members sorted and unique).
    public var event: AccessEvent {
        AccessEvent(actor: actor, role: role, purpose: purpose, action: action, fields: fields, members: members,
                    reason: reason, detail: detail)
    }

    /// An entry as read from the log; ``hash`` is taken as given (the checker recomputes it).
    init(id: Int64, recordedAt: Timestamp, actor: String, role: String, purpose: DisclosurePurpose, action: AccessAction,
         fields: [MemberField], members: [MemberID], reason: String?, detail: String, previousHash: String, hash: String) {
        self.id = id
        self.recordedAt = recordedAt
        self.actor = actor
        self.role = role
        self.purpose = purpose
        self.action = action
        self.fields = fields
        self.members = members
        self.reason = reason
        self.detail = detail
        self.previousHash = previousHash
        self.hash = hash
    }
}
