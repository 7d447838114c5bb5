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

    /// The structural invariants, checked in SQL over the whole database.
    func checkStructure(_ register: Register) throws {
        try register.read { snapshot in
            let db = snapshot.connection
            func none(_ sql: String, _ what: String) throws {
                let count = try db.fetchOne("SELECT count(*) FROM (\(sql))") { $0.int64(0) } ?? -1
                #expect(count == 0, "\(what)")
            }
            try none("""
                SELECT member_id FROM member_history WHERE superseded_by IS NULL
                GROUP BY member_id HAVING sum(valid_to IS NULL) <> 1
                """, "every member has exactly one open history row")
            try none("""
                SELECT a.id FROM member_history a JOIN member_history b ON a.member_id = b.member_id AND a.id < b.id
                WHERE a.superseded_by IS NULL AND b.superseded_by IS NULL
                  AND a.valid_from < coalesce(b.valid_to, '9999-12-31') AND b.valid_from < coalesce(a.valid_to, '9999-12-31')
                """, "member history intervals never overlap")
            try none("""
                SELECT a.id FROM member_history a JOIN member m ON m.id = a.member_id
                WHERE a.superseded_by IS NULL AND (a.valid_from <> m.registered_on) AND NOT EXISTS (
                  SELECT 1 FROM member_history b WHERE b.member_id = a.member_id AND b.superseded_by IS NULL
                  AND b.valid_to = a.valid_from)
                """, "member history is contiguous from registration")
            try none("""
                SELECT member_id, category FROM member_category_history WHERE superseded_by IS NULL
                GROUP BY member_id, category HAVING sum(valid_to IS NULL) > 1
                """, "at most one open interval per membership")
            try none("""
                SELECT a.id FROM member_category_history a JOIN member_category_history b
                  ON a.member_id = b.member_id AND a.category = b.category AND a.id < b.id
                WHERE a.superseded_by IS NULL AND b.superseded_by IS NULL
                  AND a.valid_from < coalesce(b.valid_to, '9999-12-31') AND b.valid_from < coalesce(a.valid_to, '9999-12-31')
                """, "membership intervals never overlap")
            let columns = MemberField.allCases.map { "m.\($0.rawValue) IS NOT h.\($0.rawValue)" }.joined(separator: " OR ")
            try none("""
                SELECT m.id FROM member m LEFT JOIN member_history h
                  ON h.member_id = m.id AND h.superseded_by IS NULL AND h.valid_to IS NULL
                WHERE h.id IS NULL OR \(columns)
                """, "the current row equals the open history row")
            try none("""
                SELECT m.member_id FROM member_category m LEFT JOIN member_category_history h
                  ON h.member_id = m.member_id AND h.category = m.category AND h.superseded_by IS NULL AND h.valid_to IS NULL
                WHERE h.id IS NULL OR h.tier IS NOT m.tier OR h.source IS NOT m.source
                UNION ALL
                SELECT h.member_id FROM member_category_history h LEFT JOIN member_category m
                  ON h.member_id = m.member_id AND h.category = m.category
                WHERE h.superseded_by IS NULL AND h.valid_to IS NULL AND m.member_id IS NULL
                """, "current memberships equal the open membership intervals")
            try none("""
                SELECT id FROM member_history WHERE changeset_id NOT IN (SELECT id FROM changeset)
                  OR (superseded_by IS NOT NULL AND superseded_by NOT IN (SELECT id FROM changeset))
                UNION ALL
                SELECT id FROM member_category_history WHERE changeset_id NOT IN (SELECT id FROM changeset)
                  OR (superseded_by IS NOT NULL AND superseded_by NOT IN (SELECT id FROM changeset))
                UNION ALL
                SELECT id FROM change_log WHERE changeset_id NOT IN (SELECT id FROM changeset)
                """, "every history row's changeset exists")
            try none("""
                SELECT c.id FROM member_category_history c JOIN member_history h
                  ON h.member_id = c.member_id AND h.superseded_by IS NULL AND h.status = 'archived'
                WHERE c.superseded_by IS NULL
                  AND c.valid_from < coalesce(h.valid_to, '9999-12-31') AND h.valid_from < coalesce(c.valid_to, '9999-12-31')
                """, "nobody holds a membership on a day they are archived")
            try none("SELECT * FROM pragma_foreign_key_check", "no foreign key is broken")
        }
    }
}
