/// The rules of a member's effective-dated history, as pure functions from the current-knowledge rows
/// (contiguous from the registration date to one open row, in date order) to a ``HistoryEdit``.
///
/// **Changes.** Per field, the recorded changes are points in effective time, and the value on D is the
/// value of the latest point at or before D; registration is a point of every field. A change of field F
/// to v effective D adds the point (D, v), replacing a point of F on D, and v then holds until F's next
/// point: later recorded changes stay in place, even where a back-dated change makes the stretch before
/// them hold the same value. A change to the value already in force on D records nothing.
///
/// **Corrections.** A correction of F as of D replaces the wrong value (the one in force on D) over the
/// whole stretch where F held it around D, and adds no point.
enum MemberHistoryPlanner {
    /// The index of the row in force on `day`, or nil when `day` is before registration.
    static func index(of day: String, in rows: [HistoryRow]) -> Int? {
        guard let first = rows.first, day >= first.validFrom else { return nil }
        return rows.lastIndex { $0.validFrom <= day }
    }

    /// The edit that records a change effective `day` to the values of `record`.
    ///
    /// `rows` must be non-empty and `day` on or after the registration date.
    static func change(_ rows: [HistoryRow], effective day: String, to record: MemberRecord) -> HistoryEdit<HistoryRow> {
        guard let k = index(of: day, in: rows) else { return HistoryEdit() }
        let changed = MemberField.allCases.filter { rows[k][$0] != record[$0] }
        guard !changed.isEmpty else { return HistoryEdit() }

        var edit = HistoryEdit<HistoryRow>()
        var covering = edit.splitting(rows[k], at: day)
        for field in changed {
            covering[field] = record[field]
            covering.points.insert(field)
        }
        edit.inserted.append(covering)

        // Each field keeps its new value until the first later row that is a point of its own.
        var propagating = changed
        var j = k + 1
        while j < rows.count, !propagating.isEmpty {
            propagating.removeAll { rows[j].points.contains($0) }
            if !propagating.isEmpty {
                var row = rows[j]
                for field in propagating { row[field] = record[field] }
                if row != rows[j] {
                    edit.superseded.append(rows[j].id)
                    edit.inserted.append(row)
                }
            }
            j += 1
        }
        edit.log = changed.map {
            LogLine(kind: .change, effective: day, subject: .field($0), from: rows[k][$0], to: record[$0])
        }
        return edit
    }

    /// The edit that moves the registration (the first row's start) to `day`, which must come before
    /// the first row ends.
    static func correctRegistration(_ rows: [HistoryRow], to day: String) -> HistoryEdit<HistoryRow> {
        guard var first = rows.first, first.validFrom != day else { return HistoryEdit() }
        var edit = HistoryEdit<HistoryRow>()
        edit.superseded = [first.id]
        edit.log = [LogLine(kind: .correction, effective: day, subject: .registrationDate, from: first.validFrom, to: day)]
        first.validFrom = day
        edit.inserted = [first]
        return edit
    }

    /// The edit that corrects the values in force on `day` to those of `record`.
    ///
    /// `rows` must be non-empty and `day` on or after the registration date.
    static func correct(_ rows: [HistoryRow], asOf day: String, to record: MemberRecord) -> HistoryEdit<HistoryRow> {
        guard let k = index(of: day, in: rows) else { return HistoryEdit() }
        var corrected = rows
        var edit = HistoryEdit<HistoryRow>()
        for field in MemberField.allCases where rows[k][field] != record[field] {
            let wrong = rows[k][field]
            var low = k, high = k
            while low > 0, rows[low - 1][field] == wrong { low -= 1 }
            while high < rows.count - 1, rows[high + 1][field] == wrong { high += 1 }
            for index in low...high { corrected[index][field] = record[field] }
            edit.log.append(LogLine(kind: .correction, effective: rows[low].validFrom, subject: .field(field),
                                    from: wrong, to: record[field]))
        }
        for index in rows.indices where corrected[index] != rows[index] {
            edit.superseded.append(rows[index].id)
            edit.inserted.append(corrected[index])
        }
        return edit
    }
}
