/// Records held over dates: a member's posts, 政治安排, pool entries, party memberships, 侨情, relations
/// and honours, and the records of and about entities (see ``DatedRecord`` and ``RecordHolder``).
///
/// A record begins on the day it is added and ends on the day given to ``end(_:effective:_:)``; its
/// fields change on dates under the same rules as a member's. A record is only added on a day its holder
/// is there (a member registered and not archived, a holding record in force); one added before the
/// holder next leaves ends that day, and archiving a member ends every record they hold in force that
/// day (see ``archive(_:effective:reason:)``).
///
/// Some kinds keep the rest of the register consistent in the same changeset: the member's 职务 and
/// 职务层次 follow their posts (see ``PostRecord``); joining a democratic party sets the political status
/// and ends a 无党派人士 membership, and leaving it returns the status to 群众 (see
/// ``PartyMembershipRecord``).
extension RegisterTransaction {
    /// Adds `record`, held by `holder` from `effective`, and returns its id.
    /// - Throws: ``ValidationError`` for a bad value; for a member, ``RegisterError/memberNotFound(_:)``,
    ///   ``RegisterError/effectiveBeforeRegistration(_:effective:registeredOn:)`` or
    ///   ``RegisterError/memberArchived(_:on:)``; for a holding record,
    ///   ``RegisterError/recordNotFound(_:id:)`` or ``RegisterError/recordNotInForce(_:id:on:)``.
    @discardableResult
    public func add<Record: DatedRecord>(_ record: Record, for holder: Record.Holder, effective: LocalDate) throws -> RecordID<Record> {
        RecordID(rawValue: try addStored(try Record.storedType(), record, for: holder, effective: effective))
    }

