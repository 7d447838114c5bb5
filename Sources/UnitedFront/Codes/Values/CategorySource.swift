/// 来源: how a member came to be recorded in a category (摸底, 推荐, 认定, 自报).
///
/// A ``CodedValue``: a static member holds the code; text (a code, name or alias) is resolved by the
/// register. See the `category_source` code list for every entry.
public struct CategorySource: CodedValue {
    /// The `category_source` code list.
    public static let list: CodeListID = .categorySource
    /// The code, or text still to be resolved.
    public let rawValue: String

    /// Wraps a code, or text still to be resolved.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// 摸底 (`SURVEY`).
    public static let survey: CategorySource = "SURVEY"
    /// 推荐 (`NOMINATED`).
    public static let nominated: CategorySource = "NOMINATED"
    /// 认定 (`CERTIFIED`).
    public static let certified: CategorySource = "CERTIFIED"
    /// 自报 (`SELF_REPORTED`).
    public static let selfReported: CategorySource = "SELF_REPORTED"
}
