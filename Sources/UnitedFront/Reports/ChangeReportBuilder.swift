/// Computes a ``ChangeReport`` from one connection, inside the caller's read transaction, as the register
/// knew it under `knowledge`: reads the membership intervals and member rows that touch the period (the
/// day before it through its last day), then walks each member's days on which anything that decides
/// whether they count (membership, status, owning unit, the tree) can change.
struct ChangeReportBuilder {
    let connection: Connection
    let codes: CodeCatalog
    let from: LocalDate
    let through: LocalDate
    /// Resolved category codes, in code-list order.
    let categories: [Category]
    let root: OrgUnitID?
    let knowledge: Knowledge
    let labels: ChangeLabeler

    private struct Interval {
        var from: String
        var to: String?
        var tier: String
        var source: String?
        var exitReason: String?
        func covers(_ day: String) -> Bool { from <= day && (to.map { day < $0 } ?? true) }
    }

    private struct Row {
        var from: String
        var to: String?
        var name: String
        var active: Bool
        var orgUnit: String?
        var statusReason: String?
        func covers(_ day: String) -> Bool { from <= day && (to.map { day < $0 } ?? true) }
    }

    /// Whether a member counts on a day, and why not.
    private struct State: Equatable {
        var inCategory: Bool
        var active: Bool
        var inTree: Bool
        var counts: Bool { inCategory && active && inTree }
    }

    func build(knownAt: Timestamp?) throws -> ChangeReport {
        let eve = from.adding(days: -1).iso8601, last = through.iso8601
        let tree = try Tree(builder: self, eve: eve, last: last)
        let intervals = try readIntervals(eve: eve, last: last)
        let rows = try readRows(of: Set(intervals.keys.map(\.member)), eve: eve, last: last)

        var sections: [ChangeReportSection] = []
        for category in categories {
            var opening = 0, closing = 0
            var entries: [ChangeReportEntry] = [], exits: [ChangeReportExit] = []
            var transfersIn: [ChangeReportTransfer] = [], transfersOut: [ChangeReportTransfer] = []
            for member in intervals.keys.filter({ $0.category == category.rawValue }).map(\.member).sorted() {
                let held = intervals[Key(member: member, category: category.rawValue)] ?? []
                let history = rows[member] ?? []
                func state(_ day: String) -> State {
                    let row = history.first { $0.covers(day) }
                    return State(inCategory: held.contains { $0.covers(day) }, active: row?.active ?? false,
                                 inTree: tree.contains(row?.orgUnit, on: day))
                }
                var days = Set<String>()
                for interval in held { days.insert(interval.from); if let to = interval.to { days.insert(to) } }
                for row in history { days.insert(row.from) }
                days.formUnion(tree.days)
                var previous = state(eve)
                if previous.counts { opening += 1 }
                for day in days.filter({ $0 > eve && $0 <= last }).sorted() {
                    let now = state(day)
                    defer { previous = now }
                    guard now.counts != previous.counts else { continue }
                    let id = MemberID(rawValue: member), date = try LocalDate.stored(day)
                    let row = history.first { $0.covers(day) }
                    let before = history.first { $0.to == day } ?? row
                    if now.counts {
                        if previous.inCategory && previous.active {
                            transfersIn.append(transfer(id, row?.name ?? before?.name ?? "", date, before?.orgUnit, row?.orgUnit))
                        } else {
                            let interval = held.first { $0.covers(day) }
                            entries.append(ChangeReportEntry(
                                memberID: id, name: row?.name ?? "", date: date, tier: Tier(rawValue: interval?.tier ?? ""),
                                tierName: codes.name(of: Tier(rawValue: interval?.tier ?? "")),
                                source: interval?.source.map(CategorySource.init(rawValue:)),
                                sourceName: interval?.source.map { codes.name(of: CategorySource(rawValue: $0)) }))
                        }
                    } else if now.inCategory && now.active {
                        transfersOut.append(transfer(id, before?.name ?? row?.name ?? "", date, before?.orgUnit, row?.orgUnit))
                    } else {
                        let ended = held.first { $0.to == day } ?? held.first { $0.covers(day) }
                        let archived = !now.active && row != nil
                        let reason = ended?.exitReason ?? (archived && row?.from == day ? row?.statusReason : nil)
                        exits.append(ChangeReportExit(
                            memberID: id, name: before?.name ?? "", date: date, tier: Tier(rawValue: ended?.tier ?? ""),
                            tierName: codes.name(of: Tier(rawValue: ended?.tier ?? "")),
                            reason: reason.map(ExitReason.init(rawValue:)),
                            reasonName: reason.map { codes.name(of: ExitReason(rawValue: $0)) }, archived: archived))
                    }
                }
                if state(last).counts { closing += 1 }
            }
            func order<T>(_ lines: [T], _ date: (T) -> LocalDate, _ member: (T) -> MemberID) -> [T] {
                lines.sorted { (date($0), member($0)) < (date($1), member($1)) }
            }
            sections.append(ChangeReportSection(
                category: category, categoryName: codes.name(of: category), opening: opening,
                entries: order(entries, \.date, \.memberID), exits: order(exits, \.date, \.memberID),
                transfersIn: order(transfersIn, \.date, \.memberID), transfersOut: order(transfersOut, \.date, \.memberID),
                closing: closing))
        }
        return ChangeReport(from: from, through: through, under: root, knownAt: knownAt, sections: sections,
                            changes: try fieldChanges(tree: tree))
    }

