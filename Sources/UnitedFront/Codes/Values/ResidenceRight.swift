/// 居留权: the right of residence a 华侨 holds in the country they live in, which decides the residence
/// test of the 归侨侨眷权益保护法 (Art. 2 and its official interpretation).
///
/// A ``CodedValue``: a static member holds the code; text (a code, name or alias) is resolved by the
/// register. See the `residence_right` code list for every entry.
public struct ResidenceRight: CodedValue {
    /// The `residence_right` code list.
    public static let list: CodeListID = .residenceRight
    /// The code, or text still to be resolved.
    public let rawValue: String

    /// Wraps a code, or text still to be resolved.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// 永久居留权 (`PERMANENT`).
    public static let permanent: ResidenceRight = "PERMANENT"
    /// 长期居留权 (`LONG_TERM`): a residence permit valid for 5 years or more.
    public static let longTerm: ResidenceRight = "LONG_TERM"
    /// 无长期或永久居留权, but legal residence (`NONE`).
    public static let none: ResidenceRight = "NONE"
}
