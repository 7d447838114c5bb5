import Foundation

/// A JSON document built in code, encoded with `JSONEncoder` (sorted keys, slashes not escaped).
///
/// Unlike synthesised `Codable`, empty values are written as `null` rather than left out, so every
/// object of a kind has the same keys.
enum JSONValue: Encodable, Equatable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
    /// `null`.
    case null
    /// A string.
    case string(String)
    /// A whole number.
    case integer(Int64)
    /// `true` or `false`.
    case bool(Bool)
    /// An array.
    case array([JSONValue])
    /// An object; keys are written sorted.
    case object([String: JSONValue])

    /// A string, or `null` for nil.
    static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

    /// A string literal.
    init(stringLiteral value: String) { self = .string(value) }

    /// An integer literal.
    init(integerLiteral value: Int64) { self = .integer(value) }

    /// Encodes the value as the JSON it stands for.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .string(let text): try container.encode(text)
        case .integer(let number): try container.encode(number)
        case .bool(let flag): try container.encode(flag)
        case .array(let items): try container.encode(items)
        case .object(let members): try container.encode(members)
        }
    }

    /// The value as pretty-printed JSON text with sorted keys and unescaped slashes; empty arrays and
    /// objects print as `[]` and `{}`.
    func rendered() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let text = String(decoding: try encoder.encode(self), as: UTF8.self)
        // Line breaks inside JSON strings are escaped, so a bracket, a line break and only white space
        // up to the closing bracket is an empty array or object.
        return text.replacingOccurrences(of: #"\[\n\s*\]"#, with: "[]", options: .regularExpression)
            .replacingOccurrences(of: #"\{\n\s*\}"#, with: "{}", options: .regularExpression)
    }
}
