/// Applies the field-by-field history rules of ``FieldHistoryPlanner`` to one kind of ``StoredRecord``:
/// reads a record's current-knowledge rows and writes a planned ``HistoryEdit`` in one place. Replaced
/// rows are superseded, never updated.
struct RecordHistory<Record: StoredRecord> {
    typealias Row = FieldRow<Record.Field>

    let connection: Connection
    /// The transaction's changeset id, recorded on first use.
    let changeset: () throws -> Int64

    private var table: String { Record.kind.id }

    /// The holder's column as a SELECT expression: NULL for kinds nobody holds.
    static var holderColumn: String { Record.Holder.column ?? "NULL" }

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

    /// The holder of record `id`; nil when there is no such record.
    func holder(of id: Int64) throws -> Record.Holder? {
        try connection.fetchOne("SELECT \(Self.holderColumn) FROM \(table) WHERE id = ?", [id]) {
            Record.Holder(holderRowID: $0.optionalInt64(0))
        }
    }

    /// The ids of `holder`'s records of this kind, in the order they were added.
    func records(of holder: Record.Holder) throws -> [Int64] {
        guard let column = Record.Holder.column else { return [] }
        return try connection.fetchAll("SELECT id FROM \(table) WHERE \(column) = ? ORDER BY id", [holder.holderRowID]) { $0.int64(0) }
    }

    /// Inserts a record held by `holder` with one open row from `effective`.
    func create(_ record: Record, for holder: Record.Holder, effective: LocalDate) throws -> Int64 {
        if let column = Record.Holder.column {
            try connection.run("INSERT INTO \(table)(\(column), created_in) VALUES (?, ?)", [holder.holderRowID, try changeset()])
        } else {
            try connection.run("INSERT INTO \(table)(created_in) VALUES (?)", [try changeset()])
        }
        let id = connection.lastInsertedRowID
        try insert(Row(id: 0, validFrom: effective.iso8601, validTo: nil, values: record.values), for: id)
        try Record.didStore(id, in: connection)
        return id
    }

    /// Writes `edit` to record `id`.
    func apply(_ edit: HistoryEdit<Row>, to id: Int64) throws {
        for row in edit.superseded {
            try connection.run("UPDATE \(table)_history SET superseded_by = ? WHERE id = ?", [try changeset(), row])
        }
        for row in edit.inserted { try insert(row, for: id) }
        try Record.didStore(id, in: connection)
    }

    private func insert(_ row: Row, for id: Int64) throws {
        let placeholders = Array(repeating: "?", count: Record.Field.allCases.count).joined(separator: ", ")
        try connection.run("""
            INSERT INTO \(table)_history(record_id, valid_from, valid_to, changeset_id, points, \(Record.Field.columnList))
            VALUES (?, ?, ?, ?, ?, \(placeholders))
            """, [id, row.validFrom, row.validTo, try changeset(), row.storedPoints] + row.values)
    }
}
