public import UnitedFront

/// A dated record a synthetic person holds: a post, a 政治安排, a reserve-pool entry, a cultivation or a
/// democratic-party membership, as ``SyntheticEvent/Step/add(_:key:)`` begins it and later steps
/// change and end it.
///
/// Records of one person are numbered by a *key* (0, 1, 2 … in the order they are added); writing the
/// population maps each key to the register's ``UnitedFront/RecordID``. A cultivation names the key of
/// the pool entry it serves.
public enum SyntheticRecord: Sendable, Hashable, CustomStringConvertible {
    /// 职务.
    case post(PostRecord)
    /// 政治安排.
    case arrangement(ArrangementRecord)
    /// 后备干部库 entry.
    case poolEntry(PoolRecord)
    /// 培养 (培训, 挂职 …), for the person's pool entry with key `poolEntry` when given.
    case cultivation(CultivationRecord, poolEntry: Int?)
    /// 民主党派 membership.
    case partyMembership(PartyMembershipRecord)

    /// The post, when this is one.
    public var post: PostRecord? {
        if case .post(let post) = self { post } else { nil }
    }

    /// The party membership, when this is one.
    public var partyMembership: PartyMembershipRecord? {
        if case .partyMembership(let membership) = self { membership } else { nil }
    }

    /// `post 呼和浩特市新城区教育局副局长 142 PRINCIPAL_STAFF_3 leadership 新党干字〔2021〕15号 …`: every value, for
    /// fingerprints and failure messages.
    public var description: String {
        func text(_ values: [String?]) -> String { values.map { $0 ?? "-" }.joined(separator: " ") }
        switch self {
        case .post(let post):
            return "post " + text([post.unit, post.title, post.rank?.rawValue, post.grade?.rawValue,
                                   post.isLeadership ? "leadership" : "non-leadership", post.appointmentDocument,
                                   post.appointingAuthority, post.removalDocument, post.removalAuthority])
        case .arrangement(let seat):
            return "arrangement " + text([seat.kind.rawValue, seat.level.rawValue, seat.body, seat.term, seat.role?.rawValue,
                                          seat.sector, seat.document])
        case .poolEntry(let entry):
            return "pool " + text([entry.targetRank.rawValue, entry.targetPost, entry.entryReason, entry.exitReason, entry.document])
        case .cultivation(let cultivation, let entry):
            return "cultivation " + text([cultivation.kind.rawValue, entry.map { "pool#\($0)" }, cultivation.place,
                                          cultivation.content, cultivation.result])
        case .partyMembership(let membership):
            return "party " + text([membership.party.rawValue, membership.branch, membership.introducers, membership.partyPost,
                                    membership.isFiled ? "filed" : "not-filed", membership.exit?.rawValue, membership.exitReason])
        }
    }

    /// Adds the record for `member` in `transaction` and returns its raw id; `keys` resolves a
    /// cultivation's pool entry.
    func add(for member: MemberID, effective: LocalDate, in transaction: RegisterTransaction, keys: [Int: Int64]) throws -> Int64 {
        switch self {
        case .post(let post): try transaction.add(post, for: member, effective: effective).rawValue
        case .arrangement(let seat): try transaction.add(seat, for: member, effective: effective).rawValue
        case .poolEntry(let entry): try transaction.add(entry, for: member, effective: effective).rawValue
        case .cultivation(let cultivation, let entry):
            try transaction.add(Self.resolved(cultivation, entry, keys), for: member, effective: effective).rawValue
        case .partyMembership(let membership): try transaction.add(membership, for: member, effective: effective).rawValue
        }
    }

    /// Changes (or, with `ending`, ends) record `id` on `effective` to these values.
    func update(_ id: Int64, effective: LocalDate, ending: Bool, in transaction: RegisterTransaction, keys: [Int: Int64]) throws {
        func write<Record: DatedRecord>(_ value: Record) throws {
            let id = RecordID<Record>(rawValue: id)
            if ending {
                try transaction.end(id, effective: effective) { $0 = value }
            } else {
                try transaction.change(id, effective: effective) { $0 = value }
            }
        }
        switch self {
        case .post(let post): try write(post)
        case .arrangement(let seat): try write(seat)
        case .poolEntry(let entry): try write(entry)
        case .cultivation(let cultivation, let entry): try write(Self.resolved(cultivation, entry, keys))
        case .partyMembership(let membership): try write(membership)
        }
    }

    private static func resolved(_ cultivation: CultivationRecord, _ entry: Int?, _ keys: [Int: Int64]) throws -> CultivationRecord {
        var result = cultivation
        if let entry {
            guard let id = keys[entry] else { throw RegisterError.schema("cultivation names pool entry #\(entry), not yet written") }
            result.poolEntry = PoolEntryID(rawValue: id)
        }
        return result
    }
}
