/// Finding members by their identifying data inside a write: what importers need to dedupe.
extension RegisterTransaction {
    /// The member holding the document `type` (a code, name or alias) `number`, including this
    /// transaction's writes; nil when nobody does or when the type or number is not valid (a citizen
    /// ID is normalised first: `x` → `X`, 15 digits → 18).
    ///
    /// **Threading.** Use it only inside the ``Register/write(by:_:)`` closure.
    /// - Throws: ``DatabaseError``.
    public func memberID(documentType type: String, documentNumber number: String) throws -> MemberID? {
        guard let type = codes[.documentType]?.lookup(type)?.code else { return nil }
        var normalized = number.trimmingSpaces().uppercased()
        guard !normalized.isEmpty else { return nil }
        if type == DocumentType.residentIdentityCard || type == DocumentType.residencePermitForHKMacaoTaiwan {
            guard let id = try? CitizenID(normalized) else { return nil }
            normalized = id.number
        }
        return try connection.fetchOne(
            "SELECT id FROM member WHERE document_type = ? AND document_number = ?", [type, normalized]
        ) { MemberID(rawValue: $0.int64(0)) }
    }

    /// The members whose current record has this name and birth date, in id order, including this
    /// transaction's writes: candidates for "possibly the same person".
    ///
    /// **Threading.** Use it only inside the ``Register/write(by:_:)`` closure.
    /// - Throws: ``DatabaseError``.
    public func memberIDs(named name: String, bornOn birthDate: LocalDate) throws -> [MemberID] {
        try connection.fetchAll(
            "SELECT id FROM member WHERE name = ? AND birth_date = ? ORDER BY id", [name.trimmingSpaces(), birthDate]
        ) { MemberID(rawValue: $0.int64(0)) }
    }
}
