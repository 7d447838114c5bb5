/// The fields of an entity whose history is kept field by field: a member's record today, and every
/// later kind of record with effective-dated fields. Each has a stable English name (stored in `points`)
/// and a position in a row's values.
protocol HistoryField: RawRepresentable, Hashable, CaseIterable where RawValue == String, AllCases == [Self] {
    /// The field's position in ``FieldRow/values`` (declaration order).
    var index: Int { get }
}

/// One effective-dated state of an entity's fields: a history row as the planners see it. Dates stay
/// ISO 8601 text, which compares in date order.
struct FieldRow<Field: HistoryField>: DatedRow {
    var id: Int64
    var validFrom: String
    var validTo: String?
    var values: [String?]
    /// The fields whose change was recorded effective `validFrom` (the first row is a point of every
    /// field, whatever this holds).
    var points: Set<Field> = []
    /// A member's row: the reason recorded with its status point (an `exit_reason` code of an archive,
    /// `member_history.status_reason`); nil for other rows and other kinds.
    var reason: String? = nil

    subscript(field: Field) -> String? {
        get { values[field.index] }
        set { values[field.index] = newValue }
    }

    /// `points` as stored: field names in declaration order, comma-separated; nil for none.
    var storedPoints: String? {
        points.isEmpty ? nil : Field.allCases.filter(points.contains).map(\.rawValue).joined(separator: ",")
    }

    /// Reads the stored form of `points`.
    static func points(stored text: String?) -> Set<Field> {
        guard let text else { return [] }
        return Set(text.split(separator: ",").compactMap { Field(rawValue: String($0)) })
    }
}

/// A member's record at one stretch of effective time: a `member_history` row.
typealias HistoryRow = FieldRow<MemberField>

extension MemberField: HistoryField {}

/// The `member_history` SQL the engines and readers share.
enum MemberHistorySQL {
    static let placeholders = Array(repeating: "?", count: MemberField.allCases.count).joined(separator: ", ")

    static let insert = """
        INSERT INTO member_history(member_id, valid_from, valid_to, changeset_id, points, status_reason, \(MemberField.columnList))
        VALUES (?, ?, ?, ?, ?, ?, \(placeholders))
        """
    static let supersede = "UPDATE member_history SET superseded_by = ? WHERE id = ?"
    static let currentRows = """
        SELECT id, valid_from, valid_to, points, \(MemberField.columnList), status_reason FROM member_history
        WHERE member_id = ? AND superseded_by IS NULL ORDER BY valid_from
        """

    /// Reads `values` from the current row of a statement, starting at column `offset`.
    static func values(_ row: Statement, from offset: Int32) -> [String?] {
        (0..<Int32(MemberField.allCases.count)).map { row.optionalText(offset + $0) }
    }
}
