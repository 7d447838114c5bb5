/// 性别, GB/T 2261.1.
///
/// A ``CodedValue``: a static member holds the code; text (a code, name or alias) is resolved by the
/// register. See the `sex` code list for every entry.
public struct Sex: CodedValue {
    /// The `sex` code list.
    public static let list: CodeListID = .sex
    /// The code, or text still to be resolved.
    public let rawValue: String

    /// Wraps a code, or text still to be resolved.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// 未知的性别 (`0`).
    public static let unknown: Sex = "0"
    /// 男性 (`1`).
    public static let male: Sex = "1"
    /// 女性 (`2`).
    public static let female: Sex = "2"
    /// 未说明的性别 (`9`).
    public static let unstated: Sex = "9"
}
