/// One-call forms of name search.
extension Register {
    /// Members by name, former name, work unit or pinyin; see ``RegisterSnapshot/searchMembers(_:limit:)``.
    /// - Throws: ``ValidationError`` (field `text`) for empty or blank text.
    public func searchMembers(_ text: String, limit: Int = 50) throws -> [MemberMatch] {
        try read { try $0.searchMembers(text, limit: limit) }
    }

    /// Async form of ``searchMembers(_:limit:)``.
    public func searchMembers(_ text: String, limit: Int = 50) async throws -> [MemberMatch] {
        try await perform { try $0.searchMembers(text, limit: limit) }
    }

    /// Enterprises by name, former name or pinyin; see ``RegisterSnapshot/searchEnterprises(_:limit:)``.
    /// - Throws: ``ValidationError`` (field `text`) for empty or blank text.
    public func searchEnterprises(_ text: String, limit: Int = 50) throws -> [EnterpriseMatch] {
        try read { try $0.searchEnterprises(text, limit: limit) }
    }

    /// Async form of ``searchEnterprises(_:limit:)``.
    public func searchEnterprises(_ text: String, limit: Int = 50) async throws -> [EnterpriseMatch] {
        try await perform { try $0.searchEnterprises(text, limit: limit) }
    }
}
