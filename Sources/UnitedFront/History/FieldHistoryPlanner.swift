/// The rules of an effective-dated, field-by-field history, as pure functions from an entity's
/// current-knowledge rows (contiguous from its first day to one open row, in date order) to a
/// ``HistoryEdit``. Every kind of record whose fields change on dates uses them, so every history table
/// follows the same rules.
///
/// **Changes.** Per field, the recorded changes are points in effective time, and the value on D is the
/// value of the latest point at or before D; the first row is a point of every field. A change of field
/// F to v effective D adds the point (D, v), replacing a point of F on D, and v then holds until F's next
/// point: later recorded changes stay in place, even where a back-dated change makes the stretch before
/// them hold the same value. A change to the value already in force on D records nothing.
///
/// **Corrections.** A correction of F as of D replaces the wrong value (the one in force on D) over the
/// whole stretch where F held it around D, and adds no point.
enum FieldHistoryPlanner<Field: HistoryField> {
    typealias Row = FieldRow<Field>

    /// One field's value before and after a planned write, and the day the write took effect from.
    struct FieldChange: Equatable {
        var field: Field
        var from: String?
        var to: String?
        var effective: String
    }

    /// The index of the row in force on `day`, or nil when `day` is before the first row.
    static func index(of day: String, in rows: [Row]) -> Int? {
        guard let first = rows.first, day >= first.validFrom else { return nil }
        return rows.lastIndex { $0.validFrom <= day }
    }

    /// The edit that records a change effective `day` to `values`, and the fields it changes.
    static func change(_ rows: [Row], effective day: String, to values: [String?]) -> (edit: HistoryEdit<Row>, changes: [FieldChange]) {
        guard let k = index(of: day, in: rows) else { return (HistoryEdit(), []) }
        let changed = Field.allCases.filter { rows[k][$0] != values[$0.index] }
        guard !changed.isEmpty else { return (HistoryEdit(), []) }

        var edit = HistoryEdit<Row>()
        var covering = edit.splitting(rows[k], at: day)
        for field in changed {
            covering[field] = values[field.index]
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
                for field in propagating { row[field] = values[field.index] }
                if row != rows[j] {
                    edit.superseded.append(rows[j].id)
                    edit.inserted.append(row)
                }
            }
            j += 1
        }
        return (edit, changed.map { FieldChange(field: $0, from: rows[k][$0], to: values[$0.index], effective: day) })
    }

    /// The edit that corrects the values in force on `day` to `values`, and what it corrected (each from
    /// the start of the stretch that held the wrong value).
    static func correct(_ rows: [Row], asOf day: String, to values: [String?]) -> (edit: HistoryEdit<Row>, changes: [FieldChange]) {
        guard let k = index(of: day, in: rows) else { return (HistoryEdit(), []) }
        var corrected = rows
        var changes: [FieldChange] = []
        for field in Field.allCases where rows[k][field] != values[field.index] {
            let wrong = rows[k][field]
            var low = k, high = k
            while low > 0, rows[low - 1][field] == wrong { low -= 1 }
            while high < rows.count - 1, rows[high + 1][field] == wrong { high += 1 }
            for index in low...high { corrected[index][field] = values[field.index] }
            changes.append(FieldChange(field: field, from: wrong, to: values[field.index], effective: rows[low].validFrom))
        }
        var edit = HistoryEdit<Row>()
        for index in rows.indices where corrected[index] != rows[index] {
            edit.superseded.append(rows[index].id)
            edit.inserted.append(corrected[index])
        }
        return (edit, changes)
    }

    /// The edit that moves the first row's start to `day`, which must come before that row ends.
    static func moveStart(_ rows: [Row], to day: String) -> HistoryEdit<Row> {
        guard var first = rows.first, first.validFrom != day else { return HistoryEdit() }
        var edit = HistoryEdit<Row>()
        edit.superseded = [first.id]
        first.validFrom = day
        edit.inserted = [first]
        return edit
    }
}
