import Foundation

/// A JSON value as the migration fixtures hold it (scripts/migration-fixtures/generator/Json.swift writes
/// the same shapes), read back from Foundation's parser and compared old against new.
indirect enum FixtureJSON: Hashable, CustomStringConvertible {
    case null
    case int(Int64)
    case string(String)
    case array([FixtureJSON])
    case object([String: FixtureJSON])

    init(_ text: String?) { self = text.map(FixtureJSON.string) ?? .null }
    init(_ value: Int64?) { self = value.map(FixtureJSON.int) ?? .null }

    /// Converts what `JSONSerialization` returns.
    init(parsed value: Any) throws {
        switch value {
        case is NSNull: self = .null
        case let text as String: self = .string(text)
        case let number as NSNumber: self = .int(number.int64Value)   // the fixtures hold no booleans
        case let array as [Any]: self = .array(try array.map { try FixtureJSON(parsed: $0) })
        case let object as [String: Any]: self = .object(try object.mapValues { try FixtureJSON(parsed: $0) })
        default: throw FixtureError("unexpected JSON value \(value)")
        }
    }

    subscript(key: String) -> FixtureJSON? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    var string: String? { if case .string(let text) = self { return text } else { return nil } }
    var int: Int64? { if case .int(let value) = self { return value } else { return nil } }
    var array: [FixtureJSON]? { if case .array(let values) = self { return values } else { return nil } }

    /// An array's elements in the order of their text (itself when not an array).
    var sortedElements: FixtureJSON {
        guard case .array(let values) = self else { return self }
        return .array(values.sorted { $0.description < $1.description })
    }

    /// A search answer without each match's matched text (the third element of each match).
    var droppingMatchedText: FixtureJSON {
        guard case .array(let matches) = self else { return self }
        return .array(matches.map { match in
            guard case .array(var parts) = match, parts.count > 2 else { return match }
            parts.remove(at: 2)
            return .array(parts)
        })
    }

    var description: String {
        switch self {
        case .null: "null"
        case .int(let value): "\(value)"
        case .string(let text): "\"\(text)\""
        case .array(let values): "[" + values.map(\.description).joined(separator: ",") + "]"
        case .object(let members): "{" + members.keys.sorted().map { "\"\($0)\":\(members[$0]!)" }.joined(separator: ",") + "}"
        }
    }

    /// Where `new` differs from `self`, the old value. Objects compare only the keys the old one has
    /// (fields later versions added are not in it); arrays compare length and every element.
    func differences(from new: FixtureJSON, at path: String = "") -> [String] {
        switch (self, new) {
        case (.object(let old), .object(let new)):
            return old.keys.sorted().flatMap { key -> [String] in
                guard let value = new[key] else { return ["\(path).\(key): missing"] }
                return old[key]!.differences(from: value, at: "\(path).\(key)")
            }
        case (.array(let old), .array(let new)):
            guard old.count == new.count else {
                return ["\(path): \(old.count) elements, now \(new.count): \(self) → \(FixtureJSON.array(new))"]
            }
            return zip(old, new).enumerated().flatMap { index, pair in pair.0.differences(from: pair.1, at: "\(path)[\(index)]") }
        default:
            return self == new ? [] : ["\(path): \(self) → \(new)"]
        }
    }
}

/// A fixture that cannot be read, or a read the test does not know.
struct FixtureError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
