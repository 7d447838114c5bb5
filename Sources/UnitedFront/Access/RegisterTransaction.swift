/// The writes of one changeset, inside one `BEGIN IMMEDIATE` transaction: what
/// ``Register/write(by:_:)`` hands its closure.
///
/// Everything done through one transaction is recorded as one changeset with the attribution given to
/// `write`, and commits together or not at all: if the closure throws, nothing is written. Writes that
/// change nothing (setting a field to the value it has) record no changeset.
///
/// **Threading.** Not `Sendable`: use it only inside the closure, on the thread that runs it.
public final class RegisterTransaction {
    /// The register's code lists.
    public let codes: CodeCatalog
    let connection: Connection
    private let attribution: Attribution
    private let clock: () -> Timestamp
    private let validator: RecordValidator
    private var changesetID: Int64?

    init(connection: Connection, codes: CodeCatalog, attribution: Attribution, clock: @escaping () -> Timestamp) {
        self.connection = connection
        self.codes = codes
        self.attribution = attribution
        self.clock = clock
        self.validator = RecordValidator(codes: codes, today: .today(clock: clock()))
    }

    // MARK: Members

    /// Registers a member effective `effective` and returns their id.
    ///
    /// Coded fields are resolved to codes; a citizen ID fills in birth date and sex.
    /// - Throws: ``ValidationError`` for a bad value; ``RegisterError/duplicateDocument(type:number:existing:)``
    ///   when another member holds the same document.
    public func add(_ record: MemberRecord, effective: LocalDate) throws -> MemberID {
        var record = record
        record.status = .active
        let normalized = try validator.normalized(record)
        try checkDocumentIsFree(normalized, from: effective.iso8601, to: nil, for: nil)
        return try memberHistory().register(normalized, effective: effective)
    }

    /// Records that reality changed on `effective`: `edit` receives the record as it stood that day.
    ///
    /// Per field, the recorded changes are points in effective time and the value on a date is the value
    /// of the latest point on or before it. So each new value holds from `effective` until that field's
    /// next recorded change: a back-dated change leaves later changes in place, even when it makes the
    /// stretch before them hold the same value. A field set to the value it already has on `effective`
    /// records nothing. Returns false when `edit` changed nothing.
    /// - Throws: ``ValidationError``, ``RegisterError/memberNotFound(_:)``,
    ///   ``RegisterError/effectiveBeforeRegistration(_:effective:registeredOn:)``,
    ///   ``RegisterError/duplicateDocument(type:number:existing:)`` when another member holds the new
    ///   document on any day it would hold.
    @discardableResult
    public func change(_ id: MemberID, effective: LocalDate, _ edit: (inout MemberRecord) throws -> Void) throws -> Bool {
        let before = try existingRecord(id, on: effective)
        let after = try edited(before, edit)
        guard after != before else { return false }
        let history = memberHistory()
        let plan = MemberHistoryPlanner.change(try history.rows(of: id), effective: effective.iso8601, to: after)
        return try apply(plan, to: id, history)
    }

    /// Records that the register was wrong: `edit` receives the record in force on `asOf` (default: the
    /// latest), and each edited field is corrected over the whole stretch it held the wrong value.
    ///
    /// Corrections are kept in the timeline but are not changes: they never appear in
    /// ``Register/changes(from:through:)``. Returns false when `edit` changed nothing.
    @discardableResult
    public func correct(_ id: MemberID, asOf date: LocalDate? = nil, _ edit: (inout MemberRecord) throws -> Void) throws -> Bool {
        let before: MemberRecord
        if let date {
            before = try existingRecord(id, on: date)
        } else {
            guard let member = try reader.member(id) else { throw RegisterError.memberNotFound(id) }
            before = member.record
        }
        let after = try edited(before, edit)
        guard after != before else { return false }
        let history = memberHistory()
        let rows = try history.rows(of: id)
        guard let day = date?.iso8601 ?? rows.last?.validFrom else { throw RegisterError.memberNotFound(id) }
        return try apply(MemberHistoryPlanner.correct(rows, asOf: day, to: after), to: id, history)
    }

