/// Runs SQLite's checks and the history model's invariants over one connection, in SQL, table by table.
///
/// Table names come from the schema and ``RecordKind/all``, never from users. Tables a database lacks
/// (one from an older schema) are skipped. A check that cannot run because the file is damaged becomes a
/// finding of that check, so a damaged file gives a report rather than an error.
struct IntegrityChecker {
    let connection: Connection
    let quick: Bool

    /// One check on one table: its SQL returns the ids of the failing rows.
    private struct Step {
        let check: IntegrityCheck
        let table: String?
        let run: (Connection) throws -> [IntegrityFinding]
    }

    /// Runs every check, reporting `(done, total)` after each.
    func report(progress: ((Int, Int) -> Void)? = nil) throws -> IntegrityReport {
        let steps = try plan()
        var findings: [IntegrityFinding] = []
        for (index, step) in steps.enumerated() {
            do {
                findings += try step.run(connection)
            } catch let error as DatabaseError {
                findings.append(IntegrityFinding(check: step.check, table: step.table,
                                                 detail: "could not run on \(step.table ?? "the file"): \(error.message)"))
            }
            progress?(index + 1, steps.count)
        }
        return IntegrityReport(findings: findings, checksRun: steps.count, quick: quick)
    }

    // MARK: Planning

    private func plan() throws -> [Step] {
        var steps = [sqliteStep(), foreignKeyStep()]
        let tables: Set<String>
        do {
            tables = Set(try connection.fetchAll("SELECT name FROM sqlite_master WHERE type = 'table'") { $0.text(0) })
        } catch {
            return steps  // the schema itself is unreadable: SQLite's checks say why
        }
        var columns: [String: Set<String>] = [:]
        for table in tables.sorted() where !table.hasPrefix("sqlite_") && !table.hasPrefix("search_term_trigram") {
            columns[table] = Set(try connection.fetchAll("SELECT name FROM pragma_table_info(?)", [table]) { $0.text(0) })
        }
        // Every changeset a row names exists; rows are superseded no earlier than they were written.
        for table in columns.keys.sorted() where table != "changeset" {
            let names = columns[table]!
            let references = ["changeset_id", "superseded_by", "created_in", "changed_in", "registered_in"].filter(names.contains)
            if !references.isEmpty {
                let condition = references.map { "(\($0) IS NOT NULL AND \($0) NOT IN (SELECT id FROM changeset))" }
                    .joined(separator: " OR ")
                let id = names.contains("id") ? "id" : names.contains("member_id") ? "member_id" : "rowid"
                steps.append(rows(.changesetExists, table, "SELECT \(id) FROM \(table) WHERE \(condition)",
                                  "name a changeset that does not exist"))
            }
        }
        if tables.contains("changeset") {
            steps.append(rows(.changesetOrder, "changeset", """
                SELECT id FROM (SELECT id, recorded_at, lag(recorded_at) OVER (ORDER BY id) AS previous FROM changeset)
                WHERE recorded_at < previous
                """, "were recorded before the changeset preceding them"))
        }
        for history in historyTables(tables) {
            steps += historySteps(history, columns: columns[history.table] ?? [])
        }
        steps += currentSteps(tables, columns: columns)
        steps += recordSteps(tables, columns: columns)
        if tables.contains("search_text") && tables.contains("member") {
            steps.append(rows(.nameIndex, "member", """
                SELECT m.id FROM member m WHERE NOT EXISTS (
                  SELECT 1 FROM search_text s WHERE s.owner = 'member' AND s.owner_id = m.id AND s.field = 'name' AND s.text = m.name)
                """, "have a name the name-search index does not hold"))
        }
        if tables.contains("search_term") && tables.contains("search_term_trigram_docsize") {
            // The library writes the trigram index itself (026_search_terms): one FTS5 document per term, no
            // more, no fewer (FTS5's own 'integrity-check' needs a writable connection), and no term unheld.
            steps.append(rows(.nameIndex, "search_term", """
                SELECT id FROM search_term EXCEPT SELECT id FROM search_term_trigram_docsize
                """, "are missing from the trigram index"))
            steps.append(rows(.nameIndex, "search_term_trigram", """
                SELECT id FROM search_term_trigram_docsize EXCEPT SELECT id FROM search_term
                """, "index text that search_term no longer holds"))
            steps.append(rows(.nameIndex, "search_term", """
                SELECT s.id FROM search_term s WHERE NOT EXISTS (SELECT 1 FROM search_text t WHERE t.term_id = s.id)
                """, "are held by nobody"))
        }
        if tables.contains("access_log") {
            steps.append(Step(check: .accessLogChain, table: "access_log") { connection in
                guard let broken = try AccessLog(connection: connection).firstBreak() else { return [] }
                return [IntegrityFinding(check: .accessLogChain, table: "access_log", rowIDs: [broken.id], detail: broken.why)]
            })
        }
        return steps
    }

