/// 学历, GB/T 4658.
///
/// A ``CodedValue``: a static member holds the code; text (a code, name or alias) is resolved by the
/// register. See the `education` code list for every entry.
public struct Education: CodedValue {
    /// The `education` code list.
    public static let list: CodeListID = .education
    /// The code, or text still to be resolved.
    public let rawValue: String

    /// Wraps a code, or text still to be resolved.
    public init(rawValue: String) { self.rawValue = rawValue }
}
