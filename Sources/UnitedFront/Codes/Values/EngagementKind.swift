/// 工作记录类型: the kind of an engagement record (走访, 座谈, 联谊 …). DOMAIN.md counts 座谈 and 联谊 as forums.
///
/// A ``CodedValue``: a static member holds the code; text (a code, name or alias) is resolved by the
/// register. See the `engagement_kind` code list for every entry.
public struct EngagementKind: CodedValue {
    /// The `engagement_kind` code list.
    public static let list: CodeListID = .engagementKind
    /// The code, or text still to be resolved.
    public let rawValue: String

    /// Wraps a code, or text still to be resolved.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// 走访 (`VISIT`).
    public static let visit: EngagementKind = "VISIT"

    /// 培训 (`TRAINING`).
    public static let training: EngagementKind = "TRAINING"

    /// 座谈 (`FORUM`).
    public static let forum: EngagementKind = "FORUM"

    /// 联谊 (`FELLOWSHIP`).
    public static let fellowship: EngagementKind = "FELLOWSHIP"

    /// 慰问 (`CONDOLENCE`).
    public static let condolence: EngagementKind = "CONDOLENCE"

    /// 建言 (`PROPOSAL`).
    public static let proposal: EngagementKind = "PROPOSAL"

    /// 问题诉求 (`PROBLEM`).
    public static let problem: EngagementKind = "PROBLEM"

    /// 社会服务 (`SERVICE`).
    public static let service: EngagementKind = "SERVICE"

    /// 捐赠 (`DONATION`).
    public static let donation: EngagementKind = "DONATION"

    /// 宣讲 (`TALK`).
    public static let talk: EngagementKind = "TALK"
}
