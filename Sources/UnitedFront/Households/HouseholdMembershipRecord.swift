/// A member's place in a household, from a date to a date: the 户主, or their relation to the 户主
/// (GB/T 4761 家庭关系, code list `relation`). Held by the member.
///
/// ```swift
/// try transaction.add(HouseholdMembershipRecord(household: home), for: uncle, effective: "2015-01-01")   // 户主
/// try transaction.add(HouseholdMembershipRecord(household: home, relation: "妻"), for: aunt, effective: "2015-01-01")
/// ```
public struct HouseholdMembershipRecord: StoredRecord {
    enum Field: String, RecordField {
        case status, household, relation
    }

    /// ``RecordKind/householdMembership``.
    public static let kind = RecordKind.householdMembership
    var values: [String?]

    init(values: [String?]) { self.values = values }

    /// A place in `household`: its 户主 when `relation` is nil, else what this member is to the 户主
    /// (妻, 子, 女 …).
    public init(household: HouseholdID, relation: Relation? = nil) {
        self = .empty()
        self.household = household
        self.relation = relation
    }

    /// The household; it must be one of the register's.
    public var household: HouseholdID {
        get { HouseholdID(rawValue: self[.household].flatMap(Int64.init) ?? 0) }
        set { self[.household] = String(newValue.rawValue) }
    }
    /// What the member is to the 户主 (妻, 子 …); nil for the 户主.
    public var relation: Relation? {
        get { self[.relation].map(Relation.init(rawValue:)) }
        set { self[.relation] = newValue?.rawValue }
    }

    func normalized(in transaction: RegisterTransaction, for holder: MemberID) throws -> HouseholdMembershipRecord {
        var result = self
        guard try transaction.recordHistory(HouseholdRecord.self).holder(of: household.rawValue) != nil else {
            throw RegisterError.recordNotFound(.household, id: household.rawValue)
        }
        result[.relation] = try RecordText.code(relation, field: "relation", codes: transaction.codes)
        return result
    }

    func summary(_ codes: CodeCatalog) -> String {
        "户 \(household)" + (relation.map { " (\(codes.name(of: $0)))" } ?? " (户主)")
    }
}

/// The id of a member's place in a household.
public typealias HouseholdMembershipID = RecordID<HouseholdMembershipRecord>
