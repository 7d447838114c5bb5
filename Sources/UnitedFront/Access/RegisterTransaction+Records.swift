/// Records a member holds over dates: posts, 政治安排, reserve-pool entries, cultivation and
/// democratic-party memberships (see ``DatedRecord``).
///
/// A record begins on the day it is added and ends on the day given to ``end(_:effective:_:)``; its
/// fields change on dates under the same rules as a member's. A record is only added on a day its holder
/// is registered and not archived; one added before a later archive ends on the archive's date, and
/// archiving a member ends every record in force that day (see ``archive(_:effective:)``).
///
/// Some kinds keep the rest of the register consistent in the same changeset: the member's 职务 and
/// 职务层次 follow their posts (see ``PostRecord``); joining a democratic party sets the political status
/// and ends a 无党派人士 membership, and leaving it returns the status to 群众 (see
/// ``PartyMembershipRecord``).
extension RegisterTransaction {
    /// Adds `record`, held by `member` from `effective`, and returns its id.
    /// - Throws: ``ValidationError`` for a bad value; ``RegisterError/memberNotFound(_:)``,
    ///   ``RegisterError/effectiveBeforeRegistration(_:effective:registeredOn:)``,
    ///   ``RegisterError/memberArchived(_:on:)``; ``RegisterError/orgUnitNotActive(_:on:)`` for a post's
    ///   unit.
    @discardableResult
    public func add<Record: DatedRecord>(_ record: Record, for member: MemberID, effective: LocalDate) throws -> RecordID<Record> {
        RecordID(rawValue: try addStored(try Record.storedType(), record, for: member, effective: effective))
    }

    /// Records that a record changed on `effective` (a 届次 or role changed, a party post was taken, a
    /// 职务层次 was raised): `edit` receives the record as it stood that day. Returns false when nothing
    /// changed. Ending is ``end(_:effective:_:)``, not an edit.
    /// - Throws: ``ValidationError``; ``RegisterError/recordNotFound(_:id:)``;
    ///   ``RegisterError/recordNotInForce(_:id:on:)`` when it is not in force on `effective`.
    @discardableResult
    public func change<Record: DatedRecord>(_ id: RecordID<Record>, effective: LocalDate,
                                            _ edit: (inout Record) throws -> Void) throws -> Bool {
        try changeStored(try Record.storedType(), id, effective: effective, ending: false, edit)
    }

    /// Ends a record from `effective` (免职, 出库, 退出): its last day in force is the day before. `edit`
    /// may record how it ended (a 免职文号, a reason, a ``PartyExit``).
    /// - Throws: as ``change(_:effective:_:)-(RecordID<Record>,_,_)``.
    public func end<Record: DatedRecord>(_ id: RecordID<Record>, effective: LocalDate,
                                         _ edit: (inout Record) throws -> Void = { _ in }) throws {
        _ = try changeStored(try Record.storedType(), id, effective: effective, ending: true, edit)
    }

    /// Corrects a record's values as of `date` (default: today) without recording a change: each value
    /// that was wrong is replaced over the whole stretch it held. Returns false when nothing changed.
    /// - Throws: ``ValidationError``; ``RegisterError/recordNotFound(_:id:)``;
    ///   ``RegisterError/recordNotInForce(_:id:on:)`` when the record had not begun on `date`.
    @discardableResult
    public func correct<Record: DatedRecord>(_ id: RecordID<Record>, asOf date: LocalDate? = nil,
                                             _ edit: (inout Record) throws -> Void) throws -> Bool {
        try correctStored(try Record.storedType(), id, asOf: date ?? today, edit)
    }

    /// A record as it stood on `date`, including this transaction's writes; nil before it began.
    public func record<Record: DatedRecord>(_ id: RecordID<Record>, asOf date: LocalDate) throws -> Tenure<Record>? {
        try readStored(try Record.storedType(), id, asOf: date)
    }

    /// `member`'s records of a kind in force on `date`, including this transaction's writes, in id order.
    public func records<Record: DatedRecord>(_ type: Record.Type, of member: MemberID, on date: LocalDate) throws -> [Tenure<Record>] {
        try recordsInForce(try type.storedType(), of: member, on: date)
    }

    // MARK: Internals

    private func recordsInForce<S: StoredRecord, Record: DatedRecord>(_ type: S.Type, of member: MemberID,
                                                                      on date: LocalDate) throws -> [Tenure<Record>] {
        try RecordReader<S>(connection: connection).records(of: member, asOf: date, knowledge: .current).map { $0.cast() }
    }

    private func addStored<S: StoredRecord, Record: DatedRecord>(_ type: S.Type, _ record: Record, for member: MemberID,
                                                                 effective: LocalDate) throws -> Int64 {
        guard try status(of: member, on: effective) == .active else { throw RegisterError.memberArchived(member, on: effective) }
        var record = try (record as! S).normalized(in: self, for: member)
        record[.status] = RecordStatus.active
        let history = recordHistory(S.self)
        let id = try history.create(record, for: member, effective: effective)
        try memberHistory().log(LogLine(kind: .change, effective: effective.iso8601, subject: .record(S.kind, id: id),
                                        from: nil, to: record.summary(codes)), for: member)
        try S.didAdd(record, for: member, effective: effective, in: self)
        if let archived = try nextArchive(of: member, after: effective) {
            _ = try changeStored(S.self, RecordID<S>(rawValue: id), effective: archived, ending: true, consequences: false) { _ in }
        }
        try S.didWrite(for: member, from: effective, in: self)
        return id
    }

