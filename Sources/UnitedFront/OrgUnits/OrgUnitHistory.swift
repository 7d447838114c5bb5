/// Applies the field-by-field history rules of ``FieldHistoryPlanner`` to org units: reads a unit's
/// current-knowledge rows and writes a planned ``HistoryEdit`` in one place. Replaced rows are superseded,
/// never updated.
struct OrgUnitHistory {
    typealias Row = FieldRow<OrgUnitField>

    let connection: Connection
    /// The transaction's changeset id, recorded on first use.
    let changeset: () throws -> Int64

    private static let placeholders = Array(repeating: "?", count: OrgUnitField.allCases.count).joined(separator: ", ")

    /// The current-knowledge rows of `unit`, in date order.
    func rows(of unit: OrgUnitID) throws -> [Row] {
        try connection.fetchAll("""
            SELECT id, valid_from, valid_to, points, \(OrgUnitField.columnList) FROM org_unit_history
            WHERE unit_id = ? AND superseded_by IS NULL ORDER BY valid_from
            """, [unit]) { row in
            Row(id: row.int64(0), validFrom: row.text(1), validTo: row.optionalText(2),
                values: (0..<Int32(OrgUnitField.allCases.count)).map { row.optionalText(4 + $0) },
                points: Row.points(stored: row.optionalText(3)))
        }
    }

    /// Inserts a unit with one open row from `effective`.
    func establish(_ record: OrgUnitRecord, effective: LocalDate) throws -> OrgUnitID {
        try connection.run("""
            INSERT INTO org_unit(\(OrgUnitField.columnList), established_on, created_in, changed_in)
            VALUES (\(Self.placeholders), ?, ?, ?)
            """, record.values + [effective, try changeset(), try changeset()])
        let id = OrgUnitID(rawValue: connection.lastInsertedRowID)
        try insert(Row(id: 0, validFrom: effective.iso8601, validTo: nil, values: record.values), for: id)
        return id
    }

    /// Writes `edit` and refreshes the `org_unit` row from the open row.
    func apply(_ edit: HistoryEdit<Row>, to unit: OrgUnitID) throws {
        for id in edit.superseded {
            try connection.run("UPDATE org_unit_history SET superseded_by = ? WHERE id = ?", [try changeset(), id])
        }
        for row in edit.inserted { try insert(row, for: unit) }
        if let open = edit.inserted.last(where: { $0.validTo == nil }) {
            try connection.run(
                "UPDATE org_unit SET \(OrgUnitField.allCases.map { "\($0.rawValue) = ?" }.joined(separator: ", ")), changed_in = ? WHERE id = ?",
                open.values + [try changeset(), unit])
        }
    }

    private func insert(_ row: Row, for unit: OrgUnitID) throws {
        try connection.run("""
            INSERT INTO org_unit_history(unit_id, valid_from, valid_to, changeset_id, points, \(OrgUnitField.columnList))
            VALUES (?, ?, ?, ?, ?, \(Self.placeholders))
            """, [unit, row.validFrom, row.validTo, try changeset(), row.storedPoints] + row.values)
    }
}
