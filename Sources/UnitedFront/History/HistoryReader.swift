/// Reads members, timelines and changes from one connection, inside the caller's transaction.
struct HistoryReader {
    let connection: Connection
    let codes: CodeCatalog

    /// Names for the values of one read: code names, and the current names of org units.
    func labeler() throws -> ChangeLabeler {
        let units = try connection.fetchAll("SELECT id, name FROM org_unit") { (String($0.int64(0)), $0.text(1)) }
        let kinds = try WorkflowReader(connection: connection).kinds().map { ($0.id, $0) }
        return ChangeLabeler(codes: codes, unitNames: Dictionary(units, uniquingKeysWith: { first, _ in first }),
                             workflowKinds: Dictionary(kinds, uniquingKeysWith: { first, _ in first }))
    }

    // MARK: Members

    /// The member's latest record (open intervals) and current memberships.
    func member(_ id: MemberID) throws -> Member? {
        guard let (record, registeredOn) = try connection.fetchOne(
            "SELECT \(MemberField.columnList), registered_on FROM member WHERE id = ?", [id],
            { row in (MemberRecord(values: MemberHistorySQL.values(row, from: 0)),
                      row.text(Int32(MemberField.allCases.count))) })
        else { return nil }
        let categories = try connection.fetchAll("""
            SELECT m.category, m.tier, m.source, m.since, h.valid_from
            FROM member_category m JOIN member_category_history h
              ON h.member_id = m.member_id AND h.category = m.category AND h.superseded_by IS NULL AND h.valid_to IS NULL
            WHERE m.member_id = ? ORDER BY m.category
            """, [id]) { row in
            CategoryMembership(category: row.text(0), tier: row.text(1), source: row.optionalText(2),
                               since: try LocalDate.stored(row.text(3)), validFrom: try LocalDate.stored(row.text(4)),
                               validTo: nil, codes: codes)
        }
        return Member(id: id, record: record, registeredOn: try LocalDate.stored(registeredOn), categories: categories,
                      codes: codes)
    }

    /// The member as of `date`, as the register knew it under `knowledge`; nil when not yet registered.
    func member(_ id: MemberID, asOf date: LocalDate, knowledge: Knowledge) throws -> Member? {
        let visible = knowledge.condition("h")
        guard let (record, registeredOn) = try connection.fetchOne("""
            SELECT \(MemberField.columns(prefixedBy: "h")), m.registered_on
            FROM member_history h JOIN member m ON m.id = h.member_id
            WHERE h.member_id = ? AND \(visible.sql) AND h.valid_from <= ? AND (h.valid_to IS NULL OR h.valid_to > ?)
            """, [id] + visible.arguments + [date, date],
            { row in (MemberRecord(values: MemberHistorySQL.values(row, from: 0)),
                      row.text(Int32(MemberField.allCases.count))) })
        else { return nil }
        return Member(id: id, record: record, registeredOn: try LocalDate.stored(registeredOn),
                      categories: try memberships(of: id, asOf: date, knowledge: knowledge), codes: codes)
    }

    /// The members in force on `date` with `status`, optionally only those with a membership that day in
    /// `category` and/or with one of `tiers` (resolved codes) and/or owned by one of `orgUnits`, by id.
    func members(asOf date: LocalDate, status: MemberStatus = .active, category: String?, tiers: Set<String>,
                 orgUnits: [String]? = nil, knowledge: Knowledge) throws -> [Member] {
        var members: [Member] = []
        try MemberStream(connection: connection, codes: codes, date: date, status: status, category: category,
                         tiers: tiers, orgUnits: orgUnits, knowledge: knowledge)
            .forEach { members.append($0) }
        return members
    }

    /// The memberships in force on `date` of one member.
    private func memberships(of member: MemberID, asOf date: LocalDate, knowledge: Knowledge) throws -> [CategoryMembership] {
        let visible = knowledge.condition("c")
        var memberships = MembershipAccumulator(on: date, codes: codes)
        try connection.forEachRow("""
            SELECT c.category, c.tier, c.source, c.valid_from, c.valid_to FROM member_category_history c
            WHERE c.member_id = ? AND \(visible.sql) AND c.valid_from <= ? ORDER BY c.category, c.valid_from
            """, [member] + visible.arguments + [date]) { row in
            try memberships.add(category: row.text(0), tier: row.text(1), source: row.optionalText(2),
                                validFrom: row.text(3), validTo: row.optionalText(4))
        }
        return memberships.memberships
    }

