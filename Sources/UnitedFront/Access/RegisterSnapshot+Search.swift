/// Name search: members by name, former name, work unit or pinyin; enterprises by name.
extension RegisterSnapshot {
    /// The members whose name, earlier name, 曾用名, work unit or pinyin contains `text`, best first (see
    /// ``NameMatchRank``: the exact name, then names beginning with the text, names containing it, former
    /// names, pinyin, work units; ties in pinyin order of the current name, then by id), at most `limit`.
    ///
    /// Any substring works, one character (王) as well as more (其木格); pinyin in full or as initials,
    /// toneless and in any case (`wuyunqimuge`, `WYQMG`, `shan` for 单 as a surname); the middle dot in any
    /// form or none (乌云·其木格, 乌云•其木格, 乌云其木格); traditional or simplified (陳 finds 陈). Every name
    /// a member has had is searched, as the register knows it now, whatever the member's status: a member
    /// renamed in 2020 is found by the old name (as a ``NameMatchField/formerName``).
    ///
    /// The text is plain text: quotes, `*`, `OR`, `NEAR`, SQL and control characters are searched for, never
    /// interpreted; text that folds to nothing (only dots or control characters) finds nobody.
    /// - Throws: ``ValidationError`` (field `text`) for empty or blank text; ``DatabaseError``.
    public func searchMembers(_ text: String, limit: Int = 50) throws -> [MemberMatch] {
        try NameSearch(connection: connection).search(owner: NameIndex.member, text: text, limit: limit).map {
            MemberMatch(member: MemberID(rawValue: $0.owner), name: $0.name, matchedText: $0.text, field: $0.field, rank: $0.rank)
        }
    }

    /// The enterprises whose name, earlier name, 曾用名 or the pinyin of one contains `text`, best first, at
    /// most `limit`; the same rules as ``searchMembers(_:limit:)``.
    /// - Throws: ``ValidationError`` (field `text`) for empty or blank text; ``DatabaseError``.
    public func searchEnterprises(_ text: String, limit: Int = 50) throws -> [EnterpriseMatch] {
        try NameSearch(connection: connection).search(owner: NameIndex.enterprise, text: text, limit: limit).map {
            EnterpriseMatch(enterprise: EnterpriseID(rawValue: $0.owner), name: $0.name, matchedText: $0.text,
                            field: $0.field, rank: $0.rank)
        }
    }
}