    private func transfer(_ id: MemberID, _ name: String, _ date: LocalDate, _ from: String?, _ to: String?) -> ChangeReportTransfer {
        ChangeReportTransfer(memberID: id, name: name, date: date,
                             fromUnit: from.flatMap(Int64.init).map(OrgUnitID.init(rawValue:)), fromUnitName: from.map { labels.unitNames[$0] ?? $0 },
                             toUnit: to.flatMap(Int64.init).map(OrgUnitID.init(rawValue:)), toUnitName: to.map { labels.unitNames[$0] ?? $0 })
    }

    // MARK: Reading

    private struct Key: Hashable {
        var member: Int64
        var category: String
    }

    private var categoryList: (sql: String, arguments: [any DatabaseValueConvertible]) {
        (Array(repeating: "?", count: max(categories.count, 1)).joined(separator: ", "),
         categories.isEmpty ? [""] : categories.map(\.rawValue))
    }

    /// The membership intervals in the report's categories that touch `[eve, last]`.
    private func readIntervals(eve: String, last: String) throws -> [Key: [Interval]] {
        let visible = knowledge.condition("c"), list = categoryList
        var intervals: [Key: [Interval]] = [:]
        try connection.forEachRow("""
            SELECT c.member_id, c.category, c.valid_from, c.valid_to, c.tier, c.source, c.exit_reason
            FROM member_category_history c
            WHERE \(visible.sql) AND c.category IN (\(list.sql)) AND c.valid_from <= ? AND (c.valid_to IS NULL OR c.valid_to > ?)
            ORDER BY c.member_id, c.category, c.valid_from
            """, visible.arguments + list.arguments + [last, eve]) { row in
            intervals[Key(member: row.int64(0), category: row.text(1)), default: []].append(
                Interval(from: row.text(2), to: row.optionalText(3), tier: row.text(4), source: row.optionalText(5),
                         exitReason: row.optionalText(6)))
        }
        return intervals
    }

    /// The history rows of `members` that touch `[eve, last]`: name, status, owning unit, archive reason.
    private func readRows(of members: Set<Int64>, eve: String, last: String) throws -> [Int64: [Row]] {
        var rows: [Int64: [Row]] = [:]
        guard !members.isEmpty else { return rows }
        let visible = knowledge.condition("h")
        let statement = try connection.cachedStatement("""
            SELECT h.valid_from, h.valid_to, h.name, h.status, h.org_unit, h.status_reason FROM member_history h
            WHERE h.member_id = ? AND \(visible.sql) AND h.valid_from <= ? AND (h.valid_to IS NULL OR h.valid_to > ?)
            ORDER BY h.valid_from
            """)
        defer { statement.reset() }
        for member in members {
            try statement.bind([member] + visible.arguments + [last, eve])
            var list: [Row] = []
            while try statement.step() {
                list.append(Row(from: statement.text(0), to: statement.optionalText(1), name: statement.text(2),
                                active: statement.text(3) == MemberStatus.active.rawValue, orgUnit: statement.optionalText(4),
                                statusReason: statement.optionalText(5)))
            }
            statement.reset()
            rows[member] = list
        }
        return rows
    }

    // MARK: Changes