    /// Adds a record that nobody holds (an enterprise, an organisation, a household) from `effective`,
    /// and returns its id.
    /// - Throws: ``ValidationError`` for a bad value.
    @discardableResult
    public func add<Record: DatedRecord>(_ record: Record, effective: LocalDate) throws -> RecordID<Record> where Record.Holder == NoHolder {
        try add(record, for: NoHolder(), effective: effective)
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
    /// - Throws: as `change(_:effective:_:)` for records.
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

    /// The records of a kind in force on `date` (of `holder`, or all), including this transaction's writes,
    /// in id order.
    public func records<Record: DatedRecord>(_ type: Record.Type, of holder: Record.Holder? = nil,
                                             on date: LocalDate) throws -> [Tenure<Record>] {
        try recordsInForce(try type.storedType(), of: holder, on: date)
    }

    // MARK: Internals

    private func recordsInForce<S: StoredRecord, Record: DatedRecord>(_ type: S.Type, of holder: Record.Holder?,
                                                                      on date: LocalDate) throws -> [Tenure<Record>] {
        try RecordReader<S>(connection: connection).records(of: holder.map { $0 as! S.Holder }, asOf: date, knowledge: .current)
            .map { $0.cast() }
    }

    private func addStored<S: StoredRecord, Record: DatedRecord>(_ type: S.Type, _ record: Record, for holder: Record.Holder,
                                                                 effective: LocalDate) throws -> Int64 {
        let holder = holder as! S.Holder
        try holder.checkHolds(on: effective, in: self)
        var record = try (record as! S).normalized(in: self, for: holder)
        record[.status] = RecordStatus.active
        let history = recordHistory(S.self)
        let id = try history.create(record, for: holder, effective: effective)
        try S.check(id, in: self)
        try holder.log(LogLine(kind: .change, effective: effective.iso8601, subject: .record(S.kind, id: id),
                               from: nil, to: record.summary(codes)), in: self)
        try S.didAdd(record, for: holder, effective: effective, in: self)
        if let leaves = try holder.nextEnd(after: effective, in: self) {
            _ = try changeStored(S.self, RecordID<S>(rawValue: id), effective: leaves, ending: true, consequences: false) { _ in }
        }
        try S.didWrite(for: holder, from: effective, in: self)
        return id
    }

    private func changeStored<S: StoredRecord, Record: DatedRecord>(
        _ type: S.Type, _ id: RecordID<Record>, effective: LocalDate, ending: Bool, consequences: Bool = true,
        _ edit: (inout Record) throws -> Void
    ) throws -> Bool {
        let (history, holder, rows) = try recordRows(S.self, id.rawValue)
        guard let k = FieldHistoryPlanner<S.Field>.index(of: effective.iso8601, in: rows),
              rows[k][.status] == RecordStatus.active
        else { throw RegisterError.recordNotInForce(S.kind, id: id.rawValue, on: effective) }
        let before = S(values: rows[k].values)
        var edited = before as! Record
        try edit(&edited)
        var after = try (edited as! S).normalized(in: self, for: holder)
        after[.status] = ending ? RecordStatus.ended : RecordStatus.active
        let (plan, _) = FieldHistoryPlanner<S.Field>.change(rows, effective: effective.iso8601, to: after.values)
        guard !plan.isEmpty else { return false }
        try history.apply(plan, to: id.rawValue)
        try S.check(id.rawValue, in: self)
        let line = LogLine(kind: .change, effective: effective.iso8601, subject: .record(S.kind, id: id.rawValue),
                           from: before.summary(codes), to: ending ? nil : after.summary(codes))
        try holder.log(line, in: self)
        if ending, consequences { try S.didEnd(after, id: id.rawValue, for: holder, effective: effective, in: self) }
        try S.didWrite(for: holder, from: effective, in: self)
        return true
    }

    private func correctStored<S: StoredRecord, Record: DatedRecord>(
        _ type: S.Type, _ id: RecordID<Record>, asOf date: LocalDate, _ edit: (inout Record) throws -> Void
    ) throws -> Bool {
        let (history, holder, rows) = try recordRows(S.self, id.rawValue)
        guard let k = FieldHistoryPlanner<S.Field>.index(of: date.iso8601, in: rows) else {
            throw RegisterError.recordNotInForce(S.kind, id: id.rawValue, on: date)
        }
        let before = S(values: rows[k].values)
        var edited = before as! Record
        try edit(&edited)
        var after = try (edited as! S).normalized(in: self, for: holder)
        after[.status] = before[.status]
        let (plan, changes) = FieldHistoryPlanner<S.Field>.correct(rows, asOf: date.iso8601, to: after.values)
        guard !plan.isEmpty else { return false }
        try history.apply(plan, to: id.rawValue)
        try S.check(id.rawValue, in: self)
        let from = changes.map(\.effective).min() ?? date.iso8601
        let line = LogLine(kind: .correction, effective: from, subject: .record(S.kind, id: id.rawValue),
                           from: before.summary(codes), to: after.summary(codes))
        try holder.log(line, in: self)
        try S.didWrite(for: holder, from: try LocalDate.stored(from), in: self)
        return true
    }

    private func readStored<S: StoredRecord, Record: DatedRecord>(_ type: S.Type, _ id: RecordID<Record>,
                                                                  asOf date: LocalDate) throws -> Tenure<Record>? {
        try RecordReader<S>(connection: connection).record(id.rawValue, asOf: date, knowledge: .current).map { $0.cast() }
    }

    /// A record's engine, holder and current-knowledge rows, or ``RegisterError/recordNotFound(_:id:)``.
    private func recordRows<S: StoredRecord>(_ type: S.Type, _ id: Int64) throws -> (RecordHistory<S>, S.Holder, [FieldRow<S.Field>]) {
        let history = recordHistory(S.self)
        guard let member = try history.holder(of: id) else { throw RegisterError.recordNotFound(S.kind, id: id) }
        return (history, member, try history.rows(of: id))
    }

    func recordHistory<S: StoredRecord>(_ type: S.Type) -> RecordHistory<S> {
        RecordHistory(connection: connection, changeset: memberHistory().changeset)
    }

    /// Ends every record of every kind that `member` holds on `day`, and refuses when one would begin
    /// after `day` but before `until` (while archived). Part of ``archive(_:effective:reason:)``.
    func endRecords(of member: MemberID, archivedOn day: LocalDate, until: String?) throws {
        for kind in StoredRecordKinds.all { try endRecords(kind, of: member, on: day, until: until) }
    }

    private func endRecords<S: StoredRecord>(_ type: S.Type, of member: MemberID, on day: LocalDate, until: String?) throws {
        guard let holder = member as? S.Holder else { return }  // only the kinds a member holds
        let history = recordHistory(S.self)
        for id in try history.records(of: holder) {
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

    /// Ends, from `day`, every record of kind `S` in force that day that `holder` holds or whose `field`
    /// names `id`: what an entity's end takes with it.
    /// - Throws: ``RegisterError/recordBeginsAfterEnd(_:id:on:)`` for such a record that begins after `day`.
    func endRecords<S: StoredRecord>(_ type: S.Type, heldBy holder: S.Holder? = nil, naming field: S.Field? = nil, id: Int64,
                                     on day: LocalDate) throws {
        var ids: [Int64] = []
        if let holder { ids = try recordHistory(S.self).records(of: holder) }
        if let field {
            ids += try connection.fetchAll("""
                SELECT DISTINCT record_id FROM \(S.kind.id)_history WHERE \(field.rawValue) = ? AND superseded_by IS NULL
                """, [String(id)]) { $0.int64(0) }
        }
        for record in ids {
            let rows = try recordHistory(S.self).rows(of: record)
            if let first = rows.first, first.validFrom > day.iso8601, field.map({ first[$0] == String(id) }) ?? true {
                throw RegisterError.recordBeginsAfterEnd(S.kind, id: record, on: try LocalDate.stored(first.validFrom))
            }
            guard let k = FieldHistoryPlanner<S.Field>.index(of: day.iso8601, in: rows), rows[k][.status] == RecordStatus.active,
                  field.map({ rows[k][$0] == String(id) }) ?? true
            else { continue }
            _ = try changeStored(S.self, RecordID<S>(rawValue: record), effective: day, ending: true) { _ in }
        }
    }
}
