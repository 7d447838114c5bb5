/// 组织单元类型: what an org unit is (统战部, 街道, 乡镇/苏木, 社区, 村/嘎查, 网格, 部门, 单位).
///
/// A ``CodedValue``: a static member holds the code; text (a code, name or alias) is resolved by the
/// register. See the `org_unit_kind` code list.
public struct OrgUnitKind: CodedValue {
    /// The `org_unit_kind` code list.
    public static let list: CodeListID = .orgUnitKind
    /// The code, or text still to be resolved.
    public let rawValue: String

    /// Wraps a code, or text still to be resolved.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// 统战部 (`UF_DEPARTMENT`): a united-front work department, at 市 or 区(旗) level.
    public static let unitedFrontDepartment: OrgUnitKind = "UF_DEPARTMENT"
    /// 街道 (`SUBDISTRICT`).
    public static let subdistrict: OrgUnitKind = "SUBDISTRICT"
    /// 乡镇, 苏木 (`TOWNSHIP`).
    public static let township: OrgUnitKind = "TOWNSHIP"
    /// 社区 (`COMMUNITY`).
    public static let community: OrgUnitKind = "COMMUNITY"
    /// 村, 嘎查 (`VILLAGE`).
    public static let village: OrgUnitKind = "VILLAGE"
    /// 网格 (`GRID`).
    public static let grid: OrgUnitKind = "GRID"
    /// 部门 (`DEPARTMENT`): a department of a Party or government body.
    public static let department: OrgUnitKind = "DEPARTMENT"
    /// 单位 (`UNIT`): an employer or institution that nominates people.
    public static let unit: OrgUnitKind = "UNIT"
}
