/// One-call forms of members queries; each reads one consistent snapshot.
extension Register {
    /// A page of the members a query matches; see ``RegisterSnapshot/members(matching:)``.
    public func members(matching query: MemberQuery) throws -> MemberPage {
        try read { try $0.members(matching: query) }
    }

    /// Async form of ``members(matching:)``.
    public func members(matching query: MemberQuery) async throws -> MemberPage {
        try await perform { try $0.members(matching: query) }
    }

    /// How many members a query matches; see ``RegisterSnapshot/count(matching:)``.
    public func count(matching query: MemberQuery) throws -> Int {
        try read { try $0.count(matching: query) }
    }

    /// Async form of ``count(matching:)``.
    public func count(matching query: MemberQuery) async throws -> Int {
        try await perform { try $0.count(matching: query) }
    }
}
