/// 民族, GB/T 3304 (56 groups with two-digit codes).
///
/// A ``CodedValue``: a static member holds the code; text (a code, name or alias) is resolved by the
/// register. See the `ethnicity` code list for every entry.
public struct Ethnicity: CodedValue {
    /// The `ethnicity` code list.
    public static let list: CodeListID = .ethnicity
    /// The code, or text still to be resolved.
    public let rawValue: String

    /// Wraps a code, or text still to be resolved.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// 汉族 (`01`).
    public static let han: Ethnicity = "01"
}
