/// The shared checks of a record's free-text values: trimmed, no control characters, not too long, and
/// present where required.
enum RecordText {
    /// `value` trimmed, nil when empty.
    /// - Throws: ``ValidationError`` naming `field`: a control character, too long, or missing when
    ///   `required`.
    static func normalized(_ value: String?, field: ValidationError.Field, required: Bool = false) throws -> String? {
        let text = value?.trimmingSpaces() ?? ""
        for scalar in text.unicodeScalars where scalar.properties.generalCategory == .control {
            throw ValidationError(field: field, value: text, reason: .controlCharacter(scalar.value))
        }
        guard text.count <= RecordValidator.maximumTextLength else {
            throw ValidationError(field: field, value: text, reason: .tooLong(maximum: RecordValidator.maximumTextLength))
        }
        if text.isEmpty, required { throw ValidationError(field: field, value: value ?? "", reason: .missing) }
        return text.isEmpty ? nil : text
    }

    /// Free-text notes trimmed, nil when empty: like ``normalized(_:field:required:)`` but line breaks and
    /// tabs are kept and the limit is ``RecordValidator/maximumNotesLength``.
    /// - Throws: ``ValidationError`` naming `field`: another control character, or too long.
    static func notes(_ value: String?, field: ValidationError.Field) throws -> String? {
        let text = value?.trimmingSpaces() ?? ""
        do {
            try RecordValidator.checkCharacters(text, field: .notes)
        } catch var error as ValidationError {
            error.field = field
            throw error
        }
        guard text.count <= RecordValidator.maximumNotesLength else {
            throw ValidationError(field: field, value: text, reason: .tooLong(maximum: RecordValidator.maximumNotesLength))
        }
        return text.isEmpty ? nil : text
    }

    /// The code `value` resolves to in its list, nil for nil or empty.
    /// - Throws: ``ValidationError`` naming `field` for an unknown value, or a missing one when `required`.
    static func code<Value: CodedValue>(_ value: Value?, field: ValidationError.Field, codes: CodeCatalog,
                                        required: Bool = false) throws -> String? {
        guard let value, !value.rawValue.trimmingSpaces().isEmpty else {
            if required { throw ValidationError(field: field, value: value?.rawValue ?? "", reason: .missing) }
            return nil
        }
        return try codes.resolve(value, field: field).rawValue
    }
}
