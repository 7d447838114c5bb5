/// Validates a ``MemberRecord`` and brings it to stored form: codes for coded fields, trimmed text,
/// normalised numbers, birth date and sex filled from a citizen ID. The one home of the rules every entry
/// point (the API, the importer, the CLI) goes through.
struct RecordValidator {
    let codes: CodeCatalog
    /// The register's today: birth dates after it are refused.
    let today: LocalDate

    /// The longest text any free-text field takes.
    static let maximumTextLength = 200
    /// The longest note.
    static let maximumNotesLength = 4000

    /// Fields typed as numbers, dates or codes: full-width forms a Chinese input method types are read as
    /// ASCII before they are checked.
    private static let asciiFields: Set<MemberField> = [.birthDate, .documentNumber, .mobile, .email, .region]

    /// The record in stored form.
    /// - Throws: ``ValidationError`` naming the first offending field.
    func normalized(_ record: MemberRecord) throws -> MemberRecord {
        var result = record
        for field in MemberField.allCases where field != .status {
            guard var value = record[field]?.trimmingSpaces() else { continue }
            try Self.checkCharacters(value, field: field)
            if Self.asciiFields.contains(field) { value = value.halfWidth().trimmingSpaces() }
            result[field] = value.isEmpty ? nil : value
        }
        guard result[.name] != nil else { throw ValidationError(field: .name, value: record.name, reason: .missing) }
        if result[.documentType] == nil { result.documentType = .residentIdentityCard }

        for field in MemberField.allCases {
            guard let list = field.codeList, let given = result[field] else { continue }
            result[field] = try codes.resolve(given, in: list, field: ValidationError.Field(field))
        }
        for field in MemberField.allCases where field.codeList == nil && field != .status {
            guard let value = result[field] else { continue }
            let maximum = field == .notes ? Self.maximumNotesLength : Self.maximumTextLength
            guard value.count <= maximum else {
                throw ValidationError(field: ValidationError.Field(field), value: value, reason: .tooLong(maximum: maximum))
            }
        }
        if let given = result[.birthDate] {
            let date = try LocalDate(iso8601: given, field: .birthDate)
            guard date.year >= 1900 else { throw ValidationError(field: .birthDate, value: given, reason: .implausibleDate) }
            guard date <= today else { throw ValidationError(field: .birthDate, value: given, reason: .futureDate) }
        }
        try normalizeDocument(&result)
        if let mobile = result[.mobile] { result[.mobile] = try MobileNumber(mobile).digits }
        if let email = result[.email] { try Self.checkEmail(email) }
        if let region = result[.region] { result[.region] = try self.region(region) }
        if let unit = result[.orgUnit], Int64(unit).map({ $0 > 0 }) != true {
            throw ValidationError(field: .orgUnit, value: unit, reason: .malformed(expected: "an org unit id"))
        }
        return result
    }

    /// A region code in stored form, which must lie in a known GB/T 2260 division.
    /// - Throws: ``ValidationError`` for a malformed code or one of no division.
    func region(_ text: String, field: ValidationError.Field = .region) throws -> String {
        let code = try RegionCode(text, field: field).code
        guard codes.division(containing: code) != nil else {
            throw ValidationError(field: field, value: text, reason: .unknownCode(list: .division))
        }
        return code
    }

    private func normalizeDocument(_ record: inout MemberRecord) throws {
        let type = record.documentType
        if let country = record.documentCountry, !type.hasIssuingCountry {
            throw ValidationError(
                field: .documentCountry, value: country.rawValue,
                reason: .malformed(expected: "no issuing country: only passports and other documents name one"))
        }
        // A document number may be unknown yet (a survey lead); identity then rests on the member id.
        guard let number = record[.documentNumber] else { return }
        guard type.isCitizenIDFormat else {
            let normalized = number.uppercased()
            let allowed = normalized.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" || $0 == "(" || $0 == ")" }
            guard allowed, (4...30).contains(normalized.count) else {
                throw ValidationError(
                    field: .documentNumber, value: number,
                    reason: .malformed(expected: "4 to 30 letters, digits, hyphens or parentheses"))
            }
            record[.documentNumber] = normalized
            return
        }
        let id = try CitizenID(number, field: .documentNumber, today: today)
        if type == .residencePermitForHKMacaoTaiwan, !["81", "82", "83"].contains(id.addressCode.prefix(2)) {
            throw ValidationError(
                field: .documentNumber, value: number,
                reason: .malformed(expected: "a residence permit number starting 810000, 820000 or 830000"))
        }
        record[.documentNumber] = id.number
        if let birth = record[.birthDate], birth != id.birthDate.iso8601 {
            throw ValidationError(
                field: .birthDate, value: birth, reason: .mismatch(field: .documentNumber, expected: id.birthDate.iso8601))
        }
        record.birthDate = id.birthDate
        if let sex = record.sex, sex == .male || sex == .female, sex != id.sex {
            throw ValidationError(field: .sex, value: sex.rawValue, reason: .mismatch(field: .documentNumber, expected: id.sex.rawValue))
        }
        if record.sex == nil || record.sex == .unknown { record.sex = id.sex }
    }

    /// Refuses control characters (NUL, escape …) inside a value (leading and trailing white space is
    /// trimmed first): SQLite's text functions stop at a NUL, and a line break in a name is a sheet whose
    /// quoting went wrong. Free-text notes may hold line breaks and tabs.
    static func checkCharacters(_ value: String, field: MemberField) throws {
        // General category Cc is exactly U+0000–U+001F and U+007F–U+009F: compared on UTF-8 bytes, whose
        // lead bytes below 0x80 are the ASCII ones and 0xC2 0x80–0x9F the C1 ones.
        var utf8 = value.utf8.makeIterator()
        var previous: UInt8 = 0
        while let byte = utf8.next() {
            defer { previous = byte }
            let isControl = byte < 0x20 || byte == 0x7F || (previous == 0xC2 && (0x80...0x9F).contains(byte))
            guard isControl else { continue }
            if field == .notes && (byte == 0x0A || byte == 0x0D || byte == 0x09) { continue }
            // The scalar is the byte itself: U+0000–U+007F, or U+0080–U+009F after 0xC2.
            throw ValidationError(field: ValidationError.Field(field), value: value, reason: .controlCharacter(UInt32(byte)))
        }
    }

    /// A plausible address: one `@`, a dot in the domain, no spaces.
    static func checkEmail(_ email: String) throws {
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."),
            !parts[1].hasSuffix("."), !email.contains(where: \.isWhitespace)
        else {
            throw ValidationError(field: .email, value: email, reason: .malformed(expected: "name@domain.tld"))
        }
    }
}
