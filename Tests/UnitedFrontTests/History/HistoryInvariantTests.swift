import Testing
@testable import UnitedFront

/// Long random sequences of writes, replayed from a seed, checked against ``PersonModel`` (the README's
/// rules, stated independently of the engine) and against the structural invariants of the history
/// tables. The mix includes back-dated restatements (a later point's value written again before it),
/// archives and reactivations, tier and source changes, and membership corrections and removals; the
/// model predicts which writes the register refuses.
@Suite("History invariants under random writes")
struct HistoryInvariantTests {
    static let fields: [MemberField: [String?]] = [
        .post: ["主任", "副主任", "科长", nil],
        .rank: ["142", "141", "132", nil],
        .workUnit: ["区财政局", "区教育局", "市工商联"],
        .notes: ["甲", "乙", nil],
    ]
    static let fieldOrder = fields.keys.sorted { $0.rawValue < $1.rawValue }
    static let categories = ["NON_PARTY_CADRE", "NON_PARTISAN", "NEW_STRATUM", "OVERSEAS_CHINESE"]
    static let tiers = ["GENERAL", "REPRESENTATIVE", "KEY_REPRESENTATIVE", "RESERVE"]
    static let sources = ["SURVEY", "NOMINATED", "CERTIFIED"]

    @Test("random writes: reads match the model of recorded points, refusals match, invariants hold",
          arguments: [1, 2, 3, 5, 8, 13, 21, 42, 1949, 2024] as [UInt64])
    func randomWrites(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        let register = try Register.inMemory()
        var models: [PersonModel] = []
        var ids: [MemberID] = []
        func randomDate(from start: LocalDate) -> LocalDate {
            start.adding(days: Int.random(in: 0...2200, using: &random))
        }
        for index in 0..<8 {
            let registered = LocalDate("2020-01-01").adding(days: Int.random(in: 0...400, using: &random))
            var record = MemberRecord(name: "成员\(index)")
            record.workUnit = "区财政局"
            ids.append(try register.add(record, effective: registered, by: clerk))
            record.status = .active
            models.append(PersonModel(registeredOn: registered, record: try #require(try register.member(ids[index])?.record)))
        }
        var refusals = 0, restatements = 0
        for step in 0..<500 {
            let m = Int.random(in: 0..<ids.count, using: &random)
            let id = ids[m]
            let date = randomDate(from: models[m].registeredOn)
            let field = Self.fieldOrder.randomElement(using: &random)!
            let category = Self.categories.randomElement(using: &random)!
            let tier = Self.tiers.randomElement(using: &random)!
            /// Runs `write` on the register and `expect` on the model; both must refuse or both succeed.
            func both(_ what: String, _ write: () throws -> Void, _ expect: (inout PersonModel) throws -> Void) {
                var model = models[m]
                var modelRefused = false
                do { try expect(&model) } catch { modelRefused = true }
                var registerRefused = false
                do { try write() } catch is RegisterError { registerRefused = true } catch is ValidationError {
                    registerRefused = true
                } catch { Issue.record("\(what): unexpected \(error)") }
                #expect(modelRefused == registerRefused, "step \(step) \(what): model refused \(modelRefused), register refused \(registerRefused), seed \(seed)")
                if modelRefused { refusals += 1 } else { models[m] = model }
            }
            switch Int.random(in: 0..<16, using: &random) {
            case 0..<3:
                let value = Self.fields[field]!.randomElement(using: &random)!
                both("change \(field) \(date)", { _ = try register.change(id, effective: date, by: clerk) { $0[field] = value } }) {
                    $0.change(field, to: value, on: date)
                }
            case 3, 4:
                // A back-dated restatement: the value of a later point, written again before it.
                let later = models[m].points[field]!.filter { $0.key > models[m].registeredOn }
                guard let point = later.randomElement(using: &random) else { continue }
                let before = point.key.adding(days: -Int.random(in: 1...400, using: &random))
                let on = max(before, models[m].registeredOn)
                restatements += 1
                both("restate \(field) \(on)", { _ = try register.change(id, effective: on, by: clerk) { $0[field] = point.value } }) {
                    $0.change(field, to: point.value, on: on)
                }
            case 5, 6:
                let value = Self.fields[field]!.randomElement(using: &random)!
                let asOf: LocalDate? = Bool.random(using: &random) ? date : nil
                both("correct \(field)", { _ = try register.correct(id, asOf: asOf, by: clerk) { $0[field] = value } }) {
                    $0.correct(field, to: value, on: asOf ?? $0.latestPoint)
                }
            case 7, 8:
                both("enter \(category) \(date)", {
                    try register.enter(id, category: Category(category), tier: Tier(tier), effective: date, by: clerk)
                }) { try $0.enter(category, on: date, tier: tier) }
            case 9:
                both("leave \(category) \(date)", { try register.leave(id, category: Category(category), effective: date, by: clerk) }) {
                    try $0.leave(category, on: date)
                }
            case 10:
                let source = Bool.random(using: &random) ? Self.sources.randomElement(using: &random)! : nil
                both("tier \(category) \(date)", {
                    _ = try register.write(by: clerk) { try $0.changeTier(id, category: Category(category), to: Tier(tier), source: source.map(CategorySource.init), effective: date) }
                }) { try $0.changeTier(category, on: date, to: tier, source: source) }
            case 11, 12:
                let asOf: LocalDate? = Bool.random(using: &random) ? date : nil
                if Int.random(in: 0..<4, using: &random) == 0 {
                    both("remove \(category)", {
                        try register.write(by: clerk) { try $0.removeMembership(id, category: Category(category), asOf: asOf) }
                    }) { try $0.removeMembership(category, asOf: asOf) }
                } else {
                    let newTier: String? = Bool.random(using: &random) ? tier : nil
                    let since: LocalDate? = Bool.random(using: &random) ? date.adding(days: -Int.random(in: 0...400, using: &random)) : nil
                    both("correct membership \(category)", {
                        _ = try register.write(by: clerk) { try $0.correctMembership(id, category: Category(category), tier: newTier.map(Tier.init), since: since, asOf: asOf) }
                    }) { try $0.correctMembership(category, asOf: asOf, tier: newTier, since: since) }
                }
            case 15 where Bool.random(using: &random):
                // A back-dated tier restatement inside a membership: a later tier point's tier, again before it.
                let run = models[m].runs[category]?.filter { $0.tiers.count > 1 }.randomElement(using: &random)
                guard let run, let point = run.tiers.filter({ $0.key > run.start }).randomElement(using: &random) else { continue }
                let on = max(point.key.adding(days: -Int.random(in: 1...400, using: &random)), run.start)
                restatements += 1
                both("restate tier \(category) \(on)", {
                    _ = try register.write(by: clerk) { try $0.changeTier(id, category: Category(category), to: Tier(point.value), effective: on) }
                }) { try $0.changeTier(category, on: on, to: point.value, source: nil) }
            case 13, 14:
                both("archive \(date)", { try register.archive(id, effective: date, by: clerk) }) { try $0.archive(on: date) }
            default:
                both("reactivate \(date)", { try register.write(by: clerk) { try $0.reactivate(id, effective: date) } }) {
                    $0.reactivate(on: date)
                }
            }
        }
        try checkStructure(register)
        #expect(restatements > 20 && refusals > 20, "the mix exercised restatements (\(restatements)) and refusals (\(refusals))")
        for (m, id) in ids.enumerated() {
            let model = models[m]
            for _ in 0..<40 {
                let date = randomDate(from: model.registeredOn.adding(days: -30))
                let member = try register.member(id, asOf: date)
                guard date >= model.registeredOn else {
                    #expect(member == nil)
                    continue
                }
                for field in Self.fieldOrder + [.status] {
                    #expect(member?.record[field] == model.value(field, on: date), "member \(id) \(field) on \(date), seed \(seed)")
                }
                let expected = model.memberships(on: date)
                let actual = Dictionary(uniqueKeysWithValues: (member?.categories ?? []).map {
                    ($0.category.rawValue, PersonModel.Membership(tier: $0.tier.rawValue, source: $0.source?.rawValue, since: $0.since))
                })
                #expect(actual == expected, "member \(id) memberships on \(date), seed \(seed)")
            }
        }
    }

    /// The structural invariants of every history table: the library's own integrity check
    /// (``Register/check(quick:progress:)``), which runs them in SQL over the whole database.
    func checkStructure(_ register: Register) throws {
        let report = try register.check()
        #expect(report.isSound, "\(report)")
    }
}
