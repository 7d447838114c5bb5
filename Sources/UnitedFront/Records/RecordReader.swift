/// Reads records of one ``StoredRecord`` kind from one connection, inside the caller's transaction.
struct RecordReader<Record: StoredRecord> {
    let connection: Connection

    private var table: String { Record.kind.id }

    /// The holder's column as a SELECT expression on `r`: NULL for kinds nobody holds.
    private static var holderSelect: String { Record.Holder.column.map { "r.\($0)" } ?? "NULL" }

    /// The records in force on `date` (of `holder`, or of everyone), in id order.
    func records(of holder: Record.Holder?, asOf date: LocalDate, knowledge: Knowledge) throws -> [Tenure<Record>] {
        let (sql, arguments) = query(knowledge)
        let (condition, holderArguments) = Self.holderCondition(holder)
        return try connection.fetchAll("""
            \(sql) AND h.valid_from <= ? AND (h.valid_to IS NULL OR h.valid_to > ?) AND h.status = 'active'
            \(condition) ORDER BY h.record_id
            """, arguments + [date, date] + holderArguments) { try make($0) }
    }

    /// Every record (of `holder`, or of everyone), in force or not, as it stands on its last day (an
    /// ended record with how it ended), in id order.
    func allRecords(of holder: Record.Holder?, knowledge: Knowledge) throws -> [Tenure<Record>] {
        let (sql, arguments) = query(knowledge)
        let (condition, holderArguments) = Self.holderCondition(holder)
        return try connection.fetchAll("""
            \(sql) AND h.valid_to IS NULL \(condition) ORDER BY h.record_id
            """, arguments + holderArguments) { try make($0) }
    }

    /// The condition that keeps `holder`'s records (none for nil or for kinds nobody holds).
    private static func holderCondition(_ holder: Record.Holder?) -> (String, [any DatabaseValueConvertible]) {
        guard let holder, let column = Record.Holder.column, let id = holder.holderRowID else { return ("", []) }
        return ("AND r.\(column) = ?", [id])
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
            SELECT h.record_id, \(Self.holderSelect),
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
        return Tenure(id: RecordID(rawValue: row.int64(0)), holder: Record.Holder(holderRowID: row.optionalInt64(1)),
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
            SELECT h.record_id, \(Self.holderSelect), h.valid_from, p.id IS NOT NULL, \(current), \(previous)
            FROM \(table)_history h JOIN \(table) r ON r.id = h.record_id
            LEFT JOIN \(table)_history p ON p.record_id = h.record_id AND p.superseded_by IS NULL AND p.valid_to = h.valid_from
            WHERE h.superseded_by IS NULL AND h.valid_from >= ? AND h.valid_from <= ?
            ORDER BY 2, h.valid_from, h.record_id
            """, [start, end]) { row -> ChangeEvent? in
            guard let member = Record.Holder(holderRowID: row.optionalInt64(1)) as? MemberID else { return nil }
            let now = Record(values: (0..<count).map { row.optionalText(4 + $0) })
            let before = row.int64(3) == 1 ? Record(values: (0..<count).map { row.optionalText(4 + count + $0) }) : nil
            let from = before.flatMap { $0.isActive ? $0.summary(labels.codes) : nil }
            let to = now.isActive ? now.summary(labels.codes) : nil
            guard before != now, from != nil || to != nil else { return nil }
            return ChangeEvent(memberID: member, effectiveOn: try LocalDate.stored(row.text(2)),
                               change: labels.valueChange(.record(Record.kind, id: row.int64(0)), from: from, to: to))
        }.compactMap { $0 }
    }
}