    /// A history table, the column naming its fact, and where that fact's current row lives.
    private struct History {
        let table: String
        /// `member_id`, `unit_id`, `record_id`.
        let key: String
        /// The columns that, with `key`, name one fact (`category` for memberships).
        let group: [String]
        /// The current-state table whose rows each have exactly one open interval, and its id column.
        let owner: (table: String, id: String)?
    }

    private func historyTables(_ tables: Set<String>) -> [History] {
        var list = [History(table: "member_history", key: "member_id", group: [], owner: ("member", "id")),
                    History(table: "member_category_history", key: "member_id", group: ["category"], owner: nil),
                    History(table: "org_unit_history", key: "unit_id", group: [], owner: ("org_unit", "id"))]
        list += RecordKind.all.map { History(table: "\($0.id)_history", key: "record_id", group: [], owner: ($0.id, "id")) }
        return list.filter { tables.contains($0.table) && ($0.owner.map { tables.contains($0.table) } ?? true) }
    }

    private func historySteps(_ history: History, columns: Set<String>) -> [Step] {
        let table = history.table, key = history.key
        let same = ([key] + history.group).map { "a.\($0) = b.\($0)" }.joined(separator: " AND ")
        var steps = [
            rows(.intervalOrder, table, "SELECT id FROM \(table) WHERE valid_to IS NOT NULL AND valid_to <= valid_from",
                 "end on or before the day they begin"),
            rows(.supersededOrder, table, "SELECT id FROM \(table) WHERE superseded_by < changeset_id",
                 "are superseded by a changeset older than their own"),
            rows(.noOverlap, table, """
                SELECT a.id FROM \(table) a JOIN \(table) b ON \(same) AND a.id <> b.id
                WHERE a.superseded_by IS NULL AND b.superseded_by IS NULL
                  AND a.valid_from < coalesce(b.valid_to, '9999-12-31') AND b.valid_from < coalesce(a.valid_to, '9999-12-31')
                """, "overlap another current interval of the same fact"),
        ]
        if let owner = history.owner {
            steps.append(rows(.oneOpenInterval, owner.table, """
                SELECT o.\(owner.id) FROM \(owner.table) o LEFT JOIN \(table) h ON h.\(key) = o.\(owner.id) AND h.superseded_by IS NULL
                GROUP BY o.\(owner.id) HAVING sum(h.valid_to IS NULL) IS NOT 1
                """, "do not have exactly one open current interval in \(table)"))
            steps.append(rows(.contiguous, table, """
                SELECT a.id FROM \(table) a
                WHERE a.superseded_by IS NULL
                  AND a.valid_from > (SELECT min(f.valid_from) FROM \(table) f WHERE f.\(key) = a.\(key) AND f.superseded_by IS NULL)
                  AND NOT EXISTS (SELECT 1 FROM \(table) b WHERE b.\(key) = a.\(key) AND b.superseded_by IS NULL AND b.valid_to = a.valid_from)
                """, "begin after a gap in their fact's current history"))
        } else {
            let groupColumns = ([key] + history.group).joined(separator: ", ")
            steps.append(rows(.oneOpenInterval, table, """
                SELECT min(id) FROM \(table) WHERE superseded_by IS NULL AND valid_to IS NULL
                GROUP BY \(groupColumns) HAVING count(*) > 1
                """, "are one of several open current intervals of the same fact"))
        }
        return steps
    }

