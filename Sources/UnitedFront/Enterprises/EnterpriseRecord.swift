/// An enterprise (民营企业, 外商投资企业, 个体工商户 …), keyed by its 统一社会信用代码 (GB 32100), kept like
/// a member: each field has its own dated history, and it ends (注销, 吊销) on a date. Nobody holds it;
/// people hold roles in it (``EnterpriseRoleRecord``), and it holds its 万企兴万村 pairings
/// (``PairingRecord``) and its memberships of organisations (``EnterpriseMembershipRecord``).
///
/// ```swift
/// var enterprise = EnterpriseRecord(creditCode: "91150100MA0N2XYZ1A", name: "内蒙古草原乳业有限公司")
/// enterprise.industry = "14"              // 食品制造业 (大类); a 门类 letter also works
/// enterprise.scale = .medium
/// let id = try transaction.add(enterprise, effective: "2012-05-18")
/// ```
///
/// The credit code is checked (GB 32100 check character) and unique: no two enterprises hold the same
/// code on any date.
public struct EnterpriseRecord: StoredRecord {
    enum Field: String, RecordField {
        case status
        case creditCode = "credit_code"
        case name
        case formerNames = "former_names"
        case industry, scale, ownership
        case foundedOn = "founded_on"
        case address, region
        case orgUnit = "org_unit"
    }

    /// ``RecordKind/enterprise``.
    public static let kind = RecordKind.enterprise
    /// Nobody holds an enterprise.
    public typealias Holder = NoHolder
    var values: [String?]

    init(values: [String?]) { self.values = values }

    /// An enterprise with its credit code and name.
    public init(creditCode: String, name: String) {
        self = .empty()
        self.creditCode = creditCode
        self.name = name
    }

    /// 统一社会信用代码 (GB 32100), 18 characters, stored uppercased.
    public var creditCode: String {
        get { self[.creditCode] ?? "" }
        set { self[.creditCode] = newValue }
    }
    /// 企业名称. Its earlier values stay in the history; ``formerNames`` holds names from before it was
    /// registered here.
    public var name: String {
        get { self[.name] ?? "" }
        set { self[.name] = newValue }
    }
    /// 曾用名 from before the enterprise was registered here.
    public var formerNames: String? {
        get { self[.formerNames] }
        set { self[.formerNames] = newValue }
    }
    /// 行业 (GB/T 4754-2017): a 门类 letter or a 大类 code.
    public var industry: Industry? {
        get { self[.industry].map(Industry.init(rawValue:)) }
        set { self[.industry] = newValue?.rawValue }
    }
    /// 企业规模: 大型, 中型, 小型, 微型.
    public var scale: EnterpriseScale? {
        get { self[.scale].map(EnterpriseScale.init(rawValue:)) }
        set { self[.scale] = newValue?.rawValue }
    }
    /// 登记注册类型: 私营企业, 外商投资企业 ….
    public var ownership: OwnershipType? {
        get { self[.ownership].map(OwnershipType.init(rawValue:)) }
        set { self[.ownership] = newValue?.rawValue }
    }
    /// 成立日期.
    public var foundedOn: LocalDate? {
        get { self[.foundedOn].flatMap { try? LocalDate.stored($0) } }
        set { self[.foundedOn] = newValue?.iso8601 }
    }
    /// 地址.
    public var address: String? {
        get { self[.address] }
        set { self[.address] = newValue }
    }
    /// 所在区划: a GB/T 2260 code, or a 9- or 12-digit 统计用区划代码.
    public var region: String? {
        get { self[.region] }
        set { self[.region] = newValue }
    }
    /// The org unit that owns the record (the 统战部 or 街道 that works with the enterprise).
    public var orgUnit: OrgUnitID? {
        get { self[.orgUnit].flatMap(Int64.init).map(OrgUnitID.init(rawValue:)) }
        set { self[.orgUnit] = newValue.map { String($0.rawValue) } }
    }

    func normalized(in transaction: RegisterTransaction, for holder: NoHolder) throws -> EnterpriseRecord {
        var result = self
        let codes = transaction.codes
        result[.creditCode] = try CreditCode(self[.creditCode] ?? "").value
        result[.name] = try RecordText.normalized(self[.name], field: "name", required: true)
        result[.formerNames] = try RecordText.normalized(formerNames, field: "former_names")
        result[.industry] = try RecordText.code(industry, field: "industry", codes: codes)
        result[.scale] = try RecordText.code(scale, field: "scale", codes: codes)
        result[.ownership] = try RecordText.code(ownership, field: "ownership", codes: codes)
        result[.address] = try RecordText.normalized(address, field: "address")
        if let region = try RecordText.normalized(region, field: "region") {
            result[.region] = try transaction.validator.region(region)
        }
        if let unit = orgUnit, try transaction.orgUnitReader.unit(unit) == nil { throw RegisterError.orgUnitNotFound(unit) }
        return result
    }

    func summary(_ codes: CodeCatalog) -> String { "\(name) (\(creditCode))" }

    /// An enterprise that ends (注销) takes with it, that day, its pairings, its memberships of
    /// organisations and the roles people hold in it.
    static func didEnd(_ record: EnterpriseRecord, id: Int64, for holder: NoHolder, effective: LocalDate,
                       in transaction: RegisterTransaction) throws {
        try transaction.endRecords(PairingRecord.self, heldBy: EnterpriseID(rawValue: id), id: id, on: effective)
        try transaction.endRecords(EnterpriseMembershipRecord.self, heldBy: EnterpriseID(rawValue: id), id: id, on: effective)
        try transaction.endRecords(EnterpriseRoleRecord.self, naming: .enterprise, id: id, on: effective)
    }

    /// Keeps the enterprise's names in the name-search index.
    static func didStore(_ id: Int64, in connection: Connection) throws {
        try NameIndex.enterpriseChanged(id, in: connection)
    }

    /// Refuses a credit code that another enterprise holds (on any date, as the register knows it now).
    static func check(_ id: Int64, in transaction: RegisterTransaction) throws {
        let clash = try transaction.connection.fetchOne("""
            SELECT o.credit_code, o.record_id FROM enterprise_history h
            JOIN enterprise_history o ON o.credit_code = h.credit_code AND o.record_id <> h.record_id AND o.superseded_by IS NULL
            WHERE h.record_id = ? AND h.superseded_by IS NULL LIMIT 1
            """, [id]) { (code: $0.text(0), existing: EnterpriseID(rawValue: $0.int64(1))) }
        if let clash { throw RegisterError.duplicateCreditCode(clash.code, existing: clash.existing) }
    }
}

/// The id of an enterprise.
public typealias EnterpriseID = RecordID<EnterpriseRecord>
