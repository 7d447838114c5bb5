/// The write engine for category memberships: effective-dated, bitemporal intervals per member and
/// category, with gaps where the member was not in the category.
///
/// Entering fills a gap from the entry date to the next recorded membership (or opens). Leaving ends
/// the unbroken membership covering the date, across later tier changes. A tier change holds until the
/// next tier change of its own. Replaced rows are superseded, never updated.
struct CategoryHistory {
    struct Row: Equatable {
        var id: Int64
        var validFrom: String
        var validTo: String?
        var tier: String
        var source: String?

        func covers(_ date: String) -> Bool { validFrom <= date && (validTo.map { date < $0 } ?? true) }
    }

    let connection: Connection
    /// The transaction's changeset id, recorded on first use.
    let changeset: () throws -> Int64
    let log: MemberHistory

    func rows(_ member: MemberID, _ category: String) throws -> [Row] {
        try connection.fetchAll("""
            SELECT id, valid_from, valid_to, tier, source FROM member_category_history
            WHERE member_id = ? AND category = ? AND superseded_by IS NULL ORDER BY valid_from
            """, [member, category]) { row in
            Row(id: row.int64(0), validFrom: row.text(1), validTo: row.optionalText(2), tier: row.text(3),
                source: row.optionalText(4))
        }
    }

    /// The categories `member` belongs to on `date` (current knowledge).
    func categories(of member: MemberID, on date: String) throws -> [String] {
        try connection.fetchAll("""
            SELECT category FROM member_category_history
            WHERE member_id = ? AND superseded_by IS NULL AND valid_from <= ?2 AND (valid_to IS NULL OR valid_to > ?2)
            """, [member, date]) { $0.text(0) }
    }

    func enter(_ member: MemberID, _ category: String, on date: LocalDate, tier: String, source: String?) throws {
        let day = date.iso8601
        let rows = try rows(member, category)
        guard !rows.contains(where: { $0.covers(day) }) else {
            throw RegisterError.alreadyInCategory(member, category: category, on: date)
        }
        let next = rows.first { $0.validFrom > day }
        try insert(Row(id: 0, validFrom: day, validTo: next?.validFrom, tier: tier, source: source), member, category)
        try refreshCurrent(member, category)
        try log.log(member, kind: .change, effective: day, subject: .category(category), from: nil, to: tier)
    }

    func leave(_ member: MemberID, _ category: String, on date: LocalDate) throws {
        let day = date.iso8601
        let rows = try rows(member, category)
        guard let k = rows.firstIndex(where: { $0.covers(day) }) else {
            throw RegisterError.notInCategory(member, category: category, on: date)
        }
        var end = k
        while end + 1 < rows.count, rows[end + 1].validFrom == rows[end].validTo { end += 1 }
        for row in rows[k...end] { try supersede(row) }
        if rows[k].validFrom < day {
            var kept = rows[k]
            kept.validTo = day
            try insert(kept, member, category)
        }
        try refreshCurrent(member, category)
        try log.log(member, kind: .change, effective: day, subject: .category(category), from: rows[k].tier, to: nil)
    }

    /// Changes the tier (and, when given, the source) from `date`; returns false when nothing changed.
    func changeTier(_ member: MemberID, _ category: String, on date: LocalDate, to tier: String, source: String?) throws -> Bool {
        let day = date.iso8601
        let rows = try rows(member, category)
        guard let k = rows.firstIndex(where: { $0.covers(day) }) else {
            throw RegisterError.notInCategory(member, category: category, on: date)
        }
        let newSource = source ?? rows[k].source
        guard rows[k].tier != tier || rows[k].source != newSource else { return false }
        try supersede(rows[k])
        var covering = rows[k]
        if covering.validFrom < day {
            var before = covering
            before.validTo = day
            try insert(before, member, category)
            covering.validFrom = day
        }
        covering.tier = tier
        covering.source = newSource
        try insert(covering, member, category)
        var j = k + 1
        while j < rows.count, rows[j].validFrom == rows[j - 1].validTo, rows[j].tier == rows[k].tier {
            var row = rows[j]
            row.tier = tier
            try supersede(rows[j])
            try insert(row, member, category)
            j += 1
        }
        try refreshCurrent(member, category)
        try log.log(member, kind: .change, effective: day, subject: .category(category), from: rows[k].tier, to: tier)
        return true
    }

