/// The 党外干部 figures of a work report, counted by the rules of DOMAIN.md ("Report figures"): who is
/// 党外, who holds a qualifying post, who was adjusted, who is in the reserve pool.
///
/// A person counts only on days they are registered, not archived, 党外 (political status not 中共党员
/// 01 or 中共预备党员 02; an unknown status is 党外) and, when a subtree is given, owned by a unit in it.
struct CadreFigures {
    let connection: Connection
    let codes: CodeCatalog
    let knowledge: Knowledge
    /// The units of the subtree counted, as stored; nil for the whole register.
    let units: Set<String>?

    private var reader: HistoryReader { HistoryReader(connection: connection, codes: codes) }

    /// 党外副科级以上领导干部 on `date`: distinct members holding that day a 领导职务 whose 职务层次 is
    /// 副科级 or above (concurrent posts count the person once), by id.
    func leadingCadres(asOf date: LocalDate) throws -> [Member] {
        let holders = Set(try postRuns().filter { run in run.rows.contains { $0.covers(date) && qualifies($0) } }.map(\.member))
        return try holders.sorted().compactMap { try counted($0, on: date) }
    }

    /// 党外干部 adjusted in `year`: distinct members with a qualifying post (as for ``leadingCadres(asOf:)``)
    /// that begins or ends in the year, or whose 职务层次 changes in it while it qualifies (a promotion
    /// recorded on the same post). A 职级 change alone is no adjustment. Each adjustment is judged on its
    /// day: a beginning or a change on the day it takes effect, an ending on the last day the post was
    /// held.
    func adjustedCadres(in year: Int) throws -> [Member] {
        let first = LocalDate(year: year, month: 1, day: 1)!.iso8601, last = LocalDate(year: year + 1, month: 1, day: 1)!.iso8601
        var judged: [MemberID: Member] = [:]
        for run in try postRuns() {
            for (index, row) in run.rows.enumerated() where row.validFrom >= first && row.validFrom < last {
                let before = index > 0 ? run.rows[index - 1] : nil
                let now = qualifies(row), then = before.map(qualifies) ?? false
                let day: LocalDate
                if now, !then || before?.rank != row.rank {
                    day = try LocalDate.stored(row.validFrom)            // appointed, or promoted on the post
                } else if then, !now {
                    day = try LocalDate.stored(row.validFrom).adding(days: -1)  // removed: judged on the last day held
                } else {
                    continue
                }
                if judged[run.member] == nil, let member = try counted(run.member, on: day) { judged[run.member] = member }
            }
        }
        return judged.values.sorted { $0.id < $1.id }
    }

    /// 后备干部 on `date`: distinct members with a reserve-pool entry in force that day, by id.
    func reservePool(asOf date: LocalDate) throws -> [Member] {
        let entries = try RecordReader<PoolRecord>(connection: connection).records(of: nil, asOf: date, knowledge: knowledge)
        return try Set(entries.map(\.member)).sorted().compactMap { try counted($0, on: date) }
    }

    // MARK: Internals

    /// One post's visible rows, in date order.
    private struct PostRun {
        var member: MemberID
        var rows: [PostRow]
    }

    /// The values of a post row the figures need.
    private struct PostRow {
        var validFrom: String
        var validTo: String?
        var active: Bool
        var leadership: Bool
        var rank: String?

        func covers(_ date: LocalDate) -> Bool { validFrom <= date.iso8601 && (validTo.map { date.iso8601 < $0 } ?? true) }
    }

    private func qualifies(_ row: PostRow) -> Bool {
        row.active && row.leadership && row.rank.map { codes.isAtLeast(CadreRank(rawValue: $0), .deputySection) } == true
    }

    private func postRuns() throws -> [PostRun] {
        let visible = knowledge.condition("h")
        var runs: [Int64: PostRun] = [:]
        try connection.forEachRow("""
            SELECT h.record_id, p.member_id, h.valid_from, h.valid_to, h.status, h.leadership, h.rank
            FROM post_history h JOIN post p ON p.id = h.record_id WHERE \(visible.sql) ORDER BY h.record_id, h.valid_from
            """, visible.arguments) { row in
            let row = (id: row.int64(0), member: MemberID(rawValue: row.int64(1)),
                       values: PostRow(validFrom: row.text(2), validTo: row.optionalText(3), active: row.text(4) == RecordStatus.active,
                                       leadership: row.text(5) == "1", rank: row.optionalText(6)))
            runs[row.id, default: PostRun(member: row.member, rows: [])].rows.append(row.values)
        }
        return runs.keys.sorted().map { runs[$0]! }
    }

    /// The member on `date` when they count that day: registered, active, 党外, and in the subtree.
    private func counted(_ id: MemberID, on date: LocalDate) throws -> Member? {
        guard let member = try reader.member(id, asOf: date, knowledge: knowledge), member.record.status == .active else { return nil }
        if let status = member.record.politicalStatus, status == .cpcMember || status == .cpcProbationaryMember { return nil }
        if let units {
            guard let unit = member.record.orgUnit, units.contains(String(unit.rawValue)) else { return nil }
        }
        return member
    }
}
