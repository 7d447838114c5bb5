/// A 统一社会信用代码 checked against GB 32100: 18 characters over `0-9A-HJ-NPQRTUWXY` (no I, O, Z, S, V),
/// the last one a check character.
///
/// ```swift
/// let code = try CreditCode("91350100M000100Y43")
/// ```
public struct CreditCode: Hashable, Sendable, CustomStringConvertible {
    /// The 18-character code, uppercased.
    public let value: String

    private static let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
    private static let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

    /// Validates `text` (surrounding spaces ignored, lowercase accepted).
    /// - Throws: ``ValidationError`` with reason `.malformed` or `.checksum`.
    public init(_ text: String, field: ValidationError.Field = "credit_code") throws(ValidationError) {
        let given = text.trimmingSpaces()
        let characters = Array(given.halfWidth().uppercased())
        var values: [Int] = []
        for character in characters {
            guard let value = Self.alphabet.firstIndex(of: character) else { break }
            values.append(value)
        }
        guard characters.count == 18, values.count == 18 else {
            throw ValidationError(
                field: field, value: given,
                reason: .malformed(expected: "18 characters from 0-9 and A-Y without I, O, S, V, Z"))
        }
        let expected = Self.checkCharacter(values)
        guard characters[17] == expected else {
            throw ValidationError(field: field, value: given, reason: .checksum(expected: expected))
        }
        self.value = String(characters)
    }

    /// The GB 32100 check character for the first 17 character values.
    static func checkCharacter(_ values: [Int]) -> Character {
        let sum = zip(values.prefix(17), weights).reduce(0) { $0 + $1.0 * $1.1 }
        return alphabet[(31 - sum % 31) % 31]
    }

    /// The code.
    public var description: String { value }
}
