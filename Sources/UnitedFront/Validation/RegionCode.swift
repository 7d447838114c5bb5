/// A GB/T 2260 administrative division code (6 digits) or its statistical extension (9-digit township,
/// 12-digit village), checked for shape: a valid province prefix and a digit count of 6, 9 or 12.
///
/// The full GB/T 2260 table is not shipped yet, so a well-formed code that does not exist passes.
public struct RegionCode: Hashable, Sendable, CustomStringConvertible {
    /// The digits.
    public let code: String

    /// Validates `text`.
    /// - Throws: ``ValidationError`` with reason `.malformed`.
    public init(_ text: String, field: ValidationError.Field = .region) throws(ValidationError) {
        let given = text.trimmingSpaces()
        let code = given.halfWidth()
        let provinces = 11...83
        guard [6, 9, 12].contains(code.count), code.allSatisfy({ $0.isASCII && $0.isNumber }),
            let province = Int(code.prefix(2)), provinces.contains(province)
        else {
            throw ValidationError(
                field: field, value: given,
                reason: .malformed(expected: "a 6-, 9- or 12-digit GB/T 2260 division code"))
        }
        self.code = code
    }

    /// The digits.
    public var description: String { code }
}
