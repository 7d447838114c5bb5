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
}
