/// A member's history rules: ``FieldHistoryPlanner`` over ``MemberField``, with the readable change-log
/// lines each edit adds. Registration is the first row, a point of every field.
enum MemberHistoryPlanner {
    private typealias Rules = FieldHistoryPlanner<MemberField>

    /// The index of the row in force on `day`, or nil when `day` is before registration.
    static func index(of day: String, in rows: [HistoryRow]) -> Int? { Rules.index(of: day, in: rows) }

    /// The edit that records a change effective `day` to the values of `record`.
    static func change(_ rows: [HistoryRow], effective day: String, to record: MemberRecord) -> HistoryEdit<HistoryRow> {
        var (edit, changes) = Rules.change(rows, effective: day, to: record.values)
        edit.log = changes.map { LogLine(kind: .change, effective: $0.effective, subject: .field($0.field), from: $0.from, to: $0.to) }
        return edit
    }

    /// The edit that corrects the values in force on `day` to those of `record`.
    static func correct(_ rows: [HistoryRow], asOf day: String, to record: MemberRecord) -> HistoryEdit<HistoryRow> {
        var (edit, changes) = Rules.correct(rows, asOf: day, to: record.values)
        edit.log = changes.map { LogLine(kind: .correction, effective: $0.effective, subject: .field($0.field), from: $0.from, to: $0.to) }
        return edit
    }

    /// The edit that moves the registration (the first row's start) to `day`, which must come before
    /// the first row ends.
    static func correctRegistration(_ rows: [HistoryRow], to day: String) -> HistoryEdit<HistoryRow> {
        guard let first = rows.first, first.validFrom != day else { return HistoryEdit() }
        var edit = Rules.moveStart(rows, to: day)
        edit.log = [LogLine(kind: .correction, effective: day, subject: .registrationDate, from: first.validFrom, to: day)]
        return edit
    }
}
