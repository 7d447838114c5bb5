/// Applies the membership rules of ``MembershipPlanner`` to the database: reads a member's intervals in
/// one category, and writes a planned ``HistoryEdit`` in one place. Replaced rows are superseded, never
/// updated.
struct CategoryHistory {
    let connection: Connection
    /// The transaction's changeset id, recorded on first use.
    let changeset: () throws -> Int64
    let log: MemberHistory

    func rows(_ member: MemberID, _ category: Category) throws -> [MembershipRow] {
        try connection.fetchAll("""
            SELECT id, valid_from, valid_to, tier, source, points, exit_reason FROM member_category_history
            WHERE member_id = ? AND category = ? AND superseded_by IS NULL ORDER BY valid_from
            """, [member, category.rawValue]) { row in
            MembershipRow(id: row.int64(0), validFrom: row.text(1), validTo: row.optionalText(2), tier: row.text(3),
                          source: row.optionalText(4), points: MembershipRow.points(stored: row.optionalText(5)),
                          exitReason: row.optionalText(6))
        }
    }

    /// The categories `member` belongs to on `date` (current knowledge).
    func categories(of member: MemberID, on date: String) throws -> [Category] {
        try connection.fetchAll("""
            SELECT category FROM member_category_history
            WHERE member_id = ? AND superseded_by IS NULL AND valid_from <= ?2 AND (valid_to IS NULL OR valid_to > ?2)
            """, [member, date]) { Category(rawValue: $0.text(0)) }
    }

    /// The unbroken memberships (category and first day) of `member` that begin on or after `start` and
    /// before `end` (nil: no end), as the register knows them now.
    func runs(of member: MemberID, beginningFrom start: String, before end: String?) throws -> [(category: Category, on: String)] {
        try connection.fetchAll("""
            SELECT c.category, c.valid_from FROM member_category_history c
            WHERE c.member_id = ?1 AND c.superseded_by IS NULL AND c.valid_from >= ?2 AND (?3 IS NULL OR c.valid_from < ?3)
              AND NOT EXISTS (SELECT 1 FROM member_category_history p WHERE p.member_id = ?1 AND p.category = c.category
                AND p.superseded_by IS NULL AND p.valid_to = c.valid_from)
            ORDER BY c.valid_from, c.category
            """, [member, start, end]) { (Category(rawValue: $0.text(0)), $0.text(1)) }
    }

    /// Enters the member from `date`, until the next recorded membership or `until` (the day the member
    /// is next archived).
    func enter(_ member: MemberID, _ category: Category, on date: LocalDate, tier: String, source: String?,
               until: String?) throws {
        let planner = MembershipPlanner(category: category)
        guard let edit = planner.enter(try rows(member, category), on: date.iso8601, tier: tier, source: source, until: until) else {
            throw RegisterError.alreadyInCategory(member, category: category, on: date)
        }
        try apply(edit, member, category)
    }

    /// Ends the membership covering `date` on `date`, with `reason` (an `exit_reason` code).
    func leave(_ member: MemberID, _ category: Category, on date: LocalDate, reason: String? = nil) throws {
        guard let edit = MembershipPlanner(category: category).leave(try rows(member, category), on: date.iso8601,
                                                                     reason: reason) else {
            throw RegisterError.notInCategory(member, category: category, on: date)
        }
        try apply(edit, member, category)
    }

    /// Changes the tier and/or the source from `date`; returns false when nothing changed.
    func change(_ member: MemberID, _ category: Category, on date: LocalDate, tier: String?, source: String?) throws -> Bool {
        let planner = MembershipPlanner(category: category)
        guard let edit = planner.change(try rows(member, category), on: date.iso8601, tier: tier, source: source) else {
            throw RegisterError.notInCategory(member, category: category, on: date)
        }
        try apply(edit, member, category)
        return !edit.isEmpty
    }