    private func changeStored<S: StoredRecord, Record: DatedRecord>(
        _ type: S.Type, _ id: RecordID<Record>, effective: LocalDate, ending: Bool, consequences: Bool = true,
        _ edit: (inout Record) throws -> Void
    ) throws -> Bool {
        let (history, member, rows) = try recordRows(S.self, id.rawValue)
        guard let k = FieldHistoryPlanner<S.Field>.index(of: effective.iso8601, in: rows),
              rows[k][.status] == RecordStatus.active
        else { throw RegisterError.recordNotInForce(S.kind, id: id.rawValue, on: effective) }
        let before = S(values: rows[k].values)
        var edited = before as! Record
        try edit(&edited)
        var after = try (edited as! S).normalized(in: self, for: member)
        after[.status] = ending ? RecordStatus.ended : RecordStatus.active
        let (plan, _) = FieldHistoryPlanner<S.Field>.change(rows, effective: effective.iso8601, to: after.values)
        guard !plan.isEmpty else { return false }
        try history.apply(plan, to: id.rawValue)
        let line = LogLine(kind: .change, effective: effective.iso8601, subject: .record(S.kind, id: id.rawValue),
                           from: before.summary(codes), to: ending ? nil : after.summary(codes))
        try memberHistory().log(line, for: member)
        if ending, consequences { try S.didEnd(after, for: member, effective: effective, in: self) }
        try S.didWrite(for: member, from: effective, in: self)
        return true
    }

    private func correctStored<S: StoredRecord, Record: DatedRecord>(
        _ type: S.Type, _ id: RecordID<Record>, asOf date: LocalDate, _ edit: (inout Record) throws -> Void
    ) throws -> Bool {
        let (history, member, rows) = try recordRows(S.self, id.rawValue)
        guard let k = FieldHistoryPlanner<S.Field>.index(of: date.iso8601, in: rows) else {
            throw RegisterError.recordNotInForce(S.kind, id: id.rawValue, on: date)
        }
        let before = S(values: rows[k].values)
        var edited = before as! Record
        try edit(&edited)
        var after = try (edited as! S).normalized(in: self, for: member)
        after[.status] = before[.status]
        let (plan, changes) = FieldHistoryPlanner<S.Field>.correct(rows, asOf: date.iso8601, to: after.values)
        guard !plan.isEmpty else { return false }
        try history.apply(plan, to: id.rawValue)
        let from = changes.map(\.effective).min() ?? date.iso8601
        let line = LogLine(kind: .correction, effective: from, subject: .record(S.kind, id: id.rawValue),
                           from: before.summary(codes), to: after.summary(codes))
        try memberHistory().log(line, for: member)
        try S.didWrite(for: member, from: try LocalDate.stored(from), in: self)
        return true
    }

    private func readStored<S: StoredRecord, Record: DatedRecord>(_ type: S.Type, _ id: RecordID<Record>,
                                                                  asOf date: LocalDate) throws -> Tenure<Record>? {
        try RecordReader<S>(connection: connection).record(id.rawValue, asOf: date, knowledge: .current).map { $0.cast() }
    }

    /// A record's engine, holder and current-knowledge rows, or ``RegisterError/recordNotFound(_:id:)``.
    private func recordRows<S: StoredRecord>(_ type: S.Type, _ id: Int64) throws -> (RecordHistory<S>, MemberID, [FieldRow<S.Field>]) {
        let history = recordHistory(S.self)
        guard let member = try history.holder(of: id) else { throw RegisterError.recordNotFound(S.kind, id: id) }
        return (history, member, try history.rows(of: id))
    }

    func recordHistory<S: StoredRecord>(_ type: S.Type) -> RecordHistory<S> {
        RecordHistory(connection: connection, changeset: memberHistory().changeset)
    }

    /// The first day after `date` on which `member`'s status becomes archived, if any.
    private func nextArchive(of member: MemberID, after date: LocalDate) throws -> LocalDate? {
        let rows = try memberHistory().rows(of: member)
        let day = rows.first { $0.validFrom > date.iso8601 && $0[.status] == MemberStatus.archived.rawValue }?.validFrom
        return try day.map(LocalDate.stored)
    }

    /// Ends every record of every kind that `member` holds on `day`, and refuses when one would begin
    /// after `day` but before `until` (while archived). Part of ``archive(_:effective:)``.
    func endRecords(of member: MemberID, archivedOn day: LocalDate, until: String?) throws {
        for kind in StoredRecordKinds.all { try endRecords(kind, of: member, on: day, until: until) }
    }

    private func endRecords<S: StoredRecord>(_ type: S.Type, of member: MemberID, on day: LocalDate, until: String?) throws {
        let history = recordHistory(S.self)
        for id in try history.records(of: member) {
            let rows = try history.rows(of: id)
            guard let first = rows.first else { continue }
            if first.validFrom > day.iso8601, first.validFrom < (until ?? "9999-12-31") {
                throw RegisterError.recordWhileArchived(member, kind: S.kind, id: id, on: try LocalDate.stored(first.validFrom))
            }
            if let k = FieldHistoryPlanner<S.Field>.index(of: day.iso8601, in: rows), rows[k][.status] == RecordStatus.active {
                // Archived, not leaving: the political status is left as it was.
                _ = try changeStored(S.self, RecordID<S>(rawValue: id), effective: day, ending: true, consequences: false) { _ in }
            }
        }
    }
}
