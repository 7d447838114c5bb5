/// Applies the field-by-field history rules of ``FieldHistoryPlanner`` to one kind of ``StoredRecord``:
/// reads a record's current-knowledge rows and writes a planned ``HistoryEdit`` in one place. Replaced
/// rows are superseded, never updated.
struct RecordHistory<Record: StoredRecord> {
    typealias Row = FieldRow<Record.Field>

    let connection: Connection
    /// The transaction's changeset id, recorded on first use.
    let changeset: () throws -> Int64

    private var table: String { Record.kind.id }

    /// The current-knowledge rows of record `id`, in date order.
    func rows(of id: Int64) throws -> [Row] {
        let count = Int32(Record.Field.allCases.count)
        return try connection.fetchAll("""
            SELECT id, valid_from, valid_to, points, \(Record.Field.columnList) FROM \(table)_history
            WHERE record_id = ? AND superseded_by IS NULL ORDER BY valid_from
            """, [id]) { row in
            Row(id: row.int64(0), validFrom: row.text(1), validTo: row.optionalText(2),
                values: (0..<count).map { row.optionalText(4 + $0) }, points: Row.points(stored: row.optionalText(3)))
        }
    }

    /// The member who holds record `id`; nil when there is no such record.
    func holder(of id: Int64) throws -> MemberID? {
        try connection.fetchOne("SELECT member_id FROM \(table) WHERE id = ?", [id]) { MemberID(rawValue: $0.int64(0)) }
    }

    /// The ids of `member`'s records of this kind, in the order they were added.
    func records(of member: MemberID) throws -> [Int64] {
        try connection.fetchAll("SELECT id FROM \(table) WHERE member_id = ? ORDER BY id", [member]) { $0.int64(0) }
    }

    /// Inserts a record held by `member` with one open row from `effective`.
    func create(_ record: Record, for member: MemberID, effective: LocalDate) throws -> Int64 {
        try connection.run("INSERT INTO \(table)(member_id, created_in) VALUES (?, ?)", [member, try changeset()])
        let id = connection.lastInsertedRowID
        try insert(Row(id: 0, validFrom: effective.iso8601, validTo: nil, values: record.values), for: id)
        return id
    }

    /// Writes `edit` to record `id`.
    func apply(_ edit: HistoryEdit<Row>, to id: Int64) throws {
        for row in edit.superseded {
            try connection.run("UPDATE \(table)_history SET superseded_by = ? WHERE id = ?", [try changeset(), row])
        }
        for row in edit.inserted { try insert(row, for: id) }
    }

    private func insert(_ row: Row, for id: Int64) throws {
        let placeholders = Array(repeating: "?", count: Record.Field.allCases.count).joined(separator: ", ")
        try connection.run("""
            INSERT INTO \(table)_history(record_id, valid_from, valid_to, changeset_id, points, \(Record.Field.columnList))
            VALUES (?, ?, ?, ?, ?, \(placeholders))
            """, [id, row.validFrom, row.validTo, try changeset(), row.storedPoints] + row.values)
    }
}
