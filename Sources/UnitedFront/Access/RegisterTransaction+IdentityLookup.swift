/// Finding members by their identifying data inside a write: what importers need to dedupe.
extension RegisterTransaction {
    /// The member holding the document `type` `number` (issued by `country`, for documents that name
    /// one), including this transaction's writes; nil when nobody does or when the type or number is not
    /// valid (a citizen ID is normalised first: `x` → `X`, 15 digits → 18, full-width digits to ASCII).
    ///
    /// **Threading.** Use it only inside the ``Register/write(by:_:)`` closure.
    /// - Throws: ``DatabaseError``.
    public func memberID(documentType type: DocumentType, documentNumber number: String, country: Country? = nil) throws -> MemberID? {
        try IdentityLookup(connection: connection, codes: codes).member(documentType: type, number: number, country: country)
    }

    /// The members whose current record has this name and birth date, in id order, including this
    /// transaction's writes: candidates for "possibly the same person".
    ///
    /// **Threading.** Use it only inside the ``Register/write(by:_:)`` closure.
    /// - Throws: ``DatabaseError``.
    public func memberIDs(named name: String, bornOn birthDate: LocalDate) throws -> [MemberID] {
        try IdentityLookup(connection: connection, codes: codes).members(named: name, bornOn: birthDate)
    }
}
