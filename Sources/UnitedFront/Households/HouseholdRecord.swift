/// A household (户) for 侨情 surveys and 慰问 visits: its name, address, region and owning org unit, kept
/// field by field. Nobody holds it; members belong to it through ``HouseholdMembershipRecord``.
///
/// ```swift
/// var home = HouseholdRecord(name: "陈国华户")
/// home.address = "锡林浩特市锡林大街12号"
/// let id = try transaction.add(home, effective: "2015-01-01")
/// ```
public struct HouseholdRecord: StoredRecord {
    enum Field: String, RecordField {
        case status, name, address, region
        case orgUnit = "org_unit"
    }

    /// ``RecordKind/household``.
    public static let kind = RecordKind.household
    /// Nobody holds a household.
    public typealias Holder = NoHolder
    var values: [String?]

    init(values: [String?]) { self.values = values }

    /// A household called `name` (陈国华户).
    public init(name: String) {
        self = .empty()
        self.name = name
    }

    /// 户名: usually the 户主's name and 户.
    public var name: String {
        get { self[.name] ?? "" }
        set { self[.name] = newValue }
    }
    /// 住址.
    public var address: String? {
        get { self[.address] }
        set { self[.address] = newValue }
    }
    /// 所在区划: a GB/T 2260 code, or a 9- or 12-digit 统计用区划代码.
    public var region: String? {
        get { self[.region] }
        set { self[.region] = newValue }
    }
    /// The org unit (社区, 村) that owns the record.
    public var orgUnit: OrgUnitID? {
        get { self[.orgUnit].flatMap(Int64.init).map(OrgUnitID.init(rawValue:)) }
        set { self[.orgUnit] = newValue.map { String($0.rawValue) } }
    }

    func normalized(in transaction: RegisterTransaction, for holder: NoHolder) throws -> HouseholdRecord {
        var result = self
        result[.name] = try RecordText.normalized(self[.name], field: "name", required: true)
        result[.address] = try RecordText.normalized(address, field: "address")
        if let region = try RecordText.normalized(region, field: "region") {
            result[.region] = try transaction.validator.region(region)
        }
        if let unit = orgUnit, try transaction.orgUnitReader.unit(unit) == nil { throw RegisterError.orgUnitNotFound(unit) }
        return result
    }

    func summary(_ codes: CodeCatalog) -> String { name }
}

/// The id of a household.
public typealias HouseholdID = RecordID<HouseholdRecord>
