/// Org units: the tree of units that own records, and members' moves between them.
///
/// A unit's fields (name, kind, parent, region, status) follow the same history rules as a member's:
/// each change holds from its date until that field's next recorded change, corrections are not changes,
/// and everything reads as of a date and as known at a time.
extension RegisterTransaction {
    /// Establishes an org unit effective `effective` and returns its id.
    ///
    /// The kind is resolved to its code; the region must lie in a known GB/T 2260 division; the parent
    /// must exist on `effective`.
    /// - Throws: ``ValidationError`` for a bad name, kind or region; ``RegisterError/orgUnitNotFound(_:)``
    ///   or ``RegisterError/orgUnitNotActive(_:on:)`` for the parent.
    public func addOrgUnit(_ record: OrgUnitRecord, effective: LocalDate) throws -> OrgUnitID {
        var record = record
        record.status = .active
        let normalized = try normalizedOrgUnit(record)
        if let parent = normalized.parent { try checkOrgUnitActive(parent, from: effective.iso8601, to: nil) }
        return try orgUnitHistory().establish(normalized, effective: effective)
    }

    /// Records that a unit changed on `effective` (renamed, moved under another parent, given another
    /// region): `edit` receives the record as it stood that day. Returns false when nothing changed.
    /// - Throws: ``ValidationError``; ``RegisterError/orgUnitNotFound(_:)``;
    ///   ``RegisterError/orgUnitNotActive(_:on:)`` when the unit or its new parent does not exist then;
    ///   ``RegisterError/orgUnitCycle(_:parent:)`` when the new parent lies below the unit.
    @discardableResult
    public func changeOrgUnit(_ id: OrgUnitID, effective: LocalDate, _ edit: (inout OrgUnitRecord) throws -> Void) throws -> Bool {
        let history = orgUnitHistory()
        let rows = try history.rows(of: id)
        guard !rows.isEmpty else { throw RegisterError.orgUnitNotFound(id) }
        guard let k = FieldHistoryPlanner<OrgUnitField>.index(of: effective.iso8601, in: rows),
              rows[k][.status] == OrgUnitStatus.active.rawValue
        else { throw RegisterError.orgUnitNotActive(id, on: effective) }
        let before = OrgUnitRecord(values: rows[k].values)
        var after = before
        try edit(&after)
        after.status = before.status
        after = try normalizedOrgUnit(after)
        let (plan, _) = FieldHistoryPlanner<OrgUnitField>.change(rows, effective: effective.iso8601, to: after.values)
        guard !plan.isEmpty else { return false }
        for row in plan.inserted {
            guard let parent = OrgUnitRecord(values: row.values).parent else { continue }
            try checkOrgUnitActive(parent, from: row.validFrom, to: row.validTo)
            try checkNoCycle(id, parent: parent, on: row.validFrom)
        }
        try history.apply(plan, to: id)
        return true
    }

    /// Dissolves a unit from `effective` (merged, abolished). Its history stays.
    /// - Throws: ``RegisterError/orgUnitNotFound(_:)``, ``RegisterError/orgUnitNotActive(_:on:)``, and
    ///   ``RegisterError/orgUnitInUse(_:on:)`` while members or units still belong to it on `effective`
    ///   or later.
    public func dissolveOrgUnit(_ id: OrgUnitID, effective: LocalDate) throws {
        let day = effective.iso8601
        let owned = try connection.fetchOne("""
            SELECT 1 FROM member_history WHERE org_unit = ?1 AND superseded_by IS NULL AND (valid_to IS NULL OR valid_to > ?2)
            UNION ALL
            SELECT 1 FROM org_unit_history WHERE parent_id = ?1 AND superseded_by IS NULL AND status = 'active'
              AND (valid_to IS NULL OR valid_to > ?2)
            LIMIT 1
            """, [String(id.rawValue), day]) { _ in true }
        if owned != nil { throw RegisterError.orgUnitInUse(id, on: effective) }
        let history = orgUnitHistory()
        let rows = try history.rows(of: id)
        guard !rows.isEmpty else { throw RegisterError.orgUnitNotFound(id) }
        guard let k = FieldHistoryPlanner<OrgUnitField>.index(of: day, in: rows) else {
            throw RegisterError.orgUnitNotActive(id, on: effective)
        }
        var record = OrgUnitRecord(values: rows[k].values)
        record.status = .dissolved
        try history.apply(FieldHistoryPlanner<OrgUnitField>.change(rows, effective: day, to: record.values).edit, to: id)
    }

    /// Moves a member to another owning unit from `effective` (nil: no owning unit): a change of their
    /// ``MemberRecord/orgUnit``, kept in their history like any other. Returns false when the member
    /// already belonged to `unit` that day.
    /// - Throws: as ``change(_:effective:_:)``, and ``RegisterError/orgUnitNotActive(_:on:)`` when the unit
    ///   does not exist on every day the member would belong to it.
    @discardableResult
    public func transfer(_ id: MemberID, to unit: OrgUnitID?, effective: LocalDate) throws -> Bool {
        try change(id, effective: effective) { $0.orgUnit = unit }
    }

    // MARK: Internals

    func orgUnitHistory() -> OrgUnitHistory {
        OrgUnitHistory(connection: connection, changeset: memberHistory().changeset)
    }

    var orgUnitReader: OrgUnitReader { OrgUnitReader(connection: connection, codes: codes) }

    /// `record` validated and in stored form: trimmed name, kind code, checked region.
    private func normalizedOrgUnit(_ record: OrgUnitRecord) throws -> OrgUnitRecord {
        var result = record
        let name = record.name.trimmingSpaces()
        try RecordValidator.checkCharacters(name, field: .name)
        guard !name.isEmpty else { throw ValidationError(field: .name, value: record.name, reason: .missing) }
        guard name.count <= RecordValidator.maximumTextLength else {
            throw ValidationError(field: .name, value: name, reason: .tooLong(maximum: RecordValidator.maximumTextLength))
        }
        result.name = name
        result.kind = try codes.resolve(record.kind, field: .kind)
        if let region = record.region?.trimmingSpaces(), !region.isEmpty {
            result.region = try validator.region(region)
        } else {
            result.region = nil
        }
        return result
    }

    /// Refuses when `unit` is not active on every day of `[from, to)`.
    func checkOrgUnitActive(_ unit: OrgUnitID, from: String, to: String?) throws {
        let rows = try orgUnitHistory().rows(of: unit)
        guard let first = rows.first else { throw RegisterError.orgUnitNotFound(unit) }
        let day = try LocalDate.stored(from)
        guard first.validFrom <= from else { throw RegisterError.orgUnitNotActive(unit, on: day) }
        let inactive = rows.first { row in
            row[.status] != OrgUnitStatus.active.rawValue
                && row.validFrom < (to ?? "9999-12-31") && (row.validTo ?? "9999-12-31") > from
        }
        if let inactive { throw RegisterError.orgUnitNotActive(unit, on: try LocalDate.stored(max(inactive.validFrom, from))) }
    }

    /// Refuses when `parent`, or a unit above it on `day`, is `unit` itself.
    private func checkNoCycle(_ unit: OrgUnitID, parent: OrgUnitID, on day: String) throws {
        let date = try LocalDate.stored(day)
        var next: OrgUnitID? = parent
        var seen: Set<OrgUnitID> = []
        while let current = next, seen.insert(current).inserted {
            if current == unit { throw RegisterError.orgUnitCycle(unit, parent: parent) }
            next = try orgUnitReader.unit(current, asOf: date, knowledge: .current)?.parent
        }
    }
}
