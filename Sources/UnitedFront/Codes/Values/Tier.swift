/// 代表层级: how prominent a member is within a category.
///
/// A ``CodedValue``: a static member holds the code; text (a code, name or alias) is resolved by the
/// register. See the `tier` code list for every entry.
public struct Tier: CodedValue {
    /// The `tier` code list.
    public static let list: CodeListID = .tier
    /// The code, or text still to be resolved.
    public let rawValue: String

    /// Wraps a code, or text still to be resolved.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// 一般 (`GENERAL`).
    public static let general: Tier = "GENERAL"
    /// 代表人士 (`REPRESENTATIVE`).
    public static let representative: Tier = "REPRESENTATIVE"
    /// 重点代表人士 (`KEY_REPRESENTATIVE`).
    public static let keyRepresentative: Tier = "KEY_REPRESENTATIVE"
    /// 后备 (`RESERVE`).
    public static let reserve: Tier = "RESERVE"
}
