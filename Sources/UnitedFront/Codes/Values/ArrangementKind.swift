/// 政治安排类别: the kind of a 政治安排 (人大代表, 政协委员, 特约人员, 团体职务).
///
/// A ``CodedValue``: a static member holds the code; text (a code, name or alias) is resolved by the
/// register. See the `arrangement_kind` code list for every entry.
public struct ArrangementKind: CodedValue {
    /// The `arrangement_kind` code list.
    public static let list: CodeListID = .arrangementKind
    /// The code, or text still to be resolved.
    public let rawValue: String

    /// Wraps a code, or text still to be resolved.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// 人大代表 (`NPC_DEPUTY`).
    public static let deputy: ArrangementKind = "NPC_DEPUTY"
    /// 政协委员 (`CPPCC_MEMBER`).
    public static let cppccMember: ArrangementKind = "CPPCC_MEMBER"
    /// 特约人员: 特约监察员, 特约检察员, 特约审计员 … (`SPECIAL_APPOINTEE`).
    public static let specialAppointee: ArrangementKind = "SPECIAL_APPOINTEE"
    /// 团体职务: a post in a 人民团体 or 工商联 (`ORGANISATION_POST`).
    public static let organisationPost: ArrangementKind = "ORGANISATION_POST"
}
