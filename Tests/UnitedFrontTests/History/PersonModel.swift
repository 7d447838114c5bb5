@testable import UnitedFront

/// What one member's history should be, written from the README's rules alone, never from the engine:
///
/// - Per field (status included), the recorded changes are points in effective time, and the value on D
///   is the value of the latest point at or before D. Registration is a point of every field.
/// - A change to the value already in force on its date records nothing; otherwise it adds its point
///   (replacing one of the same field on the same date).
/// - A correction replaces the wrong value (in force on its date) at every consecutive point that holds
///   it around that date, and adds no point.
/// - Memberships of a category are runs [start, end) with their own tier and source points; runs that
///   touch are one unbroken membership. Entering starts a run, until the next run of the category or the
///   member's next archived day; leaving ends the run covering the date; a tier or source change adds a
///   point inside the run.
/// - Archiving refuses when a membership would begin on an archived day, and otherwise ends the
///   memberships in force that day.
struct PersonModel {
    /// Why the model expects the register to refuse an operation.
    enum Refusal: Error, Equatable {
        case refused
    }

    /// One unbroken membership.
    struct Run: Equatable {
        var start: LocalDate
        var end: LocalDate?
        var tiers: [LocalDate: String]
        var sources: [LocalDate: String?]

        func covers(_ date: LocalDate) -> Bool { start <= date && (end.map { date < $0 } ?? true) }
        func tier(on date: LocalDate) -> String { PersonModel.latest(tiers, on: date)! }
        func source(on date: LocalDate) -> String? { PersonModel.latest(sources, on: date) ?? nil }
    }

    let registeredOn: LocalDate
    var points: [MemberField: [LocalDate: String?]] = [:]
    var runs: [String: [Run]] = [:]

    init(registeredOn: LocalDate, record: MemberRecord) {
        self.registeredOn = registeredOn
        for field in MemberField.allCases { points[field] = [registeredOn: record[field]] }
    }

    static func latest<V>(_ points: [LocalDate: V], on date: LocalDate) -> V? {
        points.filter { $0.key <= date }.max { $0.key < $1.key }?.value
    }

    // MARK: Fields

    func value(_ field: MemberField, on date: LocalDate) -> String? {
        Self.latest(points[field]!, on: date) ?? nil
    }

    func isArchived(on date: LocalDate) -> Bool { value(.status, on: date) == "archived" }

    /// The start of the latest record: the latest point of any field.
    var latestPoint: LocalDate { points.values.flatMap(\.keys).max()! }

    mutating func change(_ field: MemberField, to value: String?, on date: LocalDate) {
        guard self.value(field, on: date) != value else { return }
        points[field]![date] = value
    }

    mutating func correct(_ field: MemberField, to value: String?, on date: LocalDate) {
        let dates = points[field]!.keys.sorted()
        guard let p = dates.lastIndex(where: { $0 <= date }) else { return }
        let wrong = points[field]![dates[p]]!
        var low = p, high = p
        while low > 0, points[field]![dates[low - 1]]! == wrong { low -= 1 }
        while high < dates.count - 1, points[field]![dates[high + 1]]! == wrong { high += 1 }
        for index in low...high { points[field]![dates[index]] = value }
    }

    // MARK: Status

    mutating func archive(on date: LocalDate) throws(Refusal) {
        guard !isArchived(on: date) else { return }
        let until = points[.status]!.keys.filter { $0 > date }.min()
        let begins = runs.values.joined().map(\.start)
        if begins.contains(where: { start in start >= date && (until.map { start < $0 } ?? true) }) { throw .refused }
        points[.status]![date] = "archived"
        for category in runs.keys {
            if let k = runs[category]!.firstIndex(where: { $0.covers(date) }) { end(category, k, on: date) }
        }
    }

    mutating func reactivate(on date: LocalDate) {
        guard isArchived(on: date) else { return }
        points[.status]![date] = "active"
    }

    // MARK: Memberships

    func run(_ category: String, on date: LocalDate) -> Run? { runs[category]?.first { $0.covers(date) } }

    mutating func enter(_ category: String, on date: LocalDate, tier: String) throws(Refusal) {
        guard run(category, on: date) == nil, !isArchived(on: date) else { throw .refused }
        let nextRun = runs[category, default: []].map(\.start).filter { $0 > date }.min()
        let nextArchive = points[.status]!.filter { $0.key > date && $0.value == "archived" }.keys.min()
        let end = [nextRun, nextArchive].compactMap { $0 }.min()
        runs[category, default: []].append(Run(start: date, end: end, tiers: [date: tier], sources: [date: nil]))
        normalize(category)
    }

