/// A member's seat in an organisation (会员, 理事, 执委, 常委, 副主席 …), optionally for one of its terms,
/// from a date to a date. Held by the member; read from the organisation's end with
/// ``RegisterSnapshot/members(of:roles:asOf:knownAt:)``.
///
/// ```swift
/// var seat = OrganisationMembershipRecord(organisation: federation, role: .executiveCommittee)
/// seat.term = fifth
/// try transaction.add(seat, for: owner, effective: "2021-11-20")
/// ```
public struct OrganisationMembershipRecord: StoredRecord {
    enum Field: String, RecordField {
        case status, organisation, role, term
    }

    /// ``RecordKind/organisationMembership``.
    public static let kind = RecordKind.organisationMembership
    var values: [String?]

    init(values: [String?]) { self.values = values }

    /// `role` in `organisation`.
    public init(organisation: OrganisationID, role: OrganisationRole = .member) {
        self = .empty()
        self.organisation = organisation
        self.role = role
    }

    /// The organisation; it must be one of the register's.
    public var organisation: OrganisationID {
        get { OrganisationID(rawValue: self[.organisation].flatMap(Int64.init) ?? 0) }
        set { self[.organisation] = String(newValue.rawValue) }
    }
    /// 主席/会长, 副主席/副会长, 秘书长, 常委, 执委, 理事, 会员.
    public var role: OrganisationRole {
        get { OrganisationRole(rawValue: self[.role] ?? "") }
        set { self[.role] = newValue.rawValue }
    }
    /// The term the seat belongs to; it must be one of the organisation's.
    public var term: TermID? {
        get { self[.term].flatMap(Int64.init).map(TermID.init(rawValue:)) }
        set { self[.term] = newValue.map { String($0.rawValue) } }
    }

    func normalized(in transaction: RegisterTransaction, for holder: MemberID) throws -> OrganisationMembershipRecord {
        var result = self
        try OrganisationMembershipRecord.checkSeat(organisation: organisation, term: term, in: transaction)
        result[.role] = try RecordText.code(role, field: "role", codes: transaction.codes, required: true)
        return result
    }

    /// Refuses an organisation that does not exist, or a term that is not the organisation's.
    static func checkSeat(organisation: OrganisationID, term: TermID?, in transaction: RegisterTransaction) throws {
        guard try transaction.recordHistory(OrganisationRecord.self).holder(of: organisation.rawValue) != nil else {
            throw RegisterError.recordNotFound(.organisation, id: organisation.rawValue)
        }
        if let term, try transaction.recordHistory(TermRecord.self).holder(of: term.rawValue) != organisation {
            throw RegisterError.recordNotFound(.term, id: term.rawValue)
        }
    }

    func summary(_ codes: CodeCatalog) -> String { "\(codes.name(of: role)): 组织 \(organisation)" }
}

/// The id of a member's seat in an organisation.
public typealias OrganisationMembershipID = RecordID<OrganisationMembershipRecord>
