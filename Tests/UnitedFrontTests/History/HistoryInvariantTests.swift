import Testing
@testable import UnitedFront

/// Long random sequences of writes, replayed from a seed, checked against a simple model of
/// per-field timelines and against the structural invariants of the history tables.
@Suite("History invariants under random writes")
struct HistoryInvariantTests {
    /// The model: per member and field, the value from each boundary date on.
    struct FieldModel {
        var registeredOn: LocalDate
        var boundaries: [MemberField: [(date: LocalDate, value: String?)]] = [:]

        func value(_ field: MemberField, on date: LocalDate) -> String? {
            boundaries[field]?.last { $0.date <= date }?.value ?? nil
        }

        /// Reality changed on `date`: the value holds until the field's next boundary.
        mutating func change(_ field: MemberField, to value: String?, on date: LocalDate) {
            var list = boundaries[field] ?? [(registeredOn, nil)]
            list.removeAll { $0.date == date }
            list.append((date, value))
            list.sort { $0.date < $1.date }
            boundaries[field] = normalized(list)
        }

        /// The record was wrong: the whole stretch holding the value in force on `date` gets `value`.
        mutating func correct(_ field: MemberField, to value: String?, on date: LocalDate) {
            var list = boundaries[field] ?? [(registeredOn, nil)]
            guard let index = list.lastIndex(where: { $0.date <= date }) else { return }
            list[index].value = value
            boundaries[field] = normalized(list)
        }

        private func normalized(_ list: [(date: LocalDate, value: String?)]) -> [(date: LocalDate, value: String?)] {
            var result: [(date: LocalDate, value: String?)] = []
            for entry in list where result.last.map({ $0.value != entry.value }) ?? true { result.append(entry) }
            return result
        }
    }

    static let fields: [MemberField: [String?]] = [
        .post: ["主任", "副主任", "科长", nil],
        .rank: ["142", "141", "132", nil],
        .workUnit: ["区财政局", "区教育局", "市工商联"],
        .notes: ["甲", "乙", nil],
    ]
    static let categories = ["NON_PARTY_CADRE", "NON_PARTISAN", "NEW_STRATUM", "OVERSEAS_CHINESE"]
    static let tiers = ["GENERAL", "REPRESENTATIVE", "KEY_REPRESENTATIVE", "RESERVE"]

    @Test("one open interval per field and membership, no overlaps, current rows equal open history rows, reads match the model",
          arguments: [1, 2, 3, 42, 2024] as [UInt64])
    func randomWrites(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        let register = try Register.inMemory()
        var models: [MemberID: FieldModel] = [:]
        func randomDate(from start: LocalDate) -> LocalDate {
            start.adding(days: Int.random(in: 0...2200, using: &random))
        }
        for index in 0..<8 {
            let registered = LocalDate("2020-01-01").adding(days: Int.random(in: 0...400, using: &random))
            var record = MemberRecord(name: "成员\(index)")
            record.workUnit = "区财政局"
            let id = try register.add(record, effective: registered, by: clerk)
            var model = FieldModel(registeredOn: registered)
            model.boundaries[.workUnit] = [(registered, "区财政局")]
            model.boundaries[.status] = [(registered, "active")]
            models[id] = model
        }
        let ids = models.keys.sorted()
        for _ in 0..<500 {
            let id = ids.randomElement(using: &random)!
            let date = randomDate(from: models[id]!.registeredOn)
            let field = Self.fields.keys.sorted { $0.rawValue < $1.rawValue }.randomElement(using: &random)!
            let value = Self.fields[field]!.randomElement(using: &random)!
            let category = Self.categories.randomElement(using: &random)!
            switch Int.random(in: 0..<12, using: &random) {
            case 0..<4:
                try register.change(id, effective: date, by: clerk) { $0[field] = value }
                models[id]!.change(field, to: value, on: date)
            case 4..<6:
                let asOf: LocalDate? = Bool.random(using: &random) ? date : nil
                let target = asOf ?? models[id]!.boundaries.values.flatMap { $0.map(\.date) }.max()!
                try register.correct(id, asOf: asOf, by: clerk) { $0[field] = value }
                models[id]!.correct(field, to: value, on: target)
            case 6..<8:
                do {
                    try register.enter(id, category: category, effective: date,
                                       tier: Self.tiers.randomElement(using: &random)!, by: clerk)
                } catch is RegisterError {}
            case 10, 11:
                do {
                    try register.write(by: clerk) { tx in
                        if Int.random(in: 0..<4, using: &random) == 0 {
                            try tx.removeMembership(id, category: category, asOf: Bool.random(using: &random) ? date : nil)
                        } else {
                            try tx.correctMembership(
                                id, category: category, asOf: Bool.random(using: &random) ? date : nil,
                                tier: Bool.random(using: &random) ? Self.tiers.randomElement(using: &random)! : nil,
                                since: Bool.random(using: &random) ? date.adding(days: -Int.random(in: 0...400, using: &random)) : nil)
                        }
                    }
                } catch is RegisterError {
                } catch is ValidationError {}
            case 8:
                do {
                    try register.write(by: clerk) {
                        try $0.changeTier(id, category: category, to: Self.tiers.randomElement(using: &random)!, effective: date)
                    }
                } catch is RegisterError {}
            default:
                do { try register.leave(id, category: category, effective: date, by: clerk) } catch is RegisterError {}
            }
        }
        try checkStructure(register)
        let categoryCorrections = try register.read { snapshot in
            try snapshot.connection.fetchOne("""
                SELECT count(*) FROM change_log WHERE kind = 'correction' AND subject LIKE 'category%'
                """) { $0.int64(0) } ?? 0
        }
        #expect(categoryCorrections > 0, "the sequence exercised membership corrections")
        print("seed \(seed): \(categoryCorrections) membership corrections")
        for (id, model) in models {
            for _ in 0..<25 {
                let date = randomDate(from: model.registeredOn.adding(days: -30))
                let member = try register.member(id, asOf: date)
                guard date >= model.registeredOn else {
                    #expect(member == nil)
                    continue
                }
                for field in Self.fields.keys {
                    #expect(member?.record[field] == model.value(field, on: date), "member \(id) \(field) on \(date), seed \(seed)")
                }
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
            try none("SELECT * FROM pragma_foreign_key_check", "no foreign key is broken")
        }
    }
}
