/// The write engine for members' effective-dated, bitemporal history.
///
/// A member's current-knowledge rows are contiguous from the registration date to one open row. A
/// change of field F to v effective D splits the row covering D and sets F from D until F's next own
/// boundary (a later change of F), leaving later changes of F in place. A correction replaces the value
/// of F over the whole stretch where F held the wrong value around D. Neither ever updates a row: the
/// replaced rows are marked superseded by the changeset and new rows inserted, so "as known at" reads
/// can still see them.
struct MemberHistory {
    let connection: Connection
    /// The transaction's changeset id, recorded on first use: an engine that ends up writing nothing
    /// records no changeset.
    let changeset: () throws -> Int64

    /// The current-knowledge rows of `member`, in date order.
    func rows(of member: MemberID) throws -> [HistoryRow] {
        try connection.fetchAll(MemberHistorySQL.currentRows, [member]) { row in
            HistoryRow(id: row.int64(0), validFrom: row.text(1), validTo: row.optionalText(2),
                       values: MemberHistorySQL.values(row, from: 3))
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
        try log(id, kind: .registration, effective: effective.iso8601, subject: .registration, from: nil, to: record.name)
        return id
    }

    /// Applies a change effective `date`; returns the fields that changed with their old and new values.
    func change(_ member: MemberID, effective date: LocalDate, to record: MemberRecord) throws -> [FieldUpdate] {
        let rows = try rows(of: member)
        let day = date.iso8601
        guard let first = rows.first else { throw RegisterError.memberNotFound(member) }
        guard day >= first.validFrom, let k = rows.lastIndex(where: { $0.validFrom <= day }) else {
            throw RegisterError.effectiveBeforeRegistration(
                member, effective: date, registeredOn: LocalDate.parse(first.validFrom) ?? date)
        }
        let updates = MemberField.allCases.compactMap { field -> FieldUpdate? in
            rows[k][field] == record[field] ? nil : FieldUpdate(field: field, from: rows[k][field], to: record[field])
        }
        guard !updates.isEmpty else { return [] }

        var replaced: [HistoryRow] = []   // originals to supersede
        var inserted: [HistoryRow] = []   // their replacements
        var covering = rows[k]
        replaced.append(covering)
        if covering.validFrom < day {
            var before = covering
            before.validTo = day
            inserted.append(before)
            covering.validFrom = day
        }
        for update in updates { covering[update.field] = update.to }
        inserted.append(covering)

        var propagating = updates
        var j = k + 1
        while j < rows.count, !propagating.isEmpty {
            // A field keeps its new value until the first later row where it had changed on its own.
            propagating.removeAll { rows[j][$0.field] != rows[j - 1][$0.field] }
            if !propagating.isEmpty {
                var row = rows[j]
                for update in propagating { row[update.field] = update.to }
                replaced.append(rows[j])
                inserted.append(row)
            }
            j += 1
        }
        try replace(replaced, with: inserted, for: member)
        for update in updates {
            try log(member, kind: .change, effective: day, subject: .field(update.field), from: update.from, to: update.to)
        }
        return updates
    }

    /// Applies a correction to the values in force on `date` (default: the open row).
    func correct(_ member: MemberID, asOf date: LocalDate?, to record: MemberRecord) throws -> [FieldUpdate] {
        var rows = try rows(of: member)
        guard let first = rows.first, let last = rows.last else { throw RegisterError.memberNotFound(member) }
        let day = date?.iso8601 ?? last.validFrom
        guard let k = rows.lastIndex(where: { $0.validFrom <= day }) else {
            throw RegisterError.effectiveBeforeRegistration(
                member, effective: date ?? LocalDate(daysSince1970: 0),
                registeredOn: LocalDate.parse(first.validFrom) ?? LocalDate(daysSince1970: 0))
        }
        let original = rows
        var touched = Set<Int>()
        var updates: [FieldUpdate] = []
        for field in MemberField.allCases where rows[k][field] != record[field] {
            let wrong = original[k][field]
            var low = k, high = k
            while low > 0, original[low - 1][field] == wrong { low -= 1 }
            while high < rows.count - 1, original[high + 1][field] == wrong { high += 1 }
            for index in low...high {
                rows[index][field] = record[field]
                touched.insert(index)
            }
            updates.append(FieldUpdate(field: field, from: wrong, to: record[field], effective: original[low].validFrom))
        }
        guard !updates.isEmpty else { return [] }
        let indexes = touched.sorted()
        try replace(indexes.map { original[$0] }, with: indexes.map { rows[$0] }, for: member)
        for update in updates {
            try log(member, kind: .correction, effective: update.effective ?? day, subject: .field(update.field),
                    from: update.from, to: update.to)
        }
        return updates
    }

    /// Supersedes `old` rows, inserts `new` ones, and refreshes the `member` row from the open row.
    private func replace(_ old: [HistoryRow], with new: [HistoryRow], for member: MemberID) throws {
        for row in old { try connection.run(MemberHistorySQL.supersede, [try changeset(), row.id]) }
        for row in new { try insert(row, for: member) }
        if let open = new.last(where: { $0.validTo == nil }) {
            let assignments = MemberField.allCases.map { "\($0.rawValue) = ?" }.joined(separator: ", ")
            try connection.run(
                "UPDATE member SET \(assignments), changed_in = ? WHERE id = ?",
                open.values + [try changeset(), member])
        }
    }

    private func insert(_ row: HistoryRow, for member: MemberID) throws {
        try connection.run(MemberHistorySQL.insert, [member, row.validFrom, row.validTo, try changeset()] + row.values)
    }

    /// Appends a line to the readable change log.
    func log(_ member: MemberID, kind: TimelineEntry.Kind, effective: String, subject: ValueChange.Subject,
             from: String?, to: String?) throws {
        try connection.run("""
            INSERT INTO change_log(changeset_id, member_id, kind, effective_on, subject, old_value, new_value)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, [try changeset(), member, kind.rawValue, effective, subject.description, from, to])
    }
}

/// A field's value before and after a write.
struct FieldUpdate {
    let field: MemberField
    let from: String?
    let to: String?
    var effective: String? = nil
}
