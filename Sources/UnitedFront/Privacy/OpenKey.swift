/// A key of an open set that a deployment may extend with its own: a ``DisclosurePurpose``, an
/// ``AccessRole``, an ``AccessAction``. The library names some as static members; any other key is as
/// valid (`AccessRole("township_secretary")`) and is stored and compared as its text.
///
/// Conforming types declare only `rawValue` and `init(rawValue:)`; the text initialiser, the literal and
/// the description come from here, and `Codable` from the standard library's `RawRepresentable` support
/// (a single string).
///
/// **Threading.** Conforming types are value types: `Sendable`.
public protocol OpenKey: RawRepresentable, Hashable, Sendable, Codable, ExpressibleByStringLiteral,
    CustomStringConvertible where RawValue == String, StringLiteralType == String
{
    /// Wraps a key.
    init(rawValue: String)
}

extension OpenKey {
    /// Wraps a key.
    public init(_ rawValue: String) { self.init(rawValue: rawValue) }

    /// A key literal.
    public init(stringLiteral value: String) { self.init(rawValue: value) }

    /// The key.
    public var description: String { rawValue }
}
