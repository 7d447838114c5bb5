/// 政治安排职务: the role held in the body (主席/主任, 副主席/副主任, 常委, 委员/代表).
///
/// A ``CodedValue``: a static member holds the code; text (a code, name or alias) is resolved by the
/// register. See the `arrangement_role` code list for every entry.
public struct ArrangementRole: CodedValue {
    /// The `arrangement_role` code list.
    public static let list: CodeListID = .arrangementRole
    /// The code, or text still to be resolved.
    public let rawValue: String

    /// Wraps a code, or text still to be resolved.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// 主席, 主任 (`CHAIR`).
    public static let chair: ArrangementRole = "CHAIR"
    /// 副主席, 副主任 (`VICE_CHAIR`).
    public static let viceChair: ArrangementRole = "VICE_CHAIR"
    /// 秘书长 (`SECRETARY_GENERAL`).
    public static let secretaryGeneral: ArrangementRole = "SECRETARY_GENERAL"
    /// 常委 (`STANDING_MEMBER`).
    public static let standingMember: ArrangementRole = "STANDING_MEMBER"
    /// 委员, 代表 (`MEMBER`).
    public static let member: ArrangementRole = "MEMBER"
}
