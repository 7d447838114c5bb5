/// Reads the active (or archived) members as of a date one at a time, with their memberships that day, in id order:
/// what population reads and exports of a register of any size need.
///
/// Two cursors run side by side on the caller's connection and transaction, members and membership
/// intervals, both ordered by member id; only one member's rows are in memory at a time.
struct MemberStream {
    let connection: Connection
    let codes: CodeCatalog
    let date: LocalDate
    /// Active members, or archived ones.
    var status: MemberStatus = .active
    /// Only members with a membership that day in this category (a resolved code).
    var category: String? = nil
    /// Only members with a membership that day with one of these tiers (resolved codes).
    var tiers: Set<String> = []
    /// Only members owned that day by one of these org units (ids as stored); nil for no filter.
    var orgUnits: [String]? = nil
    var knowledge: Knowledge = .current
    /// A members query of the caller's in place of the filters above (``MemberQuerySQL``): rows laid out
    /// like ``memberSQL``'s (member id, the ``MemberField`` columns, `registered_on`, then any columns of
    /// the caller's), prepared afresh rather than cached, since its text varies with its filters.
    var query: (sql: String, arguments: [any DatabaseValueConvertible])? = nil
    /// Read each member's memberships with an indexed query of their own instead of a cursor running
    /// beside the members: for a query not in id order, or a short page of a large register.
    var membershipsPerMember = false

    /// Calls `body` for each member in id order.
    func forEach(_ body: (Member) throws -> Void) throws {
        try forEachRow { member, _ in try body(member) }
    }

    /// Calls `body` for each member in the query's order, with the statement positioned on its row.
    func forEachRow(_ body: (Member, Statement) throws -> Void) throws {
        let members: Statement
        if let query {
            members = try Statement(connection: connection, sql: query.sql)
            try members.bind(query.arguments)
        } else {
            members = try connection.cachedStatement(memberSQL.sql)
            try members.bind(memberSQL.arguments)
        }
        defer { members.reset() }
        let visible = knowledge.condition("c")
        let intervals = try connection.cachedStatement(membershipsPerMember ? """
            SELECT c.member_id, c.category, c.tier, c.source, c.valid_from, c.valid_to
            FROM member_category_history c WHERE c.member_id = ? AND \(visible.sql) AND c.valid_from <= ?
            ORDER BY c.category, c.valid_from
            """ : """
            SELECT c.member_id, c.category, c.tier, c.source, c.valid_from, c.valid_to
            FROM member_category_history c WHERE \(visible.sql) AND c.valid_from <= ?
            ORDER BY c.member_id, c.category, c.valid_from
            """)
        defer { intervals.reset() }

        let fieldCount = Int32(MemberField.allCases.count)
        var intervalsLeft = false
        if !membershipsPerMember {
            try intervals.bind(visible.arguments + [date])
            intervalsLeft = try intervals.step()
        }
        while try members.step() {
            let id = members.int64(0)
            let record = MemberRecord(values: MemberHistorySQL.values(members, from: 1))
            let registeredOn = try LocalDate.stored(members.text(fieldCount + 1))
            if membershipsPerMember {
                intervals.reset()
                try intervals.bind([id as any DatabaseValueConvertible] + visible.arguments + [date])
                intervalsLeft = try intervals.step()
            }
            while intervalsLeft, intervals.int64(0) < id { intervalsLeft = try intervals.step() }
            var memberships = MembershipAccumulator(on: date, codes: codes)
            while intervalsLeft, intervals.int64(0) == id {
                try memberships.add(category: intervals.text(1), tier: intervals.text(2), source: intervals.optionalText(3),
                                    validFrom: intervals.text(4), validTo: intervals.optionalText(5))
                intervalsLeft = try intervals.step()
            }
            try body(Member(id: MemberID(rawValue: id), record: record, registeredOn: registeredOn,
                            categories: memberships.memberships, codes: codes), members)
        }
    }

    /// The members query with its filters.
    private var memberSQL: (sql: String, arguments: [any DatabaseValueConvertible]) {
        let visible = knowledge.condition("h")
        var sql = """
            SELECT h.member_id, \(MemberField.columns(prefixedBy: "h")), m.registered_on
            FROM member_history h JOIN member m ON m.id = h.member_id
            WHERE \(visible.sql) AND h.valid_from <= ? AND (h.valid_to IS NULL OR h.valid_to > ?) AND h.status = ?
            """
        var arguments: [any DatabaseValueConvertible] = visible.arguments + [date, date, status.rawValue]
        if let orgUnits {
            sql += " AND h.org_unit IN (\(Array(repeating: "?", count: max(orgUnits.count, 1)).joined(separator: ", ")))"
            arguments += orgUnits.isEmpty ? [""] : orgUnits as [any DatabaseValueConvertible]
        }
        if category != nil || !tiers.isEmpty {
            let inCategory = knowledge.condition("c")
            sql += """
                 AND EXISTS (SELECT 1 FROM member_category_history c
                  WHERE c.member_id = h.member_id AND \(inCategory.sql)
                  AND c.valid_from <= ? AND (c.valid_to IS NULL OR c.valid_to > ?)
                """
            arguments += inCategory.arguments + [date, date]
            if let category {
                sql += " AND c.category = ?"
                arguments.append(category)
            }
            if !tiers.isEmpty {
                sql += " AND c.tier IN (\(Array(repeating: "?", count: tiers.count).joined(separator: ", ")))"
                arguments += tiers.sorted() as [any DatabaseValueConvertible]
            }
            sql += ")"
        }
        return (sql + " ORDER BY h.member_id", arguments)
    }
}