    /// `member`, `member_category` and `org_unit` hold the open current interval of their history.
    private func currentSteps(_ tables: Set<String>, columns: [String: Set<String>]) -> [Step] {
        var steps: [Step] = []
        if tables.contains("member"), let history = columns["member_history"], let current = columns["member"] {
            let shared = current.intersection(history).subtracting(["id", "valid_from", "valid_to", "changeset_id", "superseded_by", "points"])
            let differs = shared.sorted().map { "m.\($0) IS NOT h.\($0)" }.joined(separator: " OR ")
            steps.append(rows(.currentEqualsHistory, "member", """
                SELECT m.id FROM member m LEFT JOIN member_history h
                  ON h.member_id = m.id AND h.superseded_by IS NULL AND h.valid_to IS NULL
                WHERE h.id IS NULL OR \(differs)
                """, "differ from their open current history row"))
            steps.append(rows(.currentEqualsHistory, "member", """
                SELECT m.id FROM member m WHERE m.registered_on IS NOT
                  (SELECT min(valid_from) FROM member_history h WHERE h.member_id = m.id AND h.superseded_by IS NULL)
                """, "have a registration date other than the first day of their current history"))
        }
        if tables.contains("member_category"), tables.contains("member_category_history") {
            steps.append(rows(.currentEqualsHistory, "member_category", """
                SELECT m.member_id FROM member_category m LEFT JOIN member_category_history h
                  ON h.member_id = m.member_id AND h.category = m.category AND h.superseded_by IS NULL AND h.valid_to IS NULL
                WHERE h.id IS NULL OR h.tier IS NOT m.tier OR h.source IS NOT m.source
                """, "differ from the open membership interval"))
            steps.append(rows(.currentEqualsHistory, "member_category_history", """
                SELECT h.id FROM member_category_history h LEFT JOIN member_category m
                  ON h.member_id = m.member_id AND h.category = m.category
                WHERE h.superseded_by IS NULL AND h.valid_to IS NULL AND m.member_id IS NULL
                """, "are open membership intervals missing from member_category"))
        }
        if tables.contains("org_unit"), tables.contains("org_unit_history") {
            steps.append(rows(.currentEqualsHistory, "org_unit", """
                SELECT o.id FROM org_unit o LEFT JOIN org_unit_history h
                  ON h.unit_id = o.id AND h.superseded_by IS NULL AND h.valid_to IS NULL
                WHERE h.id IS NULL OR o.name IS NOT h.name OR o.kind IS NOT h.kind OR o.region IS NOT h.region
                   OR o.status IS NOT h.status OR CAST(o.parent_id AS TEXT) IS NOT CAST(h.parent_id AS TEXT)
                """, "differ from their open current history row"))
            steps.append(rows(.currentEqualsHistory, "org_unit", """
                SELECT o.id FROM org_unit o WHERE o.established_on IS NOT
                  (SELECT min(valid_from) FROM org_unit_history h WHERE h.unit_id = o.id AND h.superseded_by IS NULL)
                """, "have an establishment date other than the first day of their current history"))
        }
        if tables.contains("member_category_history"), tables.contains("member_history") {
            steps.append(rows(.membershipWhileArchived, "member_category_history", """
                SELECT c.id FROM member_category_history c JOIN member_history h
                  ON h.member_id = c.member_id AND h.superseded_by IS NULL AND h.status = 'archived'
                WHERE c.superseded_by IS NULL
                  AND c.valid_from < coalesce(h.valid_to, '9999-12-31') AND h.valid_from < coalesce(c.valid_to, '9999-12-31')
                """, "hold a membership on a day its member is archived"))
        }
        return steps
    }

