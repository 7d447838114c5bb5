/// The writes of one changeset, inside one `BEGIN IMMEDIATE` transaction: what
/// ``Register/write(by:_:)`` hands its closure.
///
/// Everything done through one transaction is recorded as one changeset with the attribution given to
/// `write`, and commits together or not at all: if the closure throws, nothing is written. Writes that
/// change nothing (setting a field to the value it has) record no changeset.
///
/// **Time.** The register's clock is read once, when the transaction begins: ``now`` is the changeset's
/// `recorded_at` (unless the attribution names an earlier instant) and ``today`` is the day against which
/// birth dates and defaults are judged. Nothing inside reads the wall clock.
///
/// **Threading.** Not `Sendable`: use it only inside the closure, on the thread that runs it.
public final class RegisterTransaction {
    /// The register's code lists.
    public let codes: CodeCatalog
    /// The register's clock when the transaction began.
    public let now: Timestamp
    /// ``now``'s date in the register's civil calendar (UTC+8).
    public var today: LocalDate { validator.today }
    let connection: Connection
    let attribution: Attribution
    let validator: RecordValidator
    private var changesetID: Int64?

    init(connection: Connection, codes: CodeCatalog, attribution: Attribution, now: Timestamp) {
        self.connection = connection
        self.codes = codes
        self.attribution = attribution
        self.now = now
        self.validator = RecordValidator(codes: codes, today: .today(clock: now))
    }

    // MARK: Savepoints

    /// Runs `body` in a savepoint: when it throws, everything it wrote is undone and the rest of the
    /// transaction goes on. An importer uses this to refuse one row of a sheet and keep the others.
    /// - Throws: whatever `body` throws, after undoing its writes; ``DatabaseError``.
    public func savepoint<T>(_ body: () throws -> T) throws -> T {
        let changesetBefore = changesetID
        do {
            return try connection.inSavepoint(body)
        } catch {
            changesetID = changesetBefore  // a changeset first recorded inside was rolled back with it
            throw error
        }
    }

    // MARK: Reads inside the transaction

    /// The member's latest record, including this transaction's writes.
    public func member(_ id: MemberID) throws -> Member? { try reader.member(id) }

    /// The member as of `date`, including this transaction's writes.
    public func member(_ id: MemberID, asOf date: LocalDate) throws -> Member? {
        try reader.member(id, asOf: date, knowledge: .current)
    }

    // MARK: Internals

    var reader: HistoryReader { HistoryReader(connection: connection, codes: codes) }

    func memberHistory() -> MemberHistory {
        MemberHistory(connection: connection, changeset: { [unowned self] in try self.changeset() })
    }

    func categoryHistory() -> CategoryHistory {
        let history = memberHistory()
        return CategoryHistory(connection: connection, changeset: history.changeset, log: history)
    }

    /// The changeset of this transaction, recorded on first use.
    private func changeset() throws -> Int64 {
        if let changesetID { return changesetID }
        let latest = try connection.fetchOne("SELECT max(recorded_at) FROM changeset") { $0.optionalText(0) }
            .flatMap { $0 }.flatMap(Timestamp.parse)
        var recordedAt = attribution.recordedAt ?? now
        if let given = attribution.recordedAt,
           given.millisecondsSince1970 > now.millisecondsSince1970 + Register.clockSkewToleranceMilliseconds {
            throw RegisterError.recordedInFuture(recordedAt: given, now: now)
        }
        if let latest, recordedAt < latest {
            guard attribution.recordedAt == nil else {
                throw RegisterError.recordedBeforeLatest(recordedAt: recordedAt, latest: latest)
            }
            recordedAt = latest  // the clock stepped back; keep recorded_at in changeset order
        }
        try connection.run(
            "INSERT INTO changeset(recorded_at, actor, reason, source) VALUES (?, ?, ?, ?)",
            [recordedAt, attribution.actor.trimmingSpaces(), attribution.reason, attribution.source])
        changesetID = connection.lastInsertedRowID
        return connection.lastInsertedRowID
    }

    /// The record in force on `date`, or why there is none.
    func existingRecord(_ id: MemberID, on date: LocalDate) throws -> MemberRecord {
        if let member = try reader.member(id, asOf: date, knowledge: .current) { return member.record }
        guard let member = try reader.member(id) else { throw RegisterError.memberNotFound(id) }
        throw RegisterError.effectiveBeforeRegistration(id, effective: date, registeredOn: member.registeredOn)
    }

    /// The member's status on `date`, or why there is none: a lighter check than reading the record.
    func status(of id: MemberID, on date: LocalDate) throws -> MemberStatus {
        let status = try connection.fetchOne("""
            SELECT status FROM member_history WHERE member_id = ? AND superseded_by IS NULL
            AND valid_from <= ?3 AND (valid_to IS NULL OR valid_to > ?3)
            """, [id, date, date]) { MemberStatus(rawValue: $0.text(0)) }
        if let status, let status { return status }
        _ = try existingRecord(id, on: date)  // throws the reason
        throw RegisterError.memberNotFound(id)
    }

    /// The member's registration date, or ``RegisterError/memberNotFound(_:)``.
    func registeredOn(_ id: MemberID) throws -> LocalDate {
        guard let text = try connection.fetchOne("SELECT registered_on FROM member WHERE id = ?", [id], { $0.text(0) }) else {
            throw RegisterError.memberNotFound(id)
        }
        return try LocalDate.stored(text)
    }
}