    // MARK: Timeline

    /// Every registration, change and correction of the member, in the order they were recorded.
    func timeline(of id: MemberID) throws -> [TimelineEntry] {
        let labels = try labeler()
        guard try connection.fetchOne("SELECT 1 FROM member WHERE id = ?", [id], { _ in true }) != nil else {
            throw RegisterError.memberNotFound(id)
        }
        let initial = try connection.fetchOne("""
            SELECT \(MemberField.columns(prefixedBy: "h")) FROM member_history h JOIN member m ON m.id = h.member_id
            WHERE h.member_id = ? AND h.changeset_id = m.registered_in ORDER BY h.valid_from, h.id LIMIT 1
            """, [id]) { MemberRecord(values: MemberHistorySQL.values($0, from: 0)) }
        var entries: [TimelineEntry] = []
        var pending: (changeset: Changeset, kind: TimelineEntry.Kind, effective: String, changes: [ValueChange])?
        func flush() throws {
            guard let entry = pending else { return }
            entries.append(TimelineEntry(changeset: entry.changeset, kind: entry.kind,
                                         effectiveOn: try LocalDate.stored(entry.effective), changes: entry.changes))
            pending = nil
        }
        try connection.forEachRow("""
            SELECT s.id, s.recorded_at, s.actor, s.reason, s.source, l.kind, l.effective_on, l.subject, l.old_value, l.new_value,
              l.detail
            FROM change_log l JOIN changeset s ON s.id = l.changeset_id
            WHERE l.member_id = ? ORDER BY l.id
            """, [id]) { row in
            let changeset = Changeset(
                id: row.int64(0), recordedAt: Timestamp.parse(row.text(1)) ?? Timestamp(millisecondsSince1970: 0),
                actor: row.text(2), reason: row.optionalText(3), source: row.optionalText(4))
            let kind = TimelineEntry.Kind(rawValue: row.text(5)) ?? .change
            let effective = row.text(6)
            // Memberships entered with the registration belong to the registration entry.
            let joinsRegistration = pending?.kind == .registration && kind == .change
            if pending.map({ $0.changeset.id != changeset.id || ($0.kind != kind && !joinsRegistration)
                    || $0.effective != effective }) ?? false {
                try flush()
            }
            if pending == nil { pending = (changeset, kind, effective, []) }
            if kind == .registration, let initial {
                pending?.changes += MemberField.allCases.compactMap { field in
                    guard field != .status, let value = initial[field] else { return nil }
                    return labels.valueChange(.field(field), from: nil, to: value)
                }
            } else {
                pending?.changes.append(labels.valueChange(ValueChange.Subject(stored: row.text(7)),
                                                    from: row.optionalText(8), to: row.optionalText(9),
                                                    reason: row.optionalText(10)))
            }
        }
        try flush()
        return entries
    }

    // MARK: Changes between dates

