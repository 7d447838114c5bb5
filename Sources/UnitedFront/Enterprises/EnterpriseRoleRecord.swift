/// A member's role in an enterprise (出资人, 法定代表人, 董事长, 总经理, 高管 …), from a date to a date,
/// held by the member and read from both ends: the member's roles, and an enterprise's people
/// (``RegisterSnapshot/people(of:asOf:knownAt:)``).
///
/// ```swift
/// try transaction.add(EnterpriseRoleRecord(enterprise: dairy, role: .legalRepresentative), for: owner, effective: "2012-05-18")
/// ```
public struct EnterpriseRoleRecord: StoredRecord {
    enum Field: String, RecordField {
        case status, enterprise, role, share
    }

    /// ``RecordKind/enterpriseRole``.
    public static let kind = RecordKind.enterpriseRole
    var values: [String?]

    init(values: [String?]) { self.values = values }

    /// `role` in `enterprise`.
    public init(enterprise: EnterpriseID, role: EnterpriseRole) {
        self = .empty()
        self.enterprise = enterprise
        self.role = role
    }

    /// The enterprise; it must be one of the register's.
    public var enterprise: EnterpriseID {
        get { EnterpriseID(rawValue: self[.enterprise].flatMap(Int64.init) ?? 0) }
        set { self[.enterprise] = String(newValue.rawValue) }
    }
    /// 出资人, 法定代表人, 董事长, 总经理, 高管, 合伙人 ….
    public var role: EnterpriseRole {
        get { EnterpriseRole(rawValue: self[.role] ?? "") }
        set { self[.role] = newValue.rawValue }
    }
    /// 出资比例 as written (`35%`), for an 出资人.
    public var share: String? {
        get { self[.share] }
        set { self[.share] = newValue }
    }

    func normalized(in transaction: RegisterTransaction, for holder: MemberID) throws -> EnterpriseRoleRecord {
        var result = self
        guard try transaction.recordHistory(EnterpriseRecord.self).holder(of: enterprise.rawValue) != nil else {
            throw RegisterError.recordNotFound(.enterprise, id: enterprise.rawValue)
        }
        result[.role] = try RecordText.code(role, field: "role", codes: transaction.codes, required: true)
        result[.share] = try RecordText.normalized(share, field: "share")
        return result
    }

    func summary(_ codes: CodeCatalog) -> String { "\(codes.name(of: role)): 企业 \(enterprise)" }
}

/// The id of a member's role in an enterprise.
public typealias EnterpriseRoleID = RecordID<EnterpriseRoleRecord>
