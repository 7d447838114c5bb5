/// A value from one code list: `Category.nonPartisan`, `Tier("代表人士")`, `Ethnicity("蒙古")`.
///
/// A value holds the text it was made from. Made from a static member (`.nonPartisan`) it holds the
/// code; made from text a person typed (a literal or ``init(_:)``) it may hold a code, a Chinese name or
/// an alias, which the register resolves against its code lists when the value is used, in one place
/// (``CodeCatalog/resolve(_:field:)``). Every value the register hands back holds the code, so compare
/// values read from the register with the static members.
///
/// ```swift
/// try register.enter(id, category: .nonPartisan, tier: .representative, source: .certified,
///                    effective: "2022-05-01", by: who)
/// try register.enter(id, category: Category(cell), effective: "2022-05-01", by: who)  // 无党派人士, 无党派 …
/// ```
public protocol CodedValue: RawRepresentable, Hashable, Sendable, Codable, ExpressibleByStringLiteral,
    CustomStringConvertible where RawValue == String, StringLiteralType == String
{
    /// The code list the values come from.
    static var list: CodeListID { get }
    /// Wraps a code, or text still to be resolved.
    init(rawValue: String)
}

extension CodedValue {
    /// A code, name or alias, as typed: resolved when the register uses it.
    public init(stringLiteral value: String) { self.init(rawValue: value) }

    /// A code, name or alias, as typed (a sheet cell, a command-line argument): resolved when the register
    /// uses it.
    public init(_ text: String) { self.init(rawValue: text) }

    /// The text the value holds: the code, for values the register hands back.
    public var description: String { rawValue }

    /// Decodes the text.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