    mutating func leave(_ category: String, on date: LocalDate) throws(Refusal) {
        guard let k = runs[category]?.firstIndex(where: { $0.covers(date) }) else { throw .refused }
        end(category, k, on: date)
    }

    private mutating func end(_ category: String, _ k: Int, on date: LocalDate) {
        var run = runs[category]![k]
        guard run.start < date else {
            runs[category]!.remove(at: k)
            return
        }
        run.end = date
        run.tiers = run.tiers.filter { $0.key < date }
        run.sources = run.sources.filter { $0.key < date }
        runs[category]![k] = run
    }

    mutating func changeTier(_ category: String, on date: LocalDate, to tier: String, source: String?) throws(Refusal) {
        guard let k = runs[category]?.firstIndex(where: { $0.covers(date) }) else { throw .refused }
        if runs[category]![k].tier(on: date) != tier { runs[category]![k].tiers[date] = tier }
        if let source, runs[category]![k].source(on: date) != source { runs[category]![k].sources[date] = source }
    }

    mutating func correctMembership(_ category: String, asOf date: LocalDate?, tier: String?, since: LocalDate?) throws(Refusal) {
        let found = date.map { d in runs[category]?.firstIndex { $0.covers(d) } } ?? runs[category]?.firstIndex { $0.end == nil }
        guard let k = found ?? nil else { throw .refused }
        var run = runs[category]![k]
        if let since, since != run.start {
            let firstEnd = (Array(run.tiers.keys) + Array(run.sources.keys) + [run.end].compactMap { $0 })
                .filter { $0 > run.start }.min()
            let previousEnd = runs[category]!.compactMap(\.end).filter { $0 <= run.start }.max()
            guard since >= registeredOn, firstEnd.map({ since < $0 }) ?? true,
                  previousEnd.map({ since >= $0 }) ?? true,
                  since > run.start || !(0..<(run.start.daysSince1970 - since.daysSince1970))
                      .contains(where: { isArchived(on: since.adding(days: $0)) })
            else { throw .refused }
        }
        if let tier {
            let dates = run.tiers.keys.sorted()
            let p = date.map { d in dates.lastIndex { $0 <= d }! } ?? dates.count - 1
            let wrong = run.tiers[dates[p]]!
            var low = p, high = p
            while low > 0, run.tiers[dates[low - 1]] == wrong { low -= 1 }
            while high < dates.count - 1, run.tiers[dates[high + 1]] == wrong { high += 1 }
            for index in low...high { run.tiers[dates[index]] = tier }
        }
        if let since, since != run.start {
            run.tiers[since] = run.tiers.removeValue(forKey: run.start)
            run.sources[since] = run.sources.removeValue(forKey: run.start)
            run.start = since
        }
        runs[category]![k] = run
        normalize(category)
    }

    mutating func removeMembership(_ category: String, asOf date: LocalDate?) throws(Refusal) {
        let found = date.map { d in runs[category]?.firstIndex { $0.covers(d) } } ?? runs[category]?.firstIndex { $0.end == nil }
        guard let k = found ?? nil else { throw .refused }
        runs[category]!.remove(at: k)
    }

    /// Sorts the runs and joins those that touch: they are one unbroken membership.
    private mutating func normalize(_ category: String) {
        var result: [Run] = []
        for run in runs[category]!.sorted(by: { $0.start < $1.start }) {
            if let last = result.last, last.end == run.start {
                result[result.count - 1].end = run.end
                result[result.count - 1].tiers.merge(run.tiers) { $1 }
                result[result.count - 1].sources.merge(run.sources) { $1 }
            } else {
                result.append(run)
            }
        }
        runs[category] = result
    }

    /// The memberships in force on `date`: category → (tier, source, since).
    func memberships(on date: LocalDate) -> [String: Membership] {
        var result: [String: Membership] = [:]
        for (category, list) in runs {
            guard let run = list.first(where: { $0.covers(date) }) else { continue }
            result[category] = Membership(tier: run.tier(on: date), source: run.source(on: date), since: run.start)
        }
        return result
    }

    struct Membership: Equatable {
        var tier: String
        var source: String?
        var since: LocalDate
    }
}