    private func fieldChanges(tree: Tree) throws -> [ChangeReportChange] {
        let fields = ChangeReportChange.fields
        let visible = knowledge.condition("h"), previous = knowledge.condition("p")
        let columns = fields.map { "h.\($0.rawValue), p.\($0.rawValue)" }.joined(separator: ", ")
        var changes: [ChangeReportChange] = []
        try connection.forEachRow("""
            SELECT h.member_id, h.valid_from, p.valid_from, h.name, h.status_reason, \(columns)
            FROM member_history h JOIN member_history p ON p.member_id = h.member_id AND \(previous.sql) AND p.valid_to = h.valid_from
            WHERE \(visible.sql) AND h.valid_from >= ? AND h.valid_from <= ?
            ORDER BY h.valid_from, h.member_id
            """, previous.arguments + visible.arguments + [from, through]) { row in
            let member = row.int64(0), day = row.text(1), eve = try LocalDate.stored(day).adding(days: -1).iso8601
            var found: [(MemberField, String?, String?)] = []
            var values: [MemberField: (now: String?, before: String?)] = [:]
            for (index, field) in fields.enumerated() {
                let now = row.optionalText(5 + 2 * Int32(index)), before = row.optionalText(6 + 2 * Int32(index))
                values[field] = (now, before)
                if now != before { found.append((field, before, now)) }
            }
            guard !found.isEmpty else { return }
            let active = values[.status]?.now == MemberStatus.active.rawValue
            let units = (before: values[.orgUnit]?.before ?? nil, now: values[.orgUnit]?.now ?? nil)
            guard tree.contains(units.before, on: eve) || tree.contains(units.now, on: day),
                  try holdsCategory(member, on: eve, or: day) else { return }
            for (field, before, now) in found where field == .status || active {
                changes.append(ChangeReportChange(
                    memberID: MemberID(rawValue: member), name: row.text(3), date: try LocalDate.stored(day),
                    change: labels.valueChange(.field(field), from: before, to: now,
                                               reason: field == .status ? row.optionalText(4) : nil)))
            }
        }
        return changes
    }

    /// Whether the member holds one of the report's categories on either day (always, for a report of
    /// every category).
    private func holdsCategory(_ member: Int64, on eve: String, or day: String) throws -> Bool {
        guard categories.count < (codes[.category]?.codes.count ?? 0) else { return true }
        let visible = knowledge.condition("c"), list = categoryList
        return try connection.fetchOne("""
            SELECT 1 FROM member_category_history c
            WHERE c.member_id = ? AND \(visible.sql) AND c.category IN (\(list.sql))
              AND c.valid_from <= ? AND (c.valid_to IS NULL OR c.valid_to > ?) LIMIT 1
            """, [member] + visible.arguments + list.arguments + [day, eve]) { _ in true } ?? false
    }

    // MARK: The tree

    /// The org-unit subtree on each day of the period (it changes only where a unit's history does).
    struct Tree {
        /// The days in the period on which the tree may change (empty without a root).
        let days: Set<String>
        private let snapshots: [(day: String, units: Set<String>)]
        private let everywhere: Bool

        init(builder: ChangeReportBuilder, eve: String, last: String) throws {
            guard let root = builder.root else {
                days = []; snapshots = []; everywhere = true
                return
            }
            everywhere = false
            let visible = builder.knowledge.condition("h")
            var changes = Set(try builder.connection.fetchAll("""
                SELECT h.valid_from FROM org_unit_history h WHERE \(visible.sql) AND h.valid_from > ? AND h.valid_from <= ?
                UNION SELECT h.valid_to FROM org_unit_history h WHERE \(visible.sql) AND h.valid_to > ? AND h.valid_to <= ?
                """, visible.arguments + [eve, last] + visible.arguments + [eve, last]) { $0.text(0) })
            days = changes
            changes.insert(eve)
            let reader = OrgUnitReader(connection: builder.connection, codes: builder.codes)
            snapshots = try changes.sorted().map { day in
                (day, Set(try reader.subtree(of: root, asOf: try LocalDate.stored(day), knowledge: builder.knowledge)
                    .map { String($0.id.rawValue) }))
            }
        }

        /// Whether `unit` lies in the subtree on `day` (always, without a root).
        func contains(_ unit: String?, on day: String) -> Bool {
            if everywhere { return true }
            guard let unit, let snapshot = snapshots.last(where: { $0.day <= day }) else { return false }
            return snapshot.units.contains(unit)
        }
    }
}
