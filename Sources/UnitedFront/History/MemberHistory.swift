/// Applies the history rules of ``MemberHistoryPlanner`` to the database: reads a member's
/// current-knowledge rows, and writes a planned ``HistoryEdit`` in one place.
///
/// Nothing is ever updated in place: replaced rows are marked superseded by the changeset and new rows
/// inserted, so "as known at" reads can still see them. Every write also brings the member's entries in the
/// name-search index up to date (``NameIndex``), in the same transaction.
struct MemberHistory {
    let connection: Connection
    /// The transaction's changeset id, recorded on first use: an engine that ends up writing nothing
    /// records no changeset.
    let changeset: () throws -> Int64

    /// The current-knowledge rows of `member`, in date order.
    func rows(of member: MemberID) throws -> [HistoryRow] {
        try connection.fetchAll(MemberHistorySQL.currentRows, [member]) { row in
            HistoryRow(id: row.int64(0), validFrom: row.text(1), validTo: row.optionalText(2),
                       values: MemberHistorySQL.values(row, from: 4),
                       points: HistoryRow.points(stored: row.optionalText(3)),
                       reason: row.optionalText(4 + Int32(MemberField.allCases.count)))
        }
    }

    /// Inserts a member with one open row from `effective`.
    func register(_ record: MemberRecord, effective: LocalDate) throws -> MemberID {
        try connection.run("""
            INSERT INTO member(\(MemberField.columnList), registered_on, registered_in, changed_in)
            VALUES (\(MemberHistorySQL.placeholders), ?, ?, ?)
            """, record.values + [effective, try changeset(), try changeset()])
        let id = MemberID(rawValue: connection.lastInsertedRowID)
        try insert(HistoryRow(id: 0, validFrom: effective.iso8601, validTo: nil, values: record.values), for: id)
        try log(LogLine(kind: .registration, effective: effective.iso8601, subject: .registration, from: nil, to: record.name),
                for: id)
        try NameIndex.memberChanged(id, in: connection)
        return id
    }

    /// Writes `edit`: supersedes its rows, inserts the new ones, refreshes the `member` row from the
    /// open row, and appends its log lines.
    func apply(_ edit: HistoryEdit<HistoryRow>, to member: MemberID) throws {
        let reindex = try changesIndexedValues(edit, of: member)
        for id in edit.superseded { try connection.run(MemberHistorySQL.supersede, [try changeset(), id]) }
        for row in edit.inserted { try insert(row, for: member) }
        if let open = edit.inserted.last(where: { $0.validTo == nil }) {
            try connection.run(Self.refreshMember, open.values + [try changeset(), member])
        }
        for line in edit.log { try log(line, for: member) }
        if reindex { try NameIndex.memberChanged(member, in: connection) }
    }

    /// Whether `edit` can change what the name index holds of the member: the name of the `member` row, or
    /// the (name, 曾用名, work unit) of the current-knowledge rows. When the rows it inserts carry the same
    /// triples as the rows it supersedes (a 职务 or 手机 change, a date correction) and the current name
    /// stays, the index is left alone; read before the edit is applied.
    private func changesIndexedValues(_ edit: HistoryEdit<HistoryRow>, of member: MemberID) throws -> Bool {
        guard !edit.superseded.isEmpty || !edit.inserted.isEmpty else { return false }
        typealias Triple = [String?]
        func triple(_ row: HistoryRow) -> Triple { [row[.name], row[.formerNames], row[.workUnit]] }
        var before: [Triple] = []
        for id in edit.superseded {
            guard let values = try connection.fetchOne(
                "SELECT name, former_names, work_unit FROM member_history WHERE id = ?", [id],
                { [$0.optionalText(0), $0.optionalText(1), $0.optionalText(2)] })
            else { return true }
            before.append(values)
        }
        let after = edit.inserted.map(triple)
        func counts(_ triples: [Triple]) -> [Triple: Int] { triples.reduce(into: [:]) { $0[$1, default: 0] += 1 } }
        guard counts(before) == counts(after) else { return true }
        guard let open = edit.inserted.last(where: { $0.validTo == nil }) else { return false }
        let current = try connection.fetchOne("SELECT name FROM member WHERE id = ?", [member]) { $0.optionalText(0) } ?? nil
        return current != open[.name]
    }

    private static let refreshMember =
        "UPDATE member SET \(MemberField.allCases.map { "\($0.rawValue) = ?" }.joined(separator: ", ")), changed_in = ? WHERE id = ?"

    private func insert(_ row: HistoryRow, for member: MemberID) throws {
        // The reason belongs to the status point it was recorded with (an archive), not to the later
        // rows a split of that row makes.
        let reason = row.points.contains(.status) ? row.reason : nil
        try connection.run(MemberHistorySQL.insert,
                           [member, row.validFrom, row.validTo, try changeset(), row.storedPoints, reason] + row.values)
    }

    /// Appends a line to the readable change log.
    func log(_ line: LogLine, for member: MemberID) throws {
        try connection.run("""
            INSERT INTO change_log(changeset_id, member_id, kind, effective_on, subject, old_value, new_value, detail)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, [try changeset(), member, line.kind.rawValue, line.effective, line.subject.description, line.from, line.to,
                  line.detail])
    }
}
