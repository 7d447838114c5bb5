/// 国家和地区 (ISO 3166-1 alpha-3 codes, as GB/T 2659.1 adopts them): a document's issuing country, a residence.
///
/// A ``CodedValue``: a static member holds the code; text (a code, name or alias) is resolved by the
/// register. See the `country` code list for every entry.
public struct Country: CodedValue {
    /// The `country` code list.
    public static let list: CodeListID = .country
    /// The code, or text still to be resolved.
    public let rawValue: String

    /// Wraps a code, or text still to be resolved.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// 中国 (`CHN`).
    public static let china: Country = "CHN"
}
