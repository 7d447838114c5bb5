/// Finds members by identifying data on one connection: the look-ups a transaction (dedupe inside an
/// import) and a snapshot (a reader's "who holds this ID?") share.
struct IdentityLookup {
    let connection: Connection
    let codes: CodeCatalog

    /// The member whose current record holds the document; nil when nobody does or the type or number
    /// is not valid.
    func member(documentType type: DocumentType, number: String, country: Country?) throws -> MemberID? {
        guard let type = codes.code(type).map({ DocumentType(rawValue: $0.code) }) else { return nil }
        let country = country.flatMap { codes.code($0)?.code }
        var normalized = number.trimmingSpaces().halfWidth().uppercased()
        guard !normalized.isEmpty else { return nil }
        if type.isCitizenIDFormat {
            guard let id = try? CitizenID(normalized) else { return nil }
            normalized = id.number
        }
        return try connection.fetchOne("""
            SELECT id FROM member
            WHERE document_type = ? AND coalesce(document_country, '') = coalesce(?, '') AND document_number = ?
            """, [type.rawValue, country, normalized]) { MemberID(rawValue: $0.int64(0)) }
    }

    /// The members whose current record has this name and birth date, in id order.
    func members(named name: String, bornOn birthDate: LocalDate) throws -> [MemberID] {
        try connection.fetchAll(
            "SELECT id FROM member WHERE name = ? AND birth_date = ? ORDER BY id", [name.trimmingSpaces(), birthDate]
        ) { MemberID(rawValue: $0.int64(0)) }
    }
}
