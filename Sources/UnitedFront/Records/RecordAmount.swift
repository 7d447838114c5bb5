/// The shared checks of a record's whole-number values (amounts in 元, counts).
enum RecordAmount {
    /// `value` as stored text, nil for nil.
    /// - Throws: ``ValidationError`` naming `field` for a negative value or one above `maximum`.
    static func stored(_ value: Int64?, field: ValidationError.Field, maximum: Int64 = 1_000_000_000_000) throws -> String? {
        guard let value else { return nil }
        guard (0...maximum).contains(value) else {
            throw ValidationError(field: field, value: String(value), reason: .malformed(expected: "a whole number from 0 to \(maximum)"))
        }
        return String(value)
    }
}
