/// The rules of a member's memberships in one category, as pure functions from the current-knowledge
/// intervals (in date order, with gaps where the member was not in the category) to a ``HistoryEdit``.
///
/// Intervals that touch form one *unbroken membership*. Like member fields, the tier and the source
/// change at recorded points: entering is a point of both, a tier change of the tier, a source change of
/// the source; each holds until its next point within the unbroken membership. A change to the tier and
/// source already in force records nothing.
struct MembershipPlanner {
    /// The category the intervals belong to (a resolved code).
    let category: Category

    /// The edit that enters the member from `day` with `tier` and `source`. The membership holds until
    /// the next recorded membership in the category begins, or `until` (the day the member is next
    /// archived), whichever is first; otherwise it stays open.
    func enter(_ rows: [MembershipRow], on day: String, tier: String, source: String?, until: String?)
        -> HistoryEdit<MembershipRow>?
    {
        guard !rows.contains(where: { $0.covers(day) }) else { return nil }
        let ends = [rows.first { $0.validFrom > day }?.validFrom, until].compactMap { $0 }
        var edit = HistoryEdit<MembershipRow>()
        edit.inserted = [MembershipRow(id: 0, validFrom: day, validTo: ends.min(), tier: tier, source: source, points: [.entry])]
        edit.log = [LogLine(kind: .change, effective: day, subject: .category(category), from: nil, to: tier)]
        return edit
    }

    /// The edit that ends the unbroken membership covering `day` on `day`, dropping its later intervals,
    /// with `reason` (an `exit_reason` code) on the interval that now ends it; nil when the member is not in
    /// the category that day.
    func leave(_ rows: [MembershipRow], on day: String, reason: String? = nil) -> HistoryEdit<MembershipRow>? {
        guard let k = rows.firstIndex(where: { $0.covers(day) }) else { return nil }
        let (low, end) = Self.unbrokenRun(rows, around: k)
        var edit = HistoryEdit<MembershipRow>()
        if rows[k].validFrom < day {
            edit.superseded = rows[k...end].map(\.id)
            var kept = rows[k]
            kept.validTo = day
            kept.exitReason = reason
            edit.inserted = [kept]
        } else if k > low, rows[k - 1].exitReason != reason {
            // The interval before (a tier or source change on `day`) now ends the membership: it takes the reason.
            edit.superseded = rows[(k - 1)...end].map(\.id)
            var kept = rows[k - 1]
            kept.exitReason = reason
            edit.inserted = [kept]
        } else {
            edit.superseded = rows[k...end].map(\.id)
        }
        edit.log = [LogLine(kind: .change, effective: day, subject: .category(category), from: rows[k].tier, to: nil,
                            detail: reason)]
        return edit
    }

    /// The edit that changes the tier and/or source from `day`; nil when the member is not in the
    /// category that day. An empty edit when both are already in force.
    func change(_ rows: [MembershipRow], on day: String, tier: String?, source: String?) -> HistoryEdit<MembershipRow>? {
        guard let k = rows.firstIndex(where: { $0.covers(day) }) else { return nil }
        let newTier = tier ?? rows[k].tier
        let newSource = source ?? rows[k].source
        let tierChanged = newTier != rows[k].tier, sourceChanged = newSource != rows[k].source
        var edit = HistoryEdit<MembershipRow>()
        guard tierChanged || sourceChanged else { return edit }

        var covering = edit.splitting(rows[k], at: day)
        if tierChanged { covering.tier = newTier; covering.points.insert(.tier) }
        if sourceChanged { covering.source = newSource; covering.points.insert(.source) }
        edit.inserted.append(covering)

        var propagateTier = tierChanged, propagateSource = sourceChanged
        var j = k + 1
        while j < rows.count, rows[j].validFrom == rows[j - 1].validTo, propagateTier || propagateSource {
            if rows[j].isTierPoint { propagateTier = false }
            if rows[j].isSourcePoint { propagateSource = false }
            var row = rows[j]
            if propagateTier { row.tier = newTier }
            if propagateSource { row.source = newSource }
            if row != rows[j] {
                edit.superseded.append(rows[j].id)
                edit.inserted.append(row)
            }
            j += 1
        }
        if tierChanged {
            edit.log.append(LogLine(kind: .change, effective: day, subject: .category(category), from: rows[k].tier, to: newTier))
        }
        if sourceChanged {
            edit.log.append(LogLine(kind: .change, effective: day, subject: .categorySource(category),
                                    from: rows[k].source, to: newSource))
        }
        return edit
    }

    /// The first index, the last index and the index in force of the unbroken membership in force on
    /// `day` (or the open one when `day` is nil); nil when there is none.
    static func run(_ rows: [MembershipRow], around day: String?) -> (index: Int, low: Int, high: Int)? {
        let found = day.map { day in rows.firstIndex { $0.covers(day) } } ?? rows.firstIndex { $0.validTo == nil }
        guard let k = found else { return nil }
        let (low, high) = unbrokenRun(rows, around: k)
        return (k, low, high)
    }

    /// The bounds of the unbroken membership containing interval `k`.
    static func unbrokenRun(_ rows: [MembershipRow], around k: Int) -> (low: Int, high: Int) {
        var low = k, high = k
        while low > 0, rows[low - 1].validTo == rows[low].validFrom { low -= 1 }
        while high + 1 < rows.count, rows[high + 1].validFrom == rows[high].validTo { high += 1 }
        return (low, high)
    }

    /// The edit that corrects the membership's tier over the whole stretch of the unbroken membership
    /// that held the wrong one (the tier in force at interval `k`).
    func correctTier(_ rows: [MembershipRow], at k: Int, in run: (low: Int, high: Int), to tier: String)
        -> (rows: [MembershipRow], log: LogLine?)
    {
        var corrected = rows
        guard tier != rows[k].tier else { return (corrected, nil) }
        var first = k, last = k
        while first > run.low, rows[first - 1].tier == rows[k].tier { first -= 1 }
        while last < run.high, rows[last + 1].tier == rows[k].tier { last += 1 }
        for index in first...last { corrected[index].tier = tier }
        return (corrected, LogLine(kind: .correction, effective: rows[first].validFrom, subject: .category(category),
                                   from: rows[k].tier, to: tier))
    }

    /// The edit that replaces `rows` by `corrected` where they differ.
    static func replacing(_ rows: [MembershipRow], with corrected: [MembershipRow]) -> HistoryEdit<MembershipRow> {
        var edit = HistoryEdit<MembershipRow>()
        for index in rows.indices where corrected[index] != rows[index] {
            edit.superseded.append(rows[index].id)
            edit.inserted.append(corrected[index])
        }
        return edit
    }
}
