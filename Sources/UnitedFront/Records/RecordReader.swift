/// Reads records of one ``StoredRecord`` kind from one connection, inside the caller's transaction.
struct RecordReader<Record: StoredRecord> {
    let connection: Connection

    private var table: String { Record.kind.id }

    /// The records in force on `date` (of `member`, or of everyone), in id order.
    func records(of member: MemberID?, asOf date: LocalDate, knowledge: Knowledge) throws -> [Tenure<Record>] {
        let (sql, arguments) = query(knowledge)
        let memberCondition = member == nil ? "" : "AND r.member_id = ?"
        return try connection.fetchAll("""
            \(sql) AND h.valid_from <= ? AND (h.valid_to IS NULL OR h.valid_to > ?) AND h.status = 'active'
            \(memberCondition) ORDER BY h.record_id
            """, arguments + [date, date] + (member.map { [$0] } ?? [])) { try make($0) }
    }

    /// Every record of `member`, in force or not, as it stands on its last day (an ended record with
    /// how it ended), in id order.
    func allRecords(of member: MemberID, knowledge: Knowledge) throws -> [Tenure<Record>] {
        let (sql, arguments) = query(knowledge)
        return try connection.fetchAll("""
            \(sql) AND h.valid_to IS NULL AND r.member_id = ? ORDER BY h.record_id
            """, arguments + [member]) { try make($0) }
    }

    /// Record `id` as it stood on `date`, in force or not; nil before it began.
    func record(_ id: Int64, asOf date: LocalDate, knowledge: Knowledge) throws -> Tenure<Record>? {
        let (sql, arguments) = query(knowledge)
        return try connection.fetchOne("""
            \(sql) AND h.valid_from <= ? AND (h.valid_to IS NULL OR h.valid_to > ?) AND h.record_id = ?
            """, arguments + [date, date, id]) { try make($0) }
    }

    /// A SELECT of history rows `h` joined to their record `r`, visible under `knowledge`, with each
    /// record's first day and first ended day; the caller appends conditions after `WHERE`.
    private func query(_ knowledge: Knowledge) -> (String, [any DatabaseValueConvertible]) {
        let h = knowledge.condition("h"), f = knowledge.condition("f"), e = knowledge.condition("e")
        let columns = Record.Field.allCases.map { "h.\($0.rawValue)" }.joined(separator: ", ")
        let sql = """
            SELECT h.record_id, r.member_id,
              (SELECT min(f.valid_from) FROM \(table)_history f WHERE f.record_id = h.record_id AND \(f.sql)),
              (SELECT min(e.valid_from) FROM \(table)_history e WHERE e.record_id = h.record_id AND e.status = 'ended' AND \(e.sql)),
              \(columns)
            FROM \(table)_history h JOIN \(table) r ON r.id = h.record_id
            WHERE \(h.sql)
            """
        return (sql, f.arguments + e.arguments + h.arguments)
    }

    private func make(_ row: Statement) throws -> Tenure<Record> {
        let count = Int32(Record.Field.allCases.count)
        return Tenure(id: RecordID(rawValue: row.int64(0)), member: MemberID(rawValue: row.int64(1)),
                      record: Record(values: (0..<count).map { row.optionalText(4 + $0) }),
                      from: try LocalDate.stored(row.text(2)), to: try row.optionalText(3).map(LocalDate.stored))
    }

    /// What changed in records of this kind with effective dates from `start` through `end` (both
    /// inclusive), as the register knows it now: a record beginning (from nothing to its summary), a
    /// change of its values, and its ending (from its summary to nothing), by holder, date and record id.
    func changes(from start: LocalDate, through end: LocalDate, labels: ChangeLabeler) throws -> [ChangeEvent] {
        let count = Int32(Record.Field.allCases.count)
        let current = Record.Field.allCases.map { "h.\($0.rawValue)" }.joined(separator: ", ")
        let previous = Record.Field.allCases.map { "p.\($0.rawValue)" }.joined(separator: ", ")
        return try connection.fetchAll("""
            SELECT h.record_id, r.member_id, h.valid_from, p.id IS NOT NULL, \(current), \(previous)
            FROM \(table)_history h JOIN \(table) r ON r.id = h.record_id
            LEFT JOIN \(table)_history p ON p.record_id = h.record_id AND p.superseded_by IS NULL AND p.valid_to = h.valid_from
            WHERE h.superseded_by IS NULL AND h.valid_from >= ? AND h.valid_from <= ?
            ORDER BY r.member_id, h.valid_from, h.record_id
            """, [start, end]) { row -> ChangeEvent? in
            let now = Record(values: (0..<count).map { row.optionalText(4 + $0) })
            let before = row.int64(3) == 1 ? Record(values: (0..<count).map { row.optionalText(4 + count + $0) }) : nil
            let from = before.flatMap { $0.isActive ? $0.summary(labels.codes) : nil }
            let to = now.isActive ? now.summary(labels.codes) : nil
            guard before != now, from != nil || to != nil else { return nil }
            return ChangeEvent(memberID: MemberID(rawValue: row.int64(1)), effectiveOn: try LocalDate.stored(row.text(2)),
                               change: labels.valueChange(.record(Record.kind, id: row.int64(0)), from: from, to: to))
        }.compactMap { $0 }
    }
}
