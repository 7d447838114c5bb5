/// A field of an org unit's record, by its column name. Each has its own effective-dated history, like a
/// member's fields.
enum OrgUnitField: String, HistoryField {
    case name
    case kind
    case parent = "parent_id"
    case region
    case status

    var index: Int {
        switch self {
        case .name: 0
        case .kind: 1
        case .parent: 2
        case .region: 3
        case .status: 4
        }
    }

    /// `name, kind, parent_id, region, status`: the data columns of `org_unit` and `org_unit_history`.
    static let columnList = allCases.map(\.rawValue).joined(separator: ", ")
}
