/// An organisation the united-front work keeps in touch with: a 工商联, a 商会 (异地, 行业, 乡镇), a
/// 新联会, a 侨联, a 欧美同学会 …, kept like an enterprise, field by field. It has 届次 (``TermRecord``),
/// and people (``OrganisationMembershipRecord``) and enterprises (``EnterpriseMembershipRecord``)
/// belong to it with roles.
///
/// ```swift
/// var chamber = OrganisationRecord(name: "新城区锡林路街道商会", kind: "乡镇商会")
/// chamber.area = xilinStreet          // the 街道 it covers
/// chamber.parent = federation         // under the district 工商联
/// let id = try transaction.add(chamber, effective: "2019-03-01")
/// ```
public struct OrganisationRecord: StoredRecord {
    enum Field: String, RecordField {
        case status, name, kind, parent, area
        case orgUnit = "org_unit"
    }

    /// ``RecordKind/organisation``.
    public static let kind = RecordKind.organisation
    /// Nobody holds an organisation.
    public typealias Holder = NoHolder
    var values: [String?]

    init(values: [String?]) { self.values = values }

    /// An organisation called `name` of `kind`.
    public init(name: String, kind: OrganisationKind) {
        self = .empty()
        self.name = name
        self.kind = kind
    }

    /// 名称.
    public var name: String {
        get { self[.name] ?? "" }
        set { self[.name] = newValue }
    }
    /// 工商联, 商会 (异地, 行业, 乡镇), 新联会, 侨联, 欧美同学会 ….
    public var kind: OrganisationKind {
        get { OrganisationKind(rawValue: self[.kind] ?? "") }
        set { self[.kind] = newValue.rawValue }
    }
    /// The organisation it belongs under (a 商会 under its 工商联); it must exist.
    public var parent: OrganisationID? {
        get { self[.parent].flatMap(Int64.init).map(OrganisationID.init(rawValue:)) }
        set { self[.parent] = newValue.map { String($0.rawValue) } }
    }
    /// The org unit whose area it covers (a 乡镇商会's 街道, a 区 工商联's district), which decides
    /// ``RegisterSnapshot/chambers(covering:asOf:knownAt:)``.
    public var area: OrgUnitID? {
        get { self[.area].flatMap(Int64.init).map(OrgUnitID.init(rawValue:)) }
        set { self[.area] = newValue.map { String($0.rawValue) } }
    }
    /// The org unit that works with it (its 统战部).
    public var orgUnit: OrgUnitID? {
        get { self[.orgUnit].flatMap(Int64.init).map(OrgUnitID.init(rawValue:)) }
        set { self[.orgUnit] = newValue.map { String($0.rawValue) } }
    }

    /// The kinds that are 商会 (a 工商联 is not one).
    static let chamberKinds: Set<String> = ["CHAMBER", "CHAMBER_REMOTE", "CHAMBER_INDUSTRY", "CHAMBER_TOWNSHIP"]

    func normalized(in transaction: RegisterTransaction, for holder: NoHolder) throws -> OrganisationRecord {
        var result = self
        result[.name] = try RecordText.normalized(self[.name], field: "name", required: true)
        result[.kind] = try RecordText.code(kind, field: "kind", codes: transaction.codes, required: true)
        if let parent, try transaction.recordHistory(OrganisationRecord.self).holder(of: parent.rawValue) == nil {
            throw RegisterError.recordNotFound(.organisation, id: parent.rawValue)
        }
        for unit in [area, orgUnit].compactMap({ $0 }) where try transaction.orgUnitReader.unit(unit) == nil {
            throw RegisterError.orgUnitNotFound(unit)
        }
        return result
    }

    func summary(_ codes: CodeCatalog) -> String { name }

    /// An organisation that ends takes with it, that day, its terms and every seat and membership in it.
    static func didEnd(_ record: OrganisationRecord, id: Int64, for holder: NoHolder, effective: LocalDate,
                       in transaction: RegisterTransaction) throws {
        try transaction.endRecords(TermRecord.self, heldBy: OrganisationID(rawValue: id), id: id, on: effective)
        try transaction.endRecords(OrganisationMembershipRecord.self, naming: .organisation, id: id, on: effective)
        try transaction.endRecords(EnterpriseMembershipRecord.self, naming: .organisation, id: id, on: effective)
    }
}

/// The id of an organisation.
public typealias OrganisationID = RecordID<OrganisationRecord>
