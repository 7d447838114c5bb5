import Foundation
import UnitedFront

/// Parsers for the values command-line options take: dates, instants, years and ids.
///
/// Used as `@Option(transform:)` closures; a bad value becomes a usage error from swift-argument-parser
/// that quotes the value and says what was expected.
enum ArgumentValues {
    /// A `YYYY-MM-DD` date.
    @Sendable
    static func date(_ text: String) throws -> LocalDate {
        try LocalDate(iso8601: text, field: "date")
    }

    /// An instant: ISO 8601 (`2021-03-20T10:00:00+08:00`), or a bare date meaning the *end* of that day
    /// in China Standard Time, so that "known at 2021-03-10" includes everything recorded that day.
    @Sendable
    static func instant(_ text: String) throws -> Timestamp {
        if let day = try? LocalDate(iso8601: text) { return Timestamp(endOf: day) }
        return try Timestamp(iso8601: text, field: "instant")
    }

    /// A member id: a positive whole number.
    @Sendable
    static func memberID(_ text: String) throws -> MemberID {
        guard let value = Int64(text), value > 0 else {
            throw UnitedFront.ValidationError(field: "id", value: text, reason: .malformed(expected: "a positive whole number"))
        }
        return MemberID(rawValue: value)
    }

    /// A member id named by an option (`--relative`): a positive whole number; `field` names the option
    /// in the error.
    static func memberID(named field: UnitedFront.ValidationError.Field) -> @Sendable (String) throws -> MemberID {
        { text in
            guard let value = Int64(text), value > 0 else {
                throw UnitedFront.ValidationError(field: field, value: text, reason: .malformed(expected: "a positive whole number"))
            }
            return MemberID(rawValue: value)
        }
    }

    /// An org unit id: a positive whole number.
    @Sendable
    static func orgUnitID(_ text: String) throws -> OrgUnitID {
        guard let value = Int64(text), value > 0 else {
            throw UnitedFront.ValidationError(field: "unit", value: text, reason: .malformed(expected: "a positive whole number"))
        }
        return OrgUnitID(rawValue: value)
    }

    /// The id of a dated record (a post, a pool entry …): a positive whole number. `field` names the
    /// argument in the error (`post`, `pool_entry`).
    static func recordID<Record>(_ field: UnitedFront.ValidationError.Field) -> @Sendable (String) throws -> RecordID<Record> {
        { text in
            guard let value = Int64(text), value > 0 else {
                throw UnitedFront.ValidationError(field: field, value: text, reason: .malformed(expected: "a positive whole number"))
            }
            return RecordID(rawValue: value)
        }
    }

    /// A workflow id: a positive whole number.
    @Sendable
    static func workflowID(_ text: String) throws -> WorkflowID {
        guard let value = Int64(text), value > 0 else {
            throw UnitedFront.ValidationError(field: "workflow", value: text, reason: .malformed(expected: "a positive whole number"))
        }
        return WorkflowID(rawValue: value)
    }

    /// A `KEY=VALUE` pair (`political_status=群众`): the key before the first `=`, trimmed and not empty;
    /// the value after it, as given.
    @Sendable
    static func keyValue(_ text: String) throws -> KeyValue {
        guard let equals = text.firstIndex(of: "="),
              case let key = text[..<equals].trimmingCharacters(in: .whitespaces), !key.isEmpty
        else {
            throw UnitedFront.ValidationError(field: "field", value: text, reason: .malformed(expected: "KEY=VALUE"))
        }
        return KeyValue(key: key, value: String(text[text.index(after: equals)...]))
    }

    /// An amount in 元: a whole number, 0 or more (the register checks the upper bound).
    @Sendable
    static func amount(_ text: String) throws -> Int64 {
        guard let value = Int64(text), value >= 0 else {
            throw UnitedFront.ValidationError(field: "amount", value: text, reason: .malformed(expected: "a whole number of 元"))
        }
        return value
    }

    /// A calendar year, 1900–9999.
    @Sendable
    static func year(_ text: String) throws -> Int {
        guard let value = Int(text), (1900...9999).contains(value) else {
            throw UnitedFront.ValidationError(field: "year", value: text, reason: .malformed(expected: "a year such as 2024"))
        }
        return value
    }
}

/// A `KEY=VALUE` option value: `--field political_status=群众`.
struct KeyValue: Hashable, Sendable {
    /// The key, trimmed.
    var key: String
    /// The value, as given.
    var value: String
}
