/// Runs a name search on the index: what ``RegisterSnapshot/searchMembers(_:limit:)`` and
/// ``RegisterSnapshot/searchEnterprises(_:limit:)`` share.
///
/// One statement: the matching index rows (by `search_term_gram` or the trigram index, never a scan of a
/// history table), the best-ranked row of each owner, ordered by rank, the current name in pinyin order
/// (`COLLATE PINYIN`), then id. Of an owner's rows of one rank, the one whose text is the current name wins,
/// then the smallest text: the same answer however the index was built (write by write, or at open).
struct NameSearch {
    let connection: Connection

    /// One owner's best match: owner id, current name, matched text, field and rank.
    struct Hit {
        var owner: Int64
        var name: String
        var text: String
        var field: NameMatchField
        var rank: NameMatchRank
    }

    /// The text refused when it is blank, else folded.
    static func folded(_ text: String) throws -> String {
        guard !text.trimmingSpaces().isEmpty else { throw ValidationError(field: "text", value: text, reason: .missing) }
        return NameFolding.fold(text)
    }

    /// The SQL of a search of `owner`'s entries for `folded`, and its arguments.
    static func statement(owner: String, folded: String, limit: Int) -> (sql: String, arguments: [any DatabaseValueConvertible]) {
        let terms = NameSearchSQL.matchingTerms(NameSearchSQL.lookup(folded))
        let length = folded.unicodeScalars.count
        let sql = """
            SELECT t.owner_id, coalesce(n.text, ''), min((CASE
                WHEN t.field = 'name' AND f.folded = ? THEN 0
                WHEN t.field = 'name' AND substr(f.folded, 1, ?) = ? THEN 1
                WHEN t.field = 'name' THEN 2
                WHEN t.field = 'former_name' AND f.folded = ? THEN 3
                WHEN t.field = 'former_name' THEN 4
                WHEN t.field = 'pinyin' AND substr(f.folded, 1, ?) = ? THEN 5
                WHEN t.field = 'pinyin' THEN 6
                ELSE 7 END) || (CASE WHEN t.text = n.text THEN '0' ELSE '1' END) || t.text) AS best
            FROM (\(terms.sql)) AS hit
            CROSS JOIN search_term f ON f.id = hit.id
            CROSS JOIN search_text t ON t.term_id = hit.id
            LEFT JOIN search_text n ON n.owner = t.owner AND n.owner_id = t.owner_id AND n.field = 'name'
            WHERE t.owner = ?
            GROUP BY t.owner_id
            ORDER BY substr(best, 1, 1), coalesce(n.text, '') COLLATE \(NameOrder.collationName), t.owner_id
            LIMIT ?
            """
        let arguments: [any DatabaseValueConvertible] = [folded, Int64(length), folded, folded, Int64(length), folded]
            + terms.arguments + [owner, Int64(max(0, limit))]
        return (sql, arguments)
    }

    /// The best match of each owner of kind `owner` (``NameIndex/member`` or ``NameIndex/enterprise``).
    func search(owner: String, text: String, limit: Int) throws -> [Hit] {
        let folded = try Self.folded(text)
        guard NameSearchSQL.lookup(folded) != .nothing, limit > 0 else { return [] }
        try connection.performPendingWorkEarly()  // a write searching sees its own names
        let (sql, arguments) = Self.statement(owner: owner, folded: folded, limit: limit)
        return try connection.fetchAll(sql, arguments) { row in
            let best = row.text(2)  // rank digit, 0 for the current name's own text, the text
            let rank = Int(String(best.prefix(1))).flatMap(NameMatchRank.init(rawValue:)) ?? .workUnit
            return Hit(owner: row.int64(0), name: row.text(1), text: String(best.dropFirst(2)), field: rank.field, rank: rank)
        }
    }
}
