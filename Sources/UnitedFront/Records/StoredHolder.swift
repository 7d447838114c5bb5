/// What the register needs to know of a ``RecordHolder``: the column that names it in a record kind's
/// table, whether it can hold a record on a date, when it next stops holding, and where a record's
/// change is written for people to read.
protocol StoredHolder: RecordHolder {
    /// The column of the holder in a held kind's table (`member_id`, `enterprise_id`); nil for
    /// ``NoHolder``.
    static var column: String? { get }
    /// The holder's row id; nil for ``NoHolder``.
    var holderRowID: Int64? { get }
    /// The holder with this row id.
    init(holderRowID: Int64?)
    /// Refuses when the holder cannot begin holding a record on `date`.
    func checkHolds(on date: LocalDate, in transaction: RegisterTransaction) throws
    /// The first day after `date` on which the holder stops being there (an archive, an end); nil when
    /// it does not.
    func nextEnd(after date: LocalDate, in transaction: RegisterTransaction) throws -> LocalDate?
    /// Writes a readable line about one of its records (a member's timeline); nothing for other holders.
    func log(_ line: LogLine, in transaction: RegisterTransaction) throws
}

extension MemberID: StoredHolder {
    static var column: String? { "member_id" }
    var holderRowID: Int64? { rawValue }
    init(holderRowID: Int64?) { self.init(rawValue: holderRowID ?? 0) }

    func checkHolds(on date: LocalDate, in transaction: RegisterTransaction) throws {
        guard try transaction.status(of: self, on: date) == .active else { throw RegisterError.memberArchived(self, on: date) }
    }

    func nextEnd(after date: LocalDate, in transaction: RegisterTransaction) throws -> LocalDate? {
        let rows = try transaction.memberHistory().rows(of: self)
        let day = rows.first { $0.validFrom > date.iso8601 && $0[.status] == MemberStatus.archived.rawValue }?.validFrom
        return try day.map(LocalDate.stored)
    }

    func log(_ line: LogLine, in transaction: RegisterTransaction) throws {
        try transaction.memberHistory().log(line, for: self)
    }
}

extension NoHolder: StoredHolder {
    static var column: String? { nil }
    var holderRowID: Int64? { nil }
    init(holderRowID: Int64?) { self.init() }
    func checkHolds(on date: LocalDate, in transaction: RegisterTransaction) throws {}
    func nextEnd(after date: LocalDate, in transaction: RegisterTransaction) throws -> LocalDate? { nil }
    func log(_ line: LogLine, in transaction: RegisterTransaction) throws {}
}

extension RecordID: StoredHolder where Record: StoredRecord {
    static var column: String? { "\(Record.kind.id)_id" }
    var holderRowID: Int64? { rawValue }
    init(holderRowID: Int64?) { self.init(rawValue: holderRowID ?? 0) }

    func checkHolds(on date: LocalDate, in transaction: RegisterTransaction) throws {
        let rows = try transaction.recordHistory(Record.self).rows(of: rawValue)
        guard !rows.isEmpty else { throw RegisterError.recordNotFound(Record.kind, id: rawValue) }
        guard let k = FieldHistoryPlanner<Record.Field>.index(of: date.iso8601, in: rows), rows[k][.status] == RecordStatus.active
        else { throw RegisterError.recordNotInForce(Record.kind, id: rawValue, on: date) }
    }

    func nextEnd(after date: LocalDate, in transaction: RegisterTransaction) throws -> LocalDate? {
        let rows = try transaction.recordHistory(Record.self).rows(of: rawValue)
        return try rows.first { $0.validFrom > date.iso8601 && $0[.status] == RecordStatus.ended }.map { try LocalDate.stored($0.validFrom) }
    }

    func log(_ line: LogLine, in transaction: RegisterTransaction) throws {}
}
