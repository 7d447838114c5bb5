/// Members queries: typed, composable filters run as one SQL statement, as of a date and as known at an
/// instant, paged by keyset, counted without loading rows, or streamed.
extension RegisterSnapshot {
    /// One page of the members `query` matches, in its order, each as of the query date with their
    /// memberships that day, and the cursor of the next page (nil when this page ends the results).
    ///
    /// ```swift
    /// let page = try snapshot.members(matching: MemberQuery(.minorityEthnicity && .under(district),
    ///                                                       asOf: "2022-12-31", order: .name, limit: 50))
    /// ```
    /// - Throws: ``ValidationError`` for an unknown code (naming its field), a negative age or limit, a
    ///   malformed or unknown region, an unknown workflow state or age band, empty text, or a cursor of
    ///   another order (field `after`).
    public func members(matching query: MemberQuery) throws -> MemberPage {
        var members: [Member] = []
        var last: MemberCursor?
        var more = false
        let sql = try querySQL(query)
        try stream(query, sql) { member, row in
            if let limit = query.limit, members.count == limit {
                more = true
                return
            }
            members.append(member)
            last = sql.cursor(member, row)
        }
        return MemberPage(members: members, next: more ? last : nil)
    }

    /// How many members `query` matches, whatever its order, cursor and limit: one `SELECT count(*)`
    /// that loads no member.
    /// - Throws: as ``members(matching:)``.
    public func count(matching query: MemberQuery) throws -> Int {
        let sql = try querySQL(query).count()
        return try connection.fetchOne(sql.sql, sql.arguments) { Int($0.int64(0)) } ?? 0
    }

    /// Calls `body` with each member `query` matches, in its order, after its cursor and up to its limit,
    /// one at a time: only one member is in memory at once, for a register of any size.
    ///
    /// **Threading.** `body` runs on the caller's thread inside the snapshot; it may read from the same
    /// snapshot.
    /// - Throws: as ``members(matching:)``, or what `body` throws (which ends the stream).
    public func forEachMember(matching query: MemberQuery, _ body: (Member) throws -> Void) throws {
        var seen = 0
        try stream(query, try querySQL(query)) { member, _ in
            if let limit = query.limit, seen == limit { return }
            seen += 1
            try body(member)
        }
    }

    private func querySQL(_ query: MemberQuery) throws -> MemberQuerySQL {
        MemberQuerySQL(query: query, codes: codes, date: query.asOf ?? today, knowledge: try Knowledge.at(query.knownAt, connection))
    }

    private func stream(_ query: MemberQuery, _ sql: MemberQuerySQL, _ body: (Member, Statement) throws -> Void) throws {
        let list = try sql.list()
        var stream = MemberStream(connection: connection, codes: codes, date: sql.date, knowledge: sql.knowledge)
        stream.query = list
        stream.membershipsPerMember = query.order != .id || query.limit != nil
        try stream.forEachRow(body)
    }
}
