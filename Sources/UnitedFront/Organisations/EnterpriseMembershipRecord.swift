/// An enterprise's membership of an organisation (a 商会's 会员企业, a 工商联 会员), from a date to a date.
/// Held by the enterprise.
///
/// ```swift
/// try transaction.add(EnterpriseMembershipRecord(organisation: chamber), for: dairy, effective: "2019-03-01")
/// ```
public struct EnterpriseMembershipRecord: StoredRecord {
    enum Field: String, RecordField {
        case status, organisation, role, term
    }

    /// ``RecordKind/enterpriseMembership``.
    public static let kind = RecordKind.enterpriseMembership
    /// Held by the enterprise.
    public typealias Holder = EnterpriseID
    var values: [String?]

    init(values: [String?]) { self.values = values }

    /// Membership of `organisation` as `role` (会员企业 unless said otherwise).
    public init(organisation: OrganisationID, role: OrganisationRole = .memberEnterprise) {
        self = .empty()
        self.organisation = organisation
        self.role = role
    }

    /// The organisation; it must be one of the register's.
    public var organisation: OrganisationID {
        get { OrganisationID(rawValue: self[.organisation].flatMap(Int64.init) ?? 0) }
        set { self[.organisation] = String(newValue.rawValue) }
    }
    /// 会员企业, or a seat such as 副会长单位.
    public var role: OrganisationRole {
        get { OrganisationRole(rawValue: self[.role] ?? "") }
        set { self[.role] = newValue.rawValue }
    }
    /// The term the membership belongs to; it must be one of the organisation's.
    public var term: TermID? {
        get { self[.term].flatMap(Int64.init).map(TermID.init(rawValue:)) }
        set { self[.term] = newValue.map { String($0.rawValue) } }
    }

    func normalized(in transaction: RegisterTransaction, for holder: EnterpriseID) throws -> EnterpriseMembershipRecord {
        var result = self
        try OrganisationMembershipRecord.checkSeat(organisation: organisation, term: term, in: transaction)
        result[.role] = try RecordText.code(role, field: "role", codes: transaction.codes, required: true)
        return result
    }

    func summary(_ codes: CodeCatalog) -> String { "\(codes.name(of: role)): 组织 \(organisation)" }
}

/// The id of an enterprise's membership of an organisation.
public typealias EnterpriseMembershipID = RecordID<EnterpriseMembershipRecord>