    /// Dated records follow their holder: a member's archive, an entity's end, the member's registration.
    private func recordSteps(_ tables: Set<String>, columns: [String: Set<String>]) -> [Step] {
        var steps: [Step] = []
        for kind in RecordKind.all.map(\.id) where tables.contains(kind) && tables.contains("\(kind)_history") {
            let history = "\(kind)_history"
            steps.append(rows(.recordHolder, history, """
                SELECT DISTINCT a.id FROM \(history) a JOIN \(history) b ON a.record_id = b.record_id
                WHERE a.superseded_by IS NULL AND b.superseded_by IS NULL AND a.status = 'ended' AND b.status = 'active'
                  AND b.valid_from > a.valid_from
                """, "end a record that becomes active again later"))
            let holders = (columns[kind] ?? []).subtracting(["id", "created_in"])
            guard let holder = holders.first, holders.count == 1 else { continue }
            if holder == "member_id", tables.contains("member_history") {
                steps.append(rows(.recordHolder, history, """
                    SELECT DISTINCT h.id FROM \(history) h JOIN \(kind) r ON r.id = h.record_id JOIN member_history m ON m.member_id = r.member_id
                    WHERE h.superseded_by IS NULL AND m.superseded_by IS NULL AND h.status = 'active' AND m.status = 'archived'
                      AND h.valid_from < coalesce(m.valid_to, '9999-12-31') AND m.valid_from < coalesce(h.valid_to, '9999-12-31')
                    """, "keep a record in force on a day its holder is archived"))
                steps.append(rows(.recordHolder, history, """
                    SELECT h.id FROM \(history) h JOIN \(kind) r ON r.id = h.record_id JOIN member m ON m.id = r.member_id
                    WHERE h.superseded_by IS NULL AND h.valid_from < m.registered_on
                    """, "begin before their holder's registration"))
            } else if holder.hasSuffix("_id") {
                let entity = String(holder.dropLast(3))
                guard tables.contains("\(entity)_history"), columns["\(entity)_history"]?.contains("record_id") == true else { continue }
                steps.append(rows(.recordHolder, history, """
                    SELECT DISTINCT h.id FROM \(history) h JOIN \(kind) r ON r.id = h.record_id
                    JOIN \(entity)_history e ON e.record_id = r.\(holder)
                    WHERE h.superseded_by IS NULL AND e.superseded_by IS NULL AND h.status = 'active' AND e.status = 'ended'
                      AND h.valid_from < coalesce(e.valid_to, '9999-12-31') AND e.valid_from < coalesce(h.valid_to, '9999-12-31')
                    """, "keep a record in force on a day its \(entity) has ended"))
            }
        }
        return steps
    }

    // MARK: Steps

    /// A step whose SQL returns the ids of failing rows: one finding when there is any.
    private func rows(_ check: IntegrityCheck, _ table: String, _ sql: String, _ what: String) -> Step {
        Step(check: check, table: table) { connection in
            let ids = try connection.fetchAll(sql) { $0.int64(0) }
            guard !ids.isEmpty else { return [] }
            let listed = ids.prefix(IntegrityFinding.maximumRowIDs).map(String.init).joined(separator: ", ")
            let more = ids.count > IntegrityFinding.maximumRowIDs ? ", …" : ""
            let noun = ids.count == 1 ? "1 row" : "\(ids.count) rows"
            return [IntegrityFinding(check: check, table: table, rowIDs: ids,
                                     detail: "\(noun) of \(table) \(what) (id\(ids.count == 1 ? "" : "s") \(listed)\(more))")]
        }
    }

    private func sqliteStep() -> Step {
        let pragma = quick ? "quick_check" : "integrity_check"
        return Step(check: .sqliteIntegrity, table: nil) { connection in
            let messages = try connection.fetchAll("PRAGMA \(pragma)") { $0.text(0) }
            guard messages != ["ok"] else { return [] }
            return messages.map { IntegrityFinding(check: .sqliteIntegrity, table: nil, detail: "SQLite \(pragma): \($0)") }
        }
    }

    private func foreignKeyStep() -> Step {
        Step(check: .foreignKeys, table: nil) { connection in
            var broken: [String: (rows: [Int64], parents: Set<String>)] = [:]
            try connection.forEachRow("PRAGMA foreign_key_check") { row in
                let table = row.text(0)
                broken[table, default: ([], [])].rows.append(row.optionalInt64(1) ?? 0)
                broken[table, default: ([], [])].parents.insert(row.text(2))
            }
            return broken.keys.sorted().map { table in
                let (ids, parents) = broken[table]!
                let listed = ids.prefix(IntegrityFinding.maximumRowIDs).map(String.init).joined(separator: ", ")
                return IntegrityFinding(check: .foreignKeys, table: table, rowIDs: ids, detail:
                    "\(ids.count) row\(ids.count == 1 ? "" : "s") of \(table) refer to missing rows of "
                    + "\(parents.sorted().joined(separator: ", ")) (rowid\(ids.count == 1 ? "" : "s") \(listed)\(ids.count > IntegrityFinding.maximumRowIDs ? ", …" : ""))")
            }
        }
    }
}
