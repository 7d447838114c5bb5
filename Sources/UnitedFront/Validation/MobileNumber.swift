/// A mainland China mobile number: 11 digits, `1` then `3`–`9`.
///
/// Spaces, hyphens and a `+86`/`86`/`0086` prefix are accepted and removed: `+86 138-0013-8000` is
/// stored as `13800138000`.
public struct MobileNumber: Hashable, Sendable, CustomStringConvertible {
    /// The 11 digits.
    public let digits: String

    /// Validates and normalises `text`.
    /// - Throws: ``ValidationError`` with reason `.malformed`.
    public init(_ text: String, field: ValidationError.Field = .mobile) throws(ValidationError) {
        let given = text.trimmingSpaces()
        var digits = String(given.halfWidth().filter { $0 != " " && $0 != "-" && $0 != "\u{3000}" })
        for prefix in ["+86", "0086"] where digits.hasPrefix(prefix) { digits.removeFirst(prefix.count) }
        if digits.count == 13, digits.hasPrefix("86") { digits.removeFirst(2) }
        let characters = Array(digits)
        guard characters.count == 11, characters.allSatisfy({ $0.isASCII && $0.isNumber }),
            characters[0] == "1", ("3"..."9").contains(characters[1])
        else {
            throw ValidationError(field: field, value: given, reason: .malformed(expected: "an 11-digit mobile number 1[3-9]…"))
        }
        self.digits = digits
    }

    /// The 11 digits.
    public var description: String { digits }
}
