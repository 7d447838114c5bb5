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
        try checkDocumentIsFree(normalized, for: nil)
        return try memberHistory().register(normalized, effective: effective)
    }

    /// Records that reality changed on `effective`: `edit` receives the record as it stood that day.
    ///
    /// The new values hold from `effective` until each field's next recorded change, so a back-dated
    /// change leaves later changes in place. Returns false when `edit` changed nothing.
    /// - Throws: ``ValidationError``, ``RegisterError/memberNotFound(_:)``,
    ///   ``RegisterError/effectiveBeforeRegistration(_:effective:registeredOn:)``.
    @discardableResult
    public func change(_ id: MemberID, effective: LocalDate, _ edit: (inout MemberRecord) throws -> Void) throws -> Bool {
        let before = try existingRecord(id, on: effective)
        let after = try edited(before, edit)
        guard after != before else { return false }
        try checkDocumentIsFree(after, for: id)
        return try !memberHistory().change(id, effective: effective, to: after).isEmpty
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
        try checkDocumentIsFree(after, for: id)
        return try !memberHistory().correct(id, asOf: date, to: after).isEmpty
    }

    /// Archives the member from `effective` (moved away, deceased, no longer a contact) and ends their
    /// category memberships that day. The record and its history stay.
    public func archive(_ id: MemberID, effective: LocalDate) throws {
        var record = try existingRecord(id, on: effective)
        guard record.status != .archived else { return }
        record.status = .archived
        let history = memberHistory()
        _ = try history.change(id, effective: effective, to: record)
        let categories = categoryHistory()
        for category in try categories.categories(of: id, on: effective.iso8601) {
            try categories.leave(id, category, on: effective)
        }
    }

    /// Puts an archived member back on the register from `effective`. Category memberships are not
    /// restored: enter them again.
    public func reactivate(_ id: MemberID, effective: LocalDate) throws {
        var record = try existingRecord(id, on: effective)
        guard record.status != .active else { return }
        record.status = .active
        _ = try memberHistory().change(id, effective: effective, to: record)
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
        try categoryHistory().enter(id, category, on: effective, tier: tier, source: source)
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
        return try categoryHistory().changeTier(id, category, on: effective, to: tier, source: source)
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
                                             registeredOn: member.registeredOn)
    }

    /// Records that the register was wrong to list the member in `category` at all: the unbroken
    /// membership in force on `asOf` (default: the current one) is withdrawn from every date. History
    /// keeps it for "as known at" reads.
    /// - Throws: ``RegisterError/notInCategory(_:category:on:)``, ``ValidationError`` for an unknown category.
    public func removeMembership(_ id: MemberID, category: String, asOf date: LocalDate? = nil) throws {
        let category = try codes.resolve(category, in: .category, field: "category")
        guard try reader.member(id) != nil else { throw RegisterError.memberNotFound(id) }
        try categoryHistory().remove(id, category, on: date)
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
        var recordedAt = attribution.recordedAt ?? clock()
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

    private func checkDocumentIsFree(_ record: MemberRecord, for member: MemberID?) throws {
        guard let number = record.documentNumber else { return }
        let holder = try connection.fetchOne(
            "SELECT id FROM member WHERE document_type = ? AND document_number = ? AND id IS NOT ?",
            [record.documentType, number, member]) { MemberID(rawValue: $0.int64(0)) }
        if let holder {
            throw RegisterError.duplicateDocument(type: record.documentType, number: number, existing: holder)
        }
    }
}