    /// Checks that no other member holds a document that `plan` gives this member, then writes it.
    private func apply(_ plan: HistoryEdit<HistoryRow>, to id: MemberID, _ history: MemberHistory) throws -> Bool {
        guard !plan.isEmpty else { return false }
        for row in plan.inserted {
            try checkDocumentIsFree(MemberRecord(values: row.values), from: row.validFrom, to: row.validTo, for: id)
        }
        try history.apply(plan, to: id)
        return true
    }

    /// Archives the member from `effective` (moved away, deceased, no longer a contact). The record and
    /// its history stay.
    ///
    /// The status is a field like the others: archived holds from `effective` until the status's next
    /// recorded change (a reactivation), so a back-dated archive leaves a later archive or reactivation
    /// in place. Every category membership in force on `effective` ends that day. A membership that
    /// *begins* while the member would be archived is not silently dropped: the archive is refused with
    /// ``RegisterError/membershipWhileArchived(_:category:on:)``; leave or remove that membership first.
    /// Archiving a member already archived on `effective` records nothing.
    /// - Throws: ``RegisterError/memberNotFound(_:)``,
    ///   ``RegisterError/effectiveBeforeRegistration(_:effective:registeredOn:)``,
    ///   ``RegisterError/membershipWhileArchived(_:category:on:)``.
    public func archive(_ id: MemberID, effective: LocalDate) throws {
        let (history, rows, k) = try statusRows(id, on: effective)
        guard rows[k][.status] != MemberStatus.archived.rawValue else { return }
        var record = MemberRecord(values: rows[k].values)
        record.status = .archived
        let day = effective.iso8601
        let until = rows[(k + 1)...].first { $0.points.contains(.status) }?.validFrom
        let categories = categoryHistory()
        if let clash = try categories.runs(of: id, beginningFrom: day, before: until).first {
            throw RegisterError.membershipWhileArchived(id, category: clash.category, on: try LocalDate.stored(clash.on))
        }
        try history.apply(MemberHistoryPlanner.change(rows, effective: day, to: record), to: id)
        for category in try categories.categories(of: id, on: day) {
            try categories.leave(id, category, on: effective)
        }
    }

    /// Puts an archived member back on the register from `effective`, until the status's next recorded
    /// change. Category memberships are not restored: enter them again. Reactivating a member active on
    /// `effective` records nothing.
    /// - Throws: ``RegisterError/memberNotFound(_:)``,
    ///   ``RegisterError/effectiveBeforeRegistration(_:effective:registeredOn:)``.
    public func reactivate(_ id: MemberID, effective: LocalDate) throws {
        let (history, rows, k) = try statusRows(id, on: effective)
        guard rows[k][.status] != MemberStatus.active.rawValue else { return }
        var record = MemberRecord(values: rows[k].values)
        record.status = .active
        try history.apply(MemberHistoryPlanner.change(rows, effective: effective.iso8601, to: record), to: id)
    }

    /// The member's history rows and the index of the one in force on `date`, or why there is none.
    private func statusRows(_ id: MemberID, on date: LocalDate) throws -> (MemberHistory, [HistoryRow], Int) {
        let history = memberHistory()
        let rows = try history.rows(of: id)
        guard let first = rows.first else { throw RegisterError.memberNotFound(id) }
        guard let k = MemberHistoryPlanner.index(of: date.iso8601, in: rows) else {
            throw RegisterError.effectiveBeforeRegistration(id, effective: date, registeredOn: try LocalDate.stored(first.validFrom))
        }
        return (history, rows, k)
    }

    /// The first day after `date` on which the member is archived, if any (current knowledge).
    private func nextArchivedDay(of id: MemberID, after date: LocalDate) throws -> String? {
        try connection.fetchOne("""
            SELECT min(valid_from) FROM member_history WHERE member_id = ? AND superseded_by IS NULL
            AND status = 'archived' AND valid_from > ?
            """, [id, date]) { $0.optionalText(0) } ?? nil
    }

    /// Whether the member is active on every day of `[from, to)` (current knowledge).
    private func isActive(_ id: MemberID, from: String, to: String) throws -> Bool {
        try connection.fetchOne("""
            SELECT 1 FROM member_history WHERE member_id = ? AND superseded_by IS NULL AND status = 'archived'
            AND valid_from < ?3 AND (valid_to IS NULL OR valid_to > ?2)
            """, [id, from, to]) { _ in true } == nil
    }