    /// What changed in reality with effective dates from `start` through `end` (both inclusive), as the
    /// register knows it now: registrations, field changes, category entries, exits and tier changes,
    /// records beginning, changing and ending, and workflow steps.
    func changes(from start: LocalDate, through end: LocalDate) throws -> [ChangeEvent] {
        let labels = try labeler()
        var events: [ChangeEvent] = []
        try connection.forEachRow("""
            SELECT h.member_id, h.valid_from, p.id IS NOT NULL,
              \(MemberField.columns(prefixedBy: "h")), \(MemberField.columns(prefixedBy: "p")), h.status_reason
            FROM member_history h LEFT JOIN member_history p
              ON p.member_id = h.member_id AND p.superseded_by IS NULL AND p.valid_to = h.valid_from
            WHERE h.superseded_by IS NULL AND h.valid_from >= ? AND h.valid_from <= ?
            ORDER BY h.valid_from, h.member_id
            """, [start, end]) { row in
            let member = MemberID(rawValue: row.int64(0))
            let date = try LocalDate.stored(row.text(1))
            let count = Int32(MemberField.allCases.count)
            let now = MemberRecord(values: MemberHistorySQL.values(row, from: 3))
            guard row.int64(2) == 1 else {
                events.append(ChangeEvent(memberID: member, effectiveOn: date,
                                          change: labels.valueChange(.registration, from: nil, to: now.name)))
                return
            }
            let before = MemberRecord(values: MemberHistorySQL.values(row, from: 3 + count))
            let statusReason = row.optionalText(3 + 2 * count)
            for field in now.changedFields(comparedTo: before) {
                events.append(ChangeEvent(memberID: member, effectiveOn: date,
                                          change: labels.valueChange(.field(field), from: before[field], to: now[field],
                                                                     reason: field == .status ? statusReason : nil)))
            }
        }
        // Entries, tier and source changes: intervals starting in the window; exits: intervals ending
        // in it with no interval continuing them.
        try connection.forEachRow("""
            SELECT c.member_id, c.category, c.valid_from, p.tier, c.tier, p.id IS NOT NULL, p.source, c.source, NULL
            FROM member_category_history c
            LEFT JOIN member_category_history p ON p.member_id = c.member_id AND p.category = c.category
              AND p.superseded_by IS NULL AND p.valid_to = c.valid_from
            WHERE c.superseded_by IS NULL AND c.valid_from >= ?1 AND c.valid_from <= ?2
              AND (p.tier IS NOT c.tier OR p.source IS NOT c.source)
            UNION ALL
            SELECT c.member_id, c.category, c.valid_to, c.tier, NULL, 0, NULL, NULL,
              coalesce(c.exit_reason, (SELECT a.status_reason FROM member_history a WHERE a.member_id = c.member_id
                AND a.superseded_by IS NULL AND a.valid_from = c.valid_to AND a.status = 'archived'))
            FROM member_category_history c
            WHERE c.superseded_by IS NULL AND c.valid_to >= ?1 AND c.valid_to <= ?2
              AND NOT EXISTS (SELECT 1 FROM member_category_history n WHERE n.member_id = c.member_id
                AND n.category = c.category AND n.superseded_by IS NULL AND n.valid_from = c.valid_to)
            ORDER BY 1, 2
            """, [start, end]) { row in
            let member = MemberID(rawValue: row.int64(0)), category = Category(rawValue: row.text(1))
            let date = try LocalDate.stored(row.text(2))
            let continued = row.int64(5) == 1
            if !continued || row.optionalText(3) != row.optionalText(4) {
                events.append(ChangeEvent(memberID: member, effectiveOn: date,
                                          change: labels.valueChange(.category(category), from: row.optionalText(3), to: row.optionalText(4),
                                                                     reason: row.optionalText(8))))
            }
            if continued, row.optionalText(6) != row.optionalText(7) {
                events.append(ChangeEvent(memberID: member, effectiveOn: date,
                                          change: labels.valueChange(.categorySource(category), from: row.optionalText(6), to: row.optionalText(7))))
            }
        }
        // Records (posts, 政治安排, pool entries, cultivation, party memberships) beginning, changing or
        // ending in the window.
        for kind in StoredRecordKinds.all { events += try recordChanges(kind, from: start, through: end, labels: labels) }
        // Workflow steps in force (not withdrawn) dated in the window, from the state they left.
        try connection.forEachRow("""
            SELECT w.member_id, s.effective_on, w.kind, w.id, s.previous_state, s.state
            FROM workflow_step s JOIN workflow w ON w.id = s.workflow_id
            WHERE s.superseded_by IS NULL AND s.effective_on >= ? AND s.effective_on <= ?
            ORDER BY w.member_id, s.effective_on, s.id
            """, [start, end]) { row in
            events.append(ChangeEvent(
                memberID: MemberID(rawValue: row.int64(0)), effectiveOn: try LocalDate.stored(row.text(1)),
                change: labels.valueChange(.workflow(kind: row.text(2), WorkflowID(rawValue: row.int64(3))),
                                           from: row.optionalText(4), to: row.optionalText(5))))
        }
        // Documented order: effective date, member id, then registration and fields in field order
        // before memberships in category-code order, then records (posts, 政治安排, pool entries,
        // cultivation, party memberships, each kind by record id), then workflow steps in recorded order
        // (the order they were gathered in).
        return events.enumerated()
            .sorted { ($0.element.effectiveOn, $0.element.memberID, $0.offset) < ($1.element.effectiveOn, $1.element.memberID, $1.offset) }
            .map(\.element)
    }

    private func recordChanges<Record: StoredRecord>(_ kind: Record.Type, from start: LocalDate, through end: LocalDate,
                                                     labels: ChangeLabeler) throws -> [ChangeEvent] {
        guard Record.Holder.self == MemberID.self else { return [] }  // the report is of members
        return try RecordReader<Record>(connection: connection).changes(from: start, through: end, labels: labels)
    }
}
