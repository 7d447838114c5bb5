/// Registering members and recording what happened to their records.
extension RegisterTransaction {
    /// Registers a member effective `effective` and returns their id.
    ///
    /// Coded fields are resolved to codes; a citizen ID fills in birth date and sex.
    /// - Throws: ``ValidationError`` for a bad value; ``RegisterError/duplicateDocument(type:number:existing:)``
    ///   when another member holds the same document on any day from `effective` on.
    public func add(_ record: MemberRecord, effective: LocalDate) throws -> MemberID {
        var record = record
        record.status = .active
        let normalized = try validator.normalized(record)
        try checkDocumentIsFree(normalized, from: effective.iso8601, to: nil, for: nil)
        if let unit = normalized.orgUnit { try checkOrgUnitActive(unit, from: effective.iso8601, to: nil) }
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
    ///   document on any day it would hold; ``RegisterError/orgUnitNotActive(_:on:)`` when the owning unit
    ///   does not exist on a day the member would belong to it.
    @discardableResult
    public func change(_ id: MemberID, effective: LocalDate, _ edit: (inout MemberRecord) throws -> Void) throws -> Bool {
        let before = try existingRecord(id, on: effective)
        let after = try edited(before, edit)
        guard after != before else { return false }
        let history = memberHistory()
        let plan = MemberHistoryPlanner.change(try history.rows(of: id), effective: effective.iso8601, to: after)
        return try apply(plan, to: id, history)
    }

    /// Records that the register was wrong: `edit` receives the record in force on `asOf` (default:
    /// ``today``, or the registration date for a member registered later), and each edited field is
    /// corrected over the whole stretch it held the wrong value around that day.
    ///
    /// Corrections are kept in the timeline but are not changes: they never appear in
    /// ``Register/changes(from:through:)``. Returns false when `edit` changed nothing.
    /// - Throws: ``ValidationError``, ``RegisterError/memberNotFound(_:)``,
    ///   ``RegisterError/effectiveBeforeRegistration(_:effective:registeredOn:)``,
    ///   ``RegisterError/duplicateDocument(type:number:existing:)``.
    @discardableResult
    public func correct(_ id: MemberID, asOf date: LocalDate? = nil, _ edit: (inout MemberRecord) throws -> Void) throws -> Bool {
        let day = try date ?? max(today, registeredOn(id))
        let before = try existingRecord(id, on: day)
        let after = try edited(before, edit)
        guard after != before else { return false }
        let history = memberHistory()
        return try apply(MemberHistoryPlanner.correct(try history.rows(of: id), asOf: day.iso8601, to: after), to: id, history)
    }

    /// Records that the register was wrong about when the member entered it: their first record now
    /// starts on `date`. Moving it earlier extends the first record back; moving it later is refused
    /// once the date reaches the first recorded change or a membership would begin before it.
    /// Returns false when the member was already registered on `date`.
    /// - Throws: ``RegisterError/memberNotFound(_:)``;
    ///   ``RegisterError/effectiveBeforeRegistration(_:effective:registeredOn:)`` when a recorded change or
    ///   a membership begins before `date`; ``RegisterError/duplicateDocument(type:number:existing:)``.
    @discardableResult
    public func correctRegistration(_ id: MemberID, registeredOn date: LocalDate) throws -> Bool {
        let history = memberHistory()
        let rows = try history.rows(of: id)
        guard let first = rows.first else { throw RegisterError.memberNotFound(id) }
        let day = date.iso8601
        guard day != first.validFrom else { return false }
        if let end = first.validTo, day >= end {
            throw RegisterError.effectiveBeforeRegistration(id, effective: try LocalDate.stored(end), registeredOn: date)
        }
        if let early = try categoryHistory().runs(of: id, beginningFrom: "0000-01-01", before: day).first {
            throw RegisterError.effectiveBeforeRegistration(id, effective: try LocalDate.stored(early.on), registeredOn: date)
        }
        guard try apply(MemberHistoryPlanner.correctRegistration(rows, to: day), to: id, history) else { return false }
        try connection.run("UPDATE member SET registered_on = ? WHERE id = ?", [date, id])
        return true
    }

    /// Archives the member from `effective` (moved away, deceased, no longer a contact). The record and
    /// its history stay.
    ///
    /// The status is a field like the others: archived holds from `effective` until the status's next
    /// recorded change (a reactivation), so a back-dated archive leaves a later archive or reactivation
    /// in place. Every category membership and every record (post, 政治安排, pool entry, cultivation,
    /// party membership) in force on `effective` ends that day. A membership that *begins* while the
    /// member would be archived is not silently dropped: the archive is refused with
    /// ``RegisterError/membershipWhileArchived(_:category:on:)`` (for a record,
    /// ``RegisterError/recordWhileArchived(_:kind:id:on:)``); leave, end or correct it first.
    /// Archiving a member already archived on `effective` records nothing.
    ///
    /// `reason` (去世, 迁出, 调离 …; code list `exit_reason`) is kept with the archive (the status point of
    /// the member's history and its change-log line) and with each membership the archive ends: the
    /// timeline, ``Register/changes(from:through:)`` and the change report show it.
    /// - Throws: ``RegisterError/memberNotFound(_:)``,
    ///   ``RegisterError/effectiveBeforeRegistration(_:effective:registeredOn:)``,
    ///   ``RegisterError/membershipWhileArchived(_:category:on:)``, ``ValidationError`` for an unknown reason.
    public func archive(_ id: MemberID, effective: LocalDate, reason: ExitReason? = nil) throws {
        let reason = try reason.map { try codes.resolve($0, field: .exitReason) }
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
        try history.apply(Self.withStatusReason(MemberHistoryPlanner.change(rows, effective: day, to: record), on: day,
                                                reason: reason?.rawValue), to: id)
        for category in try categories.categories(of: id, on: day) {
            try categories.leave(id, category, on: effective, reason: reason?.rawValue)
        }
        try endRecords(of: id, archivedOn: effective, until: until)
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
        let day = effective.iso8601
        try history.apply(Self.withStatusReason(MemberHistoryPlanner.change(rows, effective: day, to: record), on: day,
                                                reason: nil), to: id)
    }

    /// `plan` with `reason` on the status point it records on `day` (nil clears a reason the row carried)
    /// and on the status line of its log.
    private static func withStatusReason(_ plan: HistoryEdit<HistoryRow>, on day: String, reason: String?) -> HistoryEdit<HistoryRow> {
        var plan = plan
        for index in plan.inserted.indices where plan.inserted[index].validFrom == day && plan.inserted[index].points.contains(.status) {
            plan.inserted[index].reason = reason
        }
        for index in plan.log.indices where plan.log[index].subject == .field(.status) {
            plan.log[index].detail = reason
        }
        return plan
    }

    // MARK: Internals

    /// Checks that no other member holds a document that `plan` gives this member, then writes it.
    private func apply(_ plan: HistoryEdit<HistoryRow>, to id: MemberID, _ history: MemberHistory) throws -> Bool {
        guard !plan.isEmpty else { return false }
        for row in plan.inserted {
            let record = MemberRecord(values: row.values)
            try checkDocumentIsFree(record, from: row.validFrom, to: row.validTo, for: id)
            if let unit = record.orgUnit { try checkOrgUnitActive(unit, from: row.validFrom, to: row.validTo) }
        }
        try history.apply(plan, to: id)
        return true
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

    /// `record` edited by `edit` and validated; the status is not the edit's to change.
    private func edited(_ record: MemberRecord, _ edit: (inout MemberRecord) throws -> Void) throws -> MemberRecord {
        var copy = record
        try edit(&copy)
        copy.status = record.status
        return try validator.normalized(copy)
    }

    /// Identity is unique across members on every date: refuses `record`'s document (type, issuing
    /// country, number) when another member holds it on any day of `[from, to)` (current knowledge,
    /// future-dated changes included).
    private func checkDocumentIsFree(_ record: MemberRecord, from: String, to: String?, for member: MemberID?) throws {
        guard let number = record.documentNumber else { return }
        let holder = try connection.fetchOne("""
            SELECT member_id FROM member_history
            WHERE document_type = ?1 AND coalesce(document_country, '') = coalesce(?6, '') AND document_number = ?2
              AND document_number IS NOT NULL AND superseded_by IS NULL AND member_id IS NOT ?3
              AND (?4 IS NULL OR valid_from < ?4) AND (valid_to IS NULL OR valid_to > ?5)
            LIMIT 1
            """, [record.documentType.rawValue, number, member, to, from, record.documentCountry?.rawValue]) {
            MemberID(rawValue: $0.int64(0))
        }
        if let holder {
            throw RegisterError.duplicateDocument(type: record.documentType, number: number, existing: holder)
        }
    }
}
