/// What an org unit is at one moment: its name, kind, parent in the tree and region. What you pass to
/// ``RegisterTransaction/addOrgUnit(_:effective:)`` and edit in ``RegisterTransaction/changeOrgUnit(_:effective:_:)``.
///
/// ```swift
/// var street = OrgUnitRecord(name: "锡林路街道", kind: .subdistrict, parent: district)
/// street.region = "150102001"
/// ```
public struct OrgUnitRecord: Hashable, Sendable {
    /// The values in ``OrgUnitField`` order.
    var values: [String?]

    /// A unit with a name and kind, under `parent` (nil: a root, such as a city's 统战部).
    public init(name: String, kind: OrgUnitKind, parent: OrgUnitID? = nil) {
        values = Array(repeating: nil, count: OrgUnitField.allCases.count)
        self.name = name
        self.kind = kind
        self.parent = parent
        self[.status] = OrgUnitStatus.active.rawValue
    }

    init(values: [String?]) { self.values = values }

    subscript(field: OrgUnitField) -> String? {
        get { values[field.index] }
        set { values[field.index] = newValue }
    }

    /// 名称.
    public var name: String {
        get { self[.name] ?? "" }
        set { self[.name] = newValue }
    }
    /// 类型: a code, name or alias (`.subdistrict`, `"街道"`); stored as the code.
    public var kind: OrgUnitKind {
        get { OrgUnitKind(rawValue: self[.kind] ?? "") }
        set { self[.kind] = newValue.rawValue }
    }
    /// 上级单位: the unit above it in the tree; nil for a root.
    public var parent: OrgUnitID? {
        get { self[.parent].flatMap(Int64.init).map(OrgUnitID.init(rawValue:)) }
        set { self[.parent] = newValue.map { String($0.rawValue) } }
    }
    /// 区划: a GB/T 2260 code, or a 9- or 12-digit 统计用区划代码 for townships and villages.
    public var region: String? {
        get { self[.region] }
        set { self[.region] = newValue }
    }
    /// Active or dissolved; changed only by ``RegisterTransaction/dissolveOrgUnit(_:effective:)``.
    public internal(set) var status: OrgUnitStatus {
        get { self[.status].flatMap(OrgUnitStatus.init(rawValue:)) ?? .active }
        set { self[.status] = newValue.rawValue }
    }
}

/// Whether an org unit exists on a date: a dissolved unit keeps its history.
public enum OrgUnitStatus: String, Hashable, Sendable, Codable, CaseIterable {
    /// The unit exists and may own members and units.
    case active
    /// The unit was dissolved (merged, abolished) effective on a date.
    case dissolved
}