    // MARK: Categories

    /// Enters the member into `category` (a code, name or alias: `NON_PARTISAN`, `无党派人士`) from
    /// `effective`, with a tier (default 一般) and a source (摸底, 推荐, 认定, 自报).
    /// - Throws: ``RegisterError/alreadyInCategory(_:category:on:)``, ``RegisterError/memberArchived(_:on:)``,
    ///   ``ValidationError`` for an unknown category, tier or source.
    public func enter(_ id: MemberID, category: String, effective: LocalDate, tier: String = "GENERAL",
                      source: String? = nil) throws {
        let category = try codes.resolve(category, in: .category, field: "category")
        let tier = try codes.resolve(tier, in: .tier, field: "tier")
        let source = try source.map { try codes.resolve($0, in: .categorySource, field: "source") }
        guard try status(of: id, on: effective) == .active else { throw RegisterError.memberArchived(id, on: effective) }
        try categoryHistory().enter(id, category, on: effective, tier: tier, source: source,
                                    until: try nextArchivedDay(of: id, after: effective))
    }

    /// Ends the member's unbroken membership in `category` on `effective` (they are not a member from
    /// that day on).
    /// - Throws: ``RegisterError/notInCategory(_:category:on:)``.
    public func leave(_ id: MemberID, category: String, effective: LocalDate) throws {
        let category = try codes.resolve(category, in: .category, field: "category")
        _ = try status(of: id, on: effective)
        try categoryHistory().leave(id, category, on: effective)
    }

    /// Changes the member's tier in `category` from `effective` (e.g. 代表人士 → 重点代表人士), and the
    /// source when one is given. Returns false when nothing changed.
    @discardableResult
    public func changeTier(_ id: MemberID, category: String, to tier: String, source: String? = nil,
                           effective: LocalDate) throws -> Bool {
        let category = try codes.resolve(category, in: .category, field: "category")
        let tier = try codes.resolve(tier, in: .tier, field: "tier")
        let source = try source.map { try codes.resolve($0, in: .categorySource, field: "source") }
        _ = try status(of: id, on: effective)
        return try categoryHistory().change(id, category, on: effective, tier: tier, source: source)
    }

    /// Records that the register was wrong about a membership: the one in force on `asOf` (default:
    /// the current one). `tier` replaces the tier over the whole stretch that held the wrong one;
    /// `since` moves the start of the unbroken membership. Like every correction, it shows in the
    /// timeline but not in ``Register/changes(from:through:)``. Returns false when nothing changed.
    /// - Throws: ``RegisterError/notInCategory(_:category:on:)``, ``RegisterError/alreadyInCategory(_:category:on:)``
    ///   when `since` would overlap an earlier membership, ``RegisterError/effectiveBeforeRegistration(_:effective:registeredOn:)``,
    ///   ``ValidationError`` for an unknown category or tier, or a `since` after the first tier ended.
    @discardableResult
    public func correctMembership(_ id: MemberID, category: String, asOf date: LocalDate? = nil,
                                  tier: String? = nil, since: LocalDate? = nil) throws -> Bool {
        let category = try codes.resolve(category, in: .category, field: "category")
        let tier = try tier.map { try codes.resolve($0, in: .tier, field: "tier") }
        guard let member = try reader.member(id) else { throw RegisterError.memberNotFound(id) }
        return try categoryHistory().correct(id, category, on: date, tier: tier, since: since,
                                             registeredOn: member.registeredOn, today: validator.today) { from, to in
            try isActive(id, from: from, to: to)
        }
    }

