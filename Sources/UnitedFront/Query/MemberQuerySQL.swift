/// Builds the one statement a ``MemberQuery`` runs: `member m CROSS JOIN member_history h` (each member
/// once, in id order, then their history row in force on the date through `member_history_by_member`;
/// or, for a query of one region as known now, that region's current history rows first: ``drivesByRegion``),
/// the status, the filter (``MemberFilterSQL``), the order's sort key, the keyset condition after the
/// cursor and the page limit, all with bound parameters.
struct MemberQuerySQL {
    typealias Fragment = MemberFilterSQL.Fragment

    let query: MemberQuery
    let codes: CodeCatalog
    let date: LocalDate
    let knowledge: Knowledge

    /// The column of the sort key in ``list()``'s rows.
    static let keyColumn = Int32(MemberField.allCases.count) + 2

    /// The index the history rows are read through when the query keeps one region and reads current
    /// knowledge (schema/021_member_region_index.sql).
    static let regionIndex = "member_history_current_by_region"

    /// Whether the query walks one region's current history rows first (``regionIndex``) rather than
    /// every member: when the filter requires a region (a `.region` leaf in its top-level `&&` chain)
    /// and the query reads what the register knows now, the only case the partial index serves.
    var drivesByRegion: Bool {
        guard case .current = knowledge else { return false }
        func requiresRegion(_ node: MemberFilter.Node) -> Bool {
            switch node {
            case .region: true
            case .and(let lhs, let rhs): requiresRegion(lhs) || requiresRegion(rhs)
            default: false
            }
        }
        return requiresRegion(query.filter.node)
    }

    /// `FROM … WHERE …` shared by the list and the count.
    private func from() throws -> Fragment {
        let visible = knowledge.condition("h")
        let tables = drivesByRegion
            ? "member_history h INDEXED BY \(Self.regionIndex) CROSS JOIN member m"
            : "member m CROSS JOIN member_history h"
        var sql = """
            FROM \(tables)
            WHERE h.member_id = m.id AND \(visible.sql) AND h.valid_from <= ? AND (h.valid_to IS NULL OR h.valid_to > ?)
            """
        var arguments: [any DatabaseValueConvertible] = visible.arguments + [date, date]
        if let status = query.status {
            sql += " AND h.status = ?"
            arguments.append(status.rawValue)
        }
        let filter = try MemberFilterSQL(codes: codes, date: date, knowledge: knowledge).condition(query.filter.node)
        if filter.sql != "1" {
            sql += "\n  AND (\(filter.sql))"
            arguments += filter.arguments
        }
        return (sql, arguments)
    }

    /// `SELECT count(*)`: the members the filter keeps, whatever the page.
    func count() throws -> Fragment {
        let from = try from()
        return ("SELECT count(*) " + from.sql, from.arguments)
    }

    /// The page: member id, the ``MemberField`` columns, `registered_on`, the sort key; at most
    /// `limit + 1` rows, so that the caller knows whether a next page exists.
    func list() throws -> Fragment {
        if let limit = query.limit, limit < 0 {
            throw ValidationError(field: "limit", value: String(limit), reason: .malformed(expected: "a limit of 0 or more"))
        }
        if let after = query.after, after.order != query.order {
            throw ValidationError(field: "after", value: after.description,
                                  reason: .malformed(expected: "a cursor of the \(query.order.rawValue) order"))
        }
        let key = sortKey
        let from = try from()
        var sql = "SELECT h.member_id, \(MemberField.columns(prefixedBy: "h")), m.registered_on, \(key.sql)\n" + from.sql
        var arguments = key.arguments + from.arguments
        if let after = query.after {
            let keyset = try self.keyset(after, key)
            sql += "\n  AND \(keyset.sql)"
            arguments += keyset.arguments
        }
        sql += "\nORDER BY " + orderBy
        if let limit = query.limit {
            sql += " LIMIT ?"
            arguments.append(limit + 1)
        }
        return (sql, arguments)
    }

    /// The sort key of the order, as a SQL expression, and its arguments.
    private var sortKey: Fragment {
        switch query.order {
        case .id: return ("NULL", [])
        case .name: return ("h.name", [])
        case .birthDate: return ("h.birth_date", [])
        case .recentlyChanged:
            var sql = "(SELECT coalesce(max(l.changeset_id), 0) FROM change_log l WHERE l.member_id = h.member_id AND l.effective_on <= ?"
            var arguments: [any DatabaseValueConvertible] = [date]
            if case .upTo(let changeset) = knowledge {
                sql += " AND l.changeset_id <= ?"
                arguments.append(changeset)
            }
            return (sql + ")", arguments)
        }
    }

    private var orderBy: String {
        switch query.order {
        case .id: "m.id"
        case .name: "h.name COLLATE \(NameOrder.collationName), h.member_id"
        case .birthDate: "h.birth_date IS NULL, h.birth_date, h.member_id"
        case .recentlyChanged: "\(Self.keyColumn + 1) DESC, h.member_id"
        }
    }

    /// Strictly after the cursor in the order.
    private func keyset(_ after: MemberCursor, _ key: Fragment) throws -> Fragment {
        let id = after.memberID.rawValue
        switch query.order {
        case .id:
            return ("m.id > ?", [id])
        case .name:
            guard let name = after.key else { throw malformed(after) }
            let collate = "COLLATE \(NameOrder.collationName)"
            return ("(h.name \(collate) > ? OR (h.name \(collate) = ? AND h.member_id > ?))", [name, name, id])
        case .birthDate:
            guard let born = after.key else { return ("(h.birth_date IS NULL AND h.member_id > ?)", [id]) }
            return ("(h.birth_date IS NULL OR h.birth_date > ? OR (h.birth_date = ? AND h.member_id > ?))", [born, born, id])
        case .recentlyChanged:
            guard let text = after.key, let changeset = Int64(text) else { throw malformed(after) }
            return ("(\(key.sql) < ? OR (\(key.sql) = ? AND h.member_id > ?))",
                    key.arguments + [changeset] + key.arguments + [changeset, id])
        }
    }

    private func malformed(_ cursor: MemberCursor) -> ValidationError {
        ValidationError(field: "after", value: cursor.description, reason: .malformed(expected: "a cursor of the \(query.order.rawValue) order"))
    }

    /// The cursor of the member on the current row of a statement running ``list()``.
    func cursor(_ member: Member, _ row: Statement) -> MemberCursor {
        let key: String? = switch query.order {
        case .id: nil
        case .name, .birthDate: row.optionalText(Self.keyColumn)
        case .recentlyChanged: String(row.int64(Self.keyColumn))
        }
        return MemberCursor(order: query.order, key: key, memberID: member.id)
    }
}
