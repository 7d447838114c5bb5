/// A value the register refused: which field, which value, why, and (for imports) which row.
///
/// Thrown before anything is written: a write that meets a bad value writes nothing at all.
///
/// ```swift
/// do {
///     try register.add(record, effective: "2021-03-01", by: who)
/// } catch let error as ValidationError {
///     print(error.field, error.value, error.reason)   // document_number 11010519491231002Y checksum…
/// }
/// ```
public struct ValidationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Why a value was refused.
    public enum Reason: Hashable, Sendable, CustomStringConvertible {
        /// Required but empty.
        case missing
        /// Not a `YYYY-MM-DD` date that exists.
        case malformedDate
        /// Not an ISO 8601 timestamp.
        case malformedTimestamp
        /// A date in the future where only past dates make sense (a birth date).
        case futureDate
        /// A date before 1900, which no living member's record has.
        case implausibleDate
        /// The value does not have the expected shape; the payload says what was expected.
        case malformed(expected: String)
        /// The check character does not match; the payload is the character the standard computes.
        case checksum(expected: Character)
        /// Not a code, alias or name in the named code list.
        case unknownCode(list: CodeListID)
        /// Disagrees with another field: `field` holds `expected` according to this value.
        case mismatch(field: Field, expected: String)
        /// Longer than the field allows.
        case tooLong(maximum: Int)
        /// Holds a control character (the payload is its code point: 0 for NUL, 10 for a line break),
        /// which no field but free-text notes takes (notes take line breaks and tabs).
        case controlCharacter(UInt32)

        /// An English sentence for logs and the CLI.
        public var description: String {
            switch self {
            case .missing: "is required"
            case .malformedDate: "is not a valid date (expected YYYY-MM-DD)"
            case .malformedTimestamp: "is not a valid ISO 8601 timestamp"
            case .futureDate: "is in the future"
            case .implausibleDate: "is before 1900"
            case .malformed(let expected): "is malformed (expected \(expected))"
            case .checksum(let expected): "fails its check character (expected \(expected))"
            case .unknownCode(let list): "is not in the \(list) code list"
            case .mismatch(let field, let expected): "disagrees with \(field) (which should be \(expected))"
            case .tooLong(let maximum): "is longer than \(maximum) characters"
            case .controlCharacter(let code):
                "holds a control character (U+\(String(code, radix: 16, uppercase: true).leftPadded(to: 4)))"
            }
        }
    }

    /// The field, by its English column name: `.documentNumber`, `.birthDate`, `.category`.
    public var field: Field
    /// The offending value, as given.
    public var value: String
    /// Why it was refused.
    public var reason: Reason
    /// The 1-based row of the input it came from, when it came from a sheet (the header is row 1).
    public var row: Int?

    /// Creates an error for `field` holding `value`.
    public init(field: Field, value: String, reason: Reason, row: Int? = nil) {
        self.field = field
        self.value = value
        self.reason = reason
        self.row = row
    }

    /// `row 7: document_number "110105194912310021" fails its check character (expected 2)`.
    public var description: String {
        (row.map { "row \($0): " } ?? "") + "\(field) \"\(value)\" \(reason)"
    }
}