    /// Records that the register was wrong to list the member in `category` at all: the unbroken
    /// membership in force on `asOf` (default: the current one) is withdrawn from every date. History
    /// keeps it for "as known at" reads.
    /// - Throws: ``RegisterError/notInCategory(_:category:on:)``, ``ValidationError`` for an unknown category.
    public func removeMembership(_ id: MemberID, category: String, asOf date: LocalDate? = nil) throws {
        let category = try codes.resolve(category, in: .category, field: "category")
        guard try reader.member(id) != nil else { throw RegisterError.memberNotFound(id) }
        try categoryHistory().remove(id, category, on: date, today: validator.today)
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

    private var reader: HistoryReader { HistoryReader(connection: connection, codes: codes) }

    private func memberHistory() -> MemberHistory {
        MemberHistory(connection: connection, changeset: { [unowned self] in try self.changeset() })
    }

    private func categoryHistory() -> CategoryHistory {
        let history = memberHistory()
        return CategoryHistory(connection: connection, changeset: history.changeset, log: history)
    }

    /// The changeset of this transaction, recorded on first use.
    private func changeset() throws -> Int64 {
        if let changesetID { return changesetID }
        let latest = try connection.fetchOne("SELECT max(recorded_at) FROM changeset") { $0.optionalText(0) }
            .flatMap { $0 }.flatMap(Timestamp.parse)
        let now = clock()
        var recordedAt = attribution.recordedAt ?? now
        if let given = attribution.recordedAt,
           given.millisecondsSince1970 > now.millisecondsSince1970 + Register.clockSkewToleranceMilliseconds {
            throw RegisterError.recordedInFuture(recordedAt: given, now: now)
        }
        if let latest, recordedAt < latest {
            guard attribution.recordedAt == nil else {
                throw RegisterError.recordedBeforeLatest(recordedAt: recordedAt, latest: latest)
            }
            recordedAt = latest  // the wall clock stepped back; keep recorded_at in changeset order
        }
        try connection.run(
            "INSERT INTO changeset(recorded_at, actor, reason, source) VALUES (?, ?, ?, ?)",
            [recordedAt, attribution.actor.trimmingSpaces(), attribution.reason, attribution.source])
        changesetID = connection.lastInsertedRowID
        return connection.lastInsertedRowID
    }

    /// The record in force on `date`, or why there is none.
    private func existingRecord(_ id: MemberID, on date: LocalDate) throws -> MemberRecord {
        if let member = try reader.member(id, asOf: date, knowledge: .current) { return member.record }
        guard let member = try reader.member(id) else { throw RegisterError.memberNotFound(id) }
        throw RegisterError.effectiveBeforeRegistration(id, effective: date, registeredOn: member.registeredOn)
    }

    /// The member's status on `date`, or why there is none: a lighter check than reading the record.
    private func status(of id: MemberID, on date: LocalDate) throws -> MemberStatus {
        let status = try connection.fetchOne("""
            SELECT status FROM member_history WHERE member_id = ? AND superseded_by IS NULL
            AND valid_from <= ?3 AND (valid_to IS NULL OR valid_to > ?3)
            """, [id, date, date]) { MemberStatus(rawValue: $0.text(0)) }
        if let status, let status { return status }
        _ = try existingRecord(id, on: date)  // throws the reason
        throw RegisterError.memberNotFound(id)
    }

    /// `record` edited by `edit` and validated; the status is not the edit's to change.
    private func edited(_ record: MemberRecord, _ edit: (inout MemberRecord) throws -> Void) throws -> MemberRecord {
        var copy = record
        try edit(&copy)
        copy.status = record.status
        return try validator.normalized(copy)
    }

    /// Identity is unique across members on every date: refuses `record`'s document when another member
    /// holds it on any day of `[from, to)` (current knowledge, future-dated changes included).
    private func checkDocumentIsFree(_ record: MemberRecord, from: String, to: String?, for member: MemberID?) throws {
        guard let number = record.documentNumber else { return }
        let holder = try connection.fetchOne("""
            SELECT member_id FROM member_history
            WHERE document_type = ?1 AND document_number = ?2 AND document_number IS NOT NULL
              AND superseded_by IS NULL AND member_id IS NOT ?3
              AND (?4 IS NULL OR valid_from < ?4) AND (valid_to IS NULL OR valid_to > ?5)
            LIMIT 1
            """, [record.documentType, number, member, to, from]) { MemberID(rawValue: $0.int64(0)) }
        if let holder {
            throw RegisterError.duplicateDocument(type: record.documentType, number: number, existing: holder)
        }
    }
}