    /// The record was wrong about the membership in force on `date` (default: the open one): its tier
    /// over the whole stretch that held the wrong tier, and/or the start of its unbroken run.
    /// `isActive(from, to)` tells whether the member is active over `[from, to)`.
    /// Returns false when nothing changed.
    func correct(_ member: MemberID, _ category: Category, on date: LocalDate?, tier: String?, since: LocalDate?,
                 registeredOn: LocalDate, today: LocalDate, isActive: (String, String) throws -> Bool) throws -> Bool {
        let rows = try rows(member, category)
        guard let (k, low, high) = MembershipPlanner.run(rows, around: date?.iso8601) else {
            throw RegisterError.notInCategory(member, category: category, on: date ?? today)
        }
        let planner = MembershipPlanner(category: category)
        let tierFix = tier.map { planner.correctTier(rows, at: k, in: (low, high), to: $0) }
        var corrected = tierFix?.rows ?? rows
        var log = tierFix?.log.map { [$0] } ?? []
        if let since, since.iso8601 != rows[low].validFrom {
            guard since >= registeredOn else {
                throw RegisterError.effectiveBeforeRegistration(member, effective: since, registeredOn: registeredOn)
            }
            if let end = rows[low].validTo, since.iso8601 >= end {
                throw ValidationError(field: .since, value: since.iso8601,
                                      reason: .malformed(expected: "a date before \(end), when the first tier of the membership ended"))
            }
            if low > 0, let previousEnd = rows[low - 1].validTo, since.iso8601 < previousEnd {
                throw RegisterError.alreadyInCategory(member, category: category, on: since)
            }
            if since.iso8601 < rows[low].validFrom, try !isActive(since.iso8601, rows[low].validFrom) {
                throw RegisterError.memberArchived(member, on: since)
            }
            corrected[low].validFrom = since.iso8601
            log.append(LogLine(kind: .correction, effective: since.iso8601, subject: .categorySince(category),
                               from: rows[low].validFrom, to: since.iso8601))
        }
        var edit = MembershipPlanner.replacing(rows, with: corrected)
        guard !edit.isEmpty else { return false }
        edit.log = log
        try apply(edit, member, category)
        return true
    }

    /// The record was wrong: the member never held the unbroken membership in force on `date` (default:
    /// the open one). Its intervals are superseded; history keeps them for "as known at" reads.
    func remove(_ member: MemberID, _ category: Category, on date: LocalDate?, today: LocalDate) throws {
        let rows = try rows(member, category)
        guard let (k, low, high) = MembershipPlanner.run(rows, around: date?.iso8601) else {
            throw RegisterError.notInCategory(member, category: category, on: date ?? today)
        }
        var edit = HistoryEdit<MembershipRow>()
        edit.superseded = rows[low...high].map(\.id)
        edit.log = [LogLine(kind: .correction, effective: rows[low].validFrom, subject: .category(category),
                            from: rows[k].tier, to: nil)]
        try apply(edit, member, category)
    }

    /// Writes `edit`: supersedes its rows, inserts the new ones, refreshes `member_category`, appends
    /// its log lines. An empty edit writes nothing.
    private func apply(_ edit: HistoryEdit<MembershipRow>, _ member: MemberID, _ category: Category) throws {
        guard !edit.isEmpty else { return }
        for id in edit.superseded {
            try connection.run("UPDATE member_category_history SET superseded_by = ? WHERE id = ?", [try changeset(), id])
        }
        for row in edit.inserted {
            try connection.run("""
                INSERT INTO member_category_history(member_id, category, valid_from, valid_to, tier, source, points, changeset_id,
                                                    exit_reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [member, category.rawValue, row.validFrom, row.validTo, row.tier, row.source, row.storedPoints, try changeset(),
                      row.validTo == nil ? nil : row.exitReason])
        }
        try refreshCurrent(member, category)
        for line in edit.log { try log.log(line, for: member) }
    }

    /// Rewrites the `member_category` row from the open interval, if there is one.
    private func refreshCurrent(_ member: MemberID, _ category: Category) throws {
        try connection.run("DELETE FROM member_category WHERE member_id = ? AND category = ?", [member, category.rawValue])
        let rows = try rows(member, category)
        guard let k = rows.lastIndex(where: { $0.validTo == nil }) else { return }
        let low = MembershipPlanner.unbrokenRun(rows, around: k).low
        try connection.run("""
            INSERT INTO member_category(member_id, category, tier, source, since, changed_in)
            VALUES (?, ?, ?, ?, ?, ?)
            """, [member, category.rawValue, rows[k].tier, rows[k].source, rows[low].validFrom, try changeset()])
    }
}