    /// The record was wrong about the membership in force on `date` (default: the open one): its tier
    /// over the whole stretch that held the wrong tier, and/or the start of its unbroken run.
    /// Returns false when nothing changed.
    func correct(_ member: MemberID, _ category: String, on date: LocalDate?, tier: String?, since: LocalDate?,
                 registeredOn: LocalDate) throws -> Bool {
        let rows = try rows(member, category)
        let (k, low, high) = try run(rows, member, category, around: date)
        var corrected = rows
        if let tier, tier != rows[k].tier {
            var first = k, last = k
            while first > low, rows[first - 1].tier == rows[k].tier { first -= 1 }
            while last < high, rows[last + 1].tier == rows[k].tier { last += 1 }
            for index in first...last { corrected[index].tier = tier }
            try log.log(member, kind: .correction, effective: rows[first].validFrom, subject: .category(category),
                        from: rows[k].tier, to: tier)
        }
        if let since, since.iso8601 != rows[low].validFrom {
            guard since >= registeredOn else {
                throw RegisterError.effectiveBeforeRegistration(member, effective: since, registeredOn: registeredOn)
            }
            if let end = rows[low].validTo, since.iso8601 >= end {
                throw ValidationError(field: "since", value: since.iso8601,
                                      reason: .malformed(expected: "a date before \(end), when the first tier of the membership ended"))
            }
            if low > 0, let previousEnd = rows[low - 1].validTo, since.iso8601 < previousEnd {
                throw RegisterError.alreadyInCategory(member, category: category, on: since)
            }
            corrected[low].validFrom = since.iso8601
            try log.log(member, kind: .correction, effective: since.iso8601, subject: .categorySince(category),
                        from: rows[low].validFrom, to: since.iso8601)
        }
        let indexes = (low...high).filter { corrected[$0] != rows[$0] }
        guard !indexes.isEmpty else { return false }
        for index in indexes { try supersede(rows[index]) }
        for index in indexes { try insert(corrected[index], member, category) }
        try refreshCurrent(member, category)
        return true
    }

    /// The record was wrong: the member never held the unbroken membership in force on `date` (default:
    /// the open one). Its intervals are superseded; history keeps them for "as known at" reads.
    func remove(_ member: MemberID, _ category: String, on date: LocalDate?) throws {
        let rows = try rows(member, category)
        let (k, low, high) = try run(rows, member, category, around: date)
        for row in rows[low...high] { try supersede(row) }
        try refreshCurrent(member, category)
        try log.log(member, kind: .correction, effective: rows[low].validFrom, subject: .category(category),
                    from: rows[k].tier, to: nil)
    }

    /// The interval in force on `date` (or the open one) and the bounds of its unbroken run.
    private func run(_ rows: [Row], _ member: MemberID, _ category: String, around date: LocalDate?) throws
        -> (index: Int, low: Int, high: Int)
    {
        let found = date.map { day in rows.firstIndex { $0.covers(day.iso8601) } } ?? rows.firstIndex { $0.validTo == nil }
        guard let k = found else {
            throw RegisterError.notInCategory(member, category: category, on: date ?? .today())
        }
        var low = k, high = k
        while low > 0, rows[low - 1].validTo == rows[low].validFrom { low -= 1 }
        while high + 1 < rows.count, rows[high + 1].validFrom == rows[high].validTo { high += 1 }
        return (k, low, high)
    }

    private func supersede(_ row: Row) throws {
        try connection.run("UPDATE member_category_history SET superseded_by = ? WHERE id = ?", [try changeset(), row.id])
    }

    private func insert(_ row: Row, _ member: MemberID, _ category: String) throws {
        try connection.run("""
            INSERT INTO member_category_history(member_id, category, valid_from, valid_to, tier, source, changeset_id)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, [member, category, row.validFrom, row.validTo, row.tier, row.source, try changeset()])
    }

    /// Rewrites the `member_category` row from the open interval, if there is one.
    private func refreshCurrent(_ member: MemberID, _ category: String) throws {
        try connection.run("DELETE FROM member_category WHERE member_id = ? AND category = ?", [member, category])
        let rows = try rows(member, category)
        guard var k = rows.lastIndex(where: { $0.validTo == nil }) else { return }
        let open = rows[k]
        while k > 0, rows[k - 1].validTo == rows[k].validFrom { k -= 1 }
        try connection.run("""
            INSERT INTO member_category(member_id, category, tier, source, since, changed_in)
            VALUES (?, ?, ?, ?, ?, ?)
            """, [member, category, open.tier, open.source, rows[k].validFrom, try changeset()])
    }
}
