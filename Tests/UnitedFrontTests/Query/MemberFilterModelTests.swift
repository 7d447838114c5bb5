import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

/// Random populations built through the public API from a seed (fields changed and corrected
/// back-dated, memberships entered and left, transfers, an org unit moved, archives, 侨情 records and
/// enterprise roles, recorded by a moving clock), queried with random filter trees on random dates as
/// known at random instants, and checked against ``MemberFilterModel``: the README's rule for each leaf
/// evaluated over plain reads.
@Suite("Members queries against a model of the README's rules, on random populations")
struct MemberFilterModelTests {
    static let regions: [String?] = ["150102", "150102001", "150102002", "150102001001", "150105", "150105001", "150203",
                                     "150100", "110101", "110105", nil, nil]
    static let filterRegions = ["150000", "150100", "150102", "150102001", "150102001001", "150105", "150200", "110000",
                                "110101", "130000"]
    static let ethnicities: [Ethnicity?] = ["01", "01", "01", "02", "03", "05", "11", nil]
    static let educations: [Education?] = ["10", "20", "11", "14", "17", "21", "23", "28", "31", "41", "47", "61", "71", "81", "90", nil]
    static let statuses: [PoliticalStatus?] = ["01", "02", "03", "05", "09", "12", "13", nil]
    static let ranks: [CadreRank?] = ["160", "150", "142", "141", "132", "131", "122", nil, nil, nil]
    static let grades: [CivilServiceGrade?] = ["STAFF_1", "PRINCIPAL_STAFF_4", "PRINCIPAL_STAFF_2", "RESEARCHER_3",
                                               "RESEARCHER_1", "INSPECTOR_2", nil, nil, nil]
    static let sexes: [Sex?] = [.male, .female, .female, .male, .unstated, nil]
    static let categories: [Category] = [.nonPartisan, "NEW_STRATUM", "ETHNIC_MINORITY", "OVERSEAS_CHINESE",
                                         "NON_PARTY_CADRE", "DEMOCRATIC_PARTY"]
    static let tiers: [Tier] = ["GENERAL", "REPRESENTATIVE", "KEY_REPRESENTATIVE", "RESERVE"]
    static let sources: [CategorySource] = ["SURVEY", "NOMINATED", "CERTIFIED", "SELF_REPORTED"]
    static let overseasTypes: [OverseasType] = ["HUAQIAO", "GUIQIAO", "QIAOJUAN", "FOREIGN_CHINESE", "HONG_KONG"]
    static let countries: [Country?] = ["USA", "CAN", "JPN", "AUS", "MNG", nil]
    static let industries: [Industry?] = ["14", "13", "F51", "51", "52", "C", "I", "65", nil]
    static let scales: [EnterpriseScale?] = ["LARGE", "MEDIUM", "SMALL", "MICRO", nil]
    static let names = ["王伟", "李娜", "张敏", "乌云其木格", "阿木尔", "陈晨", "赵丽", "巴特尔", "刘洋", "孙强", "周杰",
                        "吴刚", "郑爽", "马莉", "额尔敦", "单雄", "曾静", "王伟"]

    @Test("random filter trees: ids, counts, orders and pages match the model",
          arguments: [1, 7, 42, 1949, 2024] as [UInt64])
    func randomQueries(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        let world = try RandomPopulation(&random)
        #expect(world.writes > 160, "seed \(seed): enough writes landed (\(world.writes), \(world.refusals) refused)")
        var nonEmpty = 0, nonTrivial = 0
        var leaves: [String: (Int, Int)] = [:]
        for index in 0..<120 {
            let term = Self.term(depth: Int.random(in: 0...3, using: &random), world, &random)
            var date = LocalDate("2019-01-01").adding(days: Int.random(in: 0...(365 * 4), using: &random))
            if Int.random(in: 0..<5, using: &random) == 0, let born = world.birthDates.randomElement(using: &random) {
                // A day around a member's birthday (29 February included), where full years turn.
                let year = Int.random(in: 2019...2022, using: &random)
                let birthday = LocalDate(year: year, month: born.month, day: born.day) ?? LocalDate(year: year, month: 3, day: 1)!
                date = birthday.adding(days: Int.random(in: -1...1, using: &random))
            }
            // As known now, at noon on a day of the writes, or exactly at the instant of one of them.
            let day = world.firstDay.adding(days: Int.random(in: -5...(world.lastDay.daysSince1970 - world.firstDay.daysSince1970 + 5), using: &random))
            let knownAt: Timestamp? = switch Int.random(in: 0..<4, using: &random) {
            case 0: nil
            case 1: Timestamp(iso8601Literal: "\(day.iso8601)T09:0\(Int.random(in: 0...3, using: &random)):00+08:00")
            default: Timestamp(iso8601Literal: "\(day.iso8601)T12:00:00+08:00")
            }
            let status = ([.active, .active, .active, .archived, nil] as [MemberStatus?]).randomElement(using: &random)!
            let what = "seed \(seed) query \(index): \(term) asOf \(date) knownAt \(knownAt.map { "\($0)" } ?? "now") status \(status?.rawValue ?? "any")"
            try world.register.read { snapshot in
                let model = try MemberFilterModel(snapshot, asOf: date, knownAt: knownAt, status: status, units: world.units)
                let expected = model.ids(term)
                var query = MemberQuery(term.filter, asOf: date, knownAt: knownAt, status: status)
                let found = try snapshot.members(matching: query).members
                #expect(found.map(\.id) == expected, "\(what)")
                #expect(try snapshot.count(matching: query) == expected.count, "count: \(what)")
                for leaf in term.leaves {
                    let kept = model.universe.filter { model.matches(leaf, $0) }.count
                    let kind = String("\(leaf)".prefix { $0 != "(" && $0 != "[" })
                    leaves[kind, default: (0, 0)].0 += 1
                    if kept > 0 && kept < model.universe.count { leaves[kind, default: (0, 0)].1 += 1 }
                }
                if !expected.isEmpty { nonEmpty += 1 }
                if !expected.isEmpty && expected.count < model.universe.count { nonTrivial += 1 }

                let kept = model.universe.filter { model.matches(term, $0) }
                let byName = kept.sorted { lhs, rhs in
                    let order = NameOrder.compare(lhs.name, rhs.name)
                    return order < 0 || (order == 0 && lhs.id < rhs.id)
                }.map(\.id)
                let byBirth = kept.sorted { lhs, rhs in
                    switch (lhs.birthDate, rhs.birthDate) {
                    case let (l?, r?): return (l, lhs.id) < (r, rhs.id)
                    case (.some, nil): return true
                    case (nil, .some): return false
                    case (nil, nil): return lhs.id < rhs.id
                    }
                }.map(\.id)
                let order = ([.id, .name, .birthDate] as [MemberOrder]).randomElement(using: &random)!
                query.order = order
                let whole = try snapshot.members(matching: query).members.map(\.id)
                #expect(whole == [.id: expected, .name: byName, .birthDate: byBirth][order]!, "order \(order): \(what)")

                // Keyset pages of a random size concatenate to the whole list, the last one short or full.
                let size = Int.random(in: 1...7, using: &random)
                query.limit = size
                #expect(try snapshot.count(matching: query) == whole.count, "count ignores the limit: \(what)")
                var pages: [[MemberID]] = []
                while pages.count <= whole.count + 1 {
                    let page = try snapshot.members(matching: query)
                    pages.append(page.members.map(\.id))
                    guard let next = page.next else { break }
                    query.after = MemberCursor(next.description)
                }
                #expect(pages.flatMap { $0 } == whole, "pages of \(size) by \(order): \(what)")
                #expect(pages.dropLast().allSatisfy { $0.count == size }, "pages of \(size) by \(order): \(what)")
            }
        }
        let exercised = leaves.filter { $0.value.1 > 0 }.keys.sorted()
        #expect(exercised.count >= 14, "seed \(seed): leaves that kept some but not all members: \(exercised)")
        #expect(nonEmpty > 20 && nonTrivial > 10, "seed \(seed): the queries kept somebody (\(nonEmpty)) and not everybody (\(nonTrivial))")
    }

    @Test("an open-ended age range (\"47 and older\", written 47...Int.max) is a filter, not an overflow trap")
    func openEndedAge() throws {
        let world = try QueryPopulation()
        #expect(try world.names(.age(47...Int.max)) == world.people("其木格", "王强", "吴刚"))   // 王强 turns 47 on 2022-12-31
        #expect(try world.names(.age(47...Int.max), asOf: "2022-12-30") == world.people("其木格", "吴刚"))
        #expect(try world.names(.age(0...Int.max)).count == 9)                              // 周杰 has no birth date
        #expect(try world.names(.age(Int.max...Int.max)).isEmpty)
        #expect(try world.names(!.age(60...Int.max)).count == 9)                            // 其木格 out, 周杰 (unknown) in
    }

    // MARK: Random filters

    static func term(depth: Int, _ world: RandomPopulation, _ random: inout SeededGenerator) -> FilterTerm {
        guard depth > 0, Int.random(in: 0..<10, using: &random) < 7 else { return .leaf(leaf(world, &random)) }
        switch Int.random(in: 0..<5, using: &random) {
        case 0, 1: return .and(term(depth: depth - 1, world, &random), term(depth: depth - 1, world, &random))
        case 2, 3: return .or(term(depth: depth - 1, world, &random), term(depth: depth - 1, world, &random))
        default: return .not(term(depth: depth - 1, world, &random))
        }
    }

    static func subset<T: Hashable>(_ values: [T], _ random: inout SeededGenerator) -> Set<T> {
        Set(values.filter { _ in Int.random(in: 0..<3, using: &random) == 0 })
    }

    static func leaf(_ world: RandomPopulation, _ random: inout SeededGenerator) -> FilterLeaf {
        switch Int.random(in: 0..<20, using: &random) {
        case 0:
            return Int.random(in: 0..<5, using: &random) == 0 ? .all
                : .category(nil, tiers: [], sources: subset(sources, &random).union([sources.randomElement(using: &random)!]))
        case 1: return .category(nil, tiers: subset(tiers, &random).union([tiers.randomElement(using: &random)!]), sources: [])
        case 2, 3:
            let category = Bool.random(using: &random) ? categories.randomElement(using: &random)! : Category("无党派人士")
            return .category(category, tiers: subset(tiers, &random), sources: subset(sources, &random))
        case 4: return .under(world.units.randomElement(using: &random)!)
        case 5: return .region(filterRegions.randomElement(using: &random)!)
        case 6: return .sex(([.male, .female, .unstated, "女"] as [Sex]).randomElement(using: &random)!)
        case 7: return .ethnicity(subset(["01", "02", "蒙古族", "05", "满族", "06"], &random))
        case 8: return .minority
        case 9:
            let lower = Int.random(in: 0...70, using: &random)
            // Sometimes open-ended ("at least 50"), as a caller writes it with Int.max.
            return .age(lower...(Int.random(in: 0..<6, using: &random) == 0 ? Int.max : lower + Int.random(in: 0...25, using: &random)))
        case 10: return .ageBand(["35-", "36-45", "46至55岁", "56+", "35岁及以下"].randomElement(using: &random)!)
        case 11: return .education((["10", "11", "14", "本科", "21", "大专", "41", "中职", "61", "70", "81", "小学", "90"] as [Education])
            .randomElement(using: &random)!)
        case 12: return .politicalStatus(subset(["01", "03", "05", "12", "13", "群众"], &random))
        case 13: return .rank((["160", "150", "副科级", "141", "132", "131", "122", "111"] as [CadreRank]).randomElement(using: &random)!)
        case 14: return .grade((["STAFF_2", "STAFF_1", "PRINCIPAL_STAFF_4", "PRINCIPAL_STAFF_1", "RESEARCHER_3", "INSPECTOR_1"]
                                as [CivilServiceGrade]).randomElement(using: &random)!)
        case 15: return .enterpriseIndustry((["C", "F", "14", "51", "I", "A"] as [Industry]).randomElement(using: &random)!)
        case 16: return .enterpriseScale(scales.compactMap { $0 }.randomElement(using: &random)!)
        case 17: return .overseasType(subset(overseasTypes, &random))
        case 18: return .overseasCountry(countries.compactMap { $0 }.randomElement(using: &random)!)
        default: return Bool.random(using: &random) ? .politicalStatus([]) : .ethnicity([])
        }
    }
}

/// A register filled with random writes from a seed, recorded by a clock that moves a day or so between
/// them, most of them back-dated.
struct RandomPopulation {
    let clock = TestClock("2021-01-04T09:00:00+08:00")
    let register: Register
    private(set) var units: [OrgUnitID] = []
    private(set) var enterprises: [EnterpriseID] = []
    private(set) var members: [MemberID] = []
    /// The birth dates the members were registered with.
    private(set) var birthDates: [LocalDate] = []
    private(set) var writes = 0, refusals = 0
    /// The first and last days the clock read while writing.
    let firstDay: LocalDate = "2021-01-04"
    private(set) var lastDay: LocalDate = "2021-01-04"

    typealias T = MemberFilterModelTests

    /// A GB 32100 统一社会信用代码 with its check character, from 17 characters.
    static func creditCode(_ body: String) -> String {
        let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
        let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
        let sum = zip(body, weights).reduce(0) { $0 + alphabet.firstIndex(of: $1.0)! * $1.1 }
        return body + String(alphabet[(31 - sum % 31) % 31])
    }

    init(_ random: inout SeededGenerator) throws {
        register = try Register.inMemory(clock: clock.read)
        #expect(Self.creditCode("91150102MA0N2XY1A") == "91150102MA0N2XY1A8")
        let district = try register.addOrgUnit(OrgUnitRecord(name: "新城区委统战部", kind: .unitedFrontDepartment), effective: "2019-01-01", by: clerk)
        let streetA = try register.addOrgUnit(OrgUnitRecord(name: "锡林路街道", kind: .subdistrict, parent: district), effective: "2019-01-01", by: clerk)
        let streetB = try register.addOrgUnit(OrgUnitRecord(name: "东风路街道", kind: .subdistrict, parent: district), effective: "2019-01-01", by: clerk)
        let community = try register.addOrgUnit(OrgUnitRecord(name: "锡林社区", kind: .community, parent: streetA), effective: "2019-01-01", by: clerk)
        let other = try register.addOrgUnit(OrgUnitRecord(name: "东风社区", kind: .community, parent: streetB), effective: "2019-01-01", by: clerk)
        units = [district, streetA, streetB, community, other]
        for index in 0..<4 {
            var enterprise = EnterpriseRecord(creditCode: Self.creditCode("91150102MA0N2XY3\(index)"), name: "新城企业\(index)有限公司")
            enterprise.industry = T.industries.randomElement(using: &random)!
            enterprise.scale = T.scales.randomElement(using: &random)!
            let id = try register.write(by: clerk) { try $0.add(enterprise, effective: "2019-01-01") }
            enterprises.append(id)
        }

        var registeredOn: [LocalDate] = []
        let count = Int.random(in: 30...60, using: &random)
        for index in 0..<count {
            var record = MemberRecord(name: T.names[index % T.names.count])
            record.sex = T.sexes.randomElement(using: &random)!
            switch Int.random(in: 0..<12, using: &random) {
            case 0: record.birthDate = nil
            case 1: record.birthDate = LocalDate(year: [1960, 1972, 1984, 1996].randomElement(using: &random)!, month: 2, day: 29)
            default: record.birthDate = LocalDate("1950-01-01").adding(days: Int.random(in: 0...(365 * 50), using: &random))
            }
            record.ethnicity = T.ethnicities.randomElement(using: &random)!
            record.education = T.educations.randomElement(using: &random)!
            record.politicalStatus = T.statuses.randomElement(using: &random)!
            record.rank = T.ranks.randomElement(using: &random)!
            record.grade = T.grades.randomElement(using: &random)!
            record.region = T.regions.randomElement(using: &random)!
            record.orgUnit = Bool.random(using: &random) ? units.randomElement(using: &random)! : nil
            let registered = LocalDate("2019-07-01").adding(days: Int.random(in: 0...540, using: &random))
            members.append(try register.add(record, effective: registered, by: clerk))
            registeredOn.append(registered)
            if let born = record.birthDate { birthDates.append(born) }
            clock.advance(milliseconds: 60_000)
        }

        var today = firstDay
        var overseas: [(RecordID<OverseasRecord>, LocalDate)] = [], roles: [(RecordID<EnterpriseRoleRecord>, LocalDate)] = []
        var archives = 0, moved = false, dissolved = false
        for _ in 0..<220 {
            if Int.random(in: 0..<3, using: &random) == 0 {
                today = today.adding(days: Int.random(in: 1...4, using: &random))
                clock.set("\(today.iso8601)T09:00:00+08:00")
            } else {
                clock.advance(milliseconds: 60_000)
            }
            let m = Int.random(in: 0..<members.count, using: &random)
            let id = members[m]
            // Most changes are back-dated: within the last 90 days, or anywhere since the registration.
            let effective = max(registeredOn[m], Bool.random(using: &random)
                ? today.adding(days: -Int.random(in: 0...90, using: &random))
                : LocalDate("2019-07-01").adding(days: Int.random(in: 0...(today.daysSince1970 - LocalDate("2019-07-01").daysSince1970), using: &random)))
            let category = T.categories.randomElement(using: &random)!
            let tier = T.tiers.randomElement(using: &random)!
            let source: CategorySource? = Bool.random(using: &random) ? T.sources.randomElement(using: &random)! : nil
            let edit = Self.edit(&random)
            let (units, enterprises) = (self.units, self.enterprises)
            do {
                switch Int.random(in: 0..<23, using: &random) {
                case 0..<5:
                    _ = try register.change(id, effective: effective, by: clerk) { edit(&$0) }
                case 5, 6:
                    _ = try register.correct(id, asOf: Bool.random(using: &random) ? effective : nil, by: clerk) { edit(&$0) }
                case 7:
                    let unit = Int.random(in: 0..<5, using: &random) == 0 ? nil : units.randomElement(using: &random)!
                    _ = try register.transfer(id, to: unit, effective: effective, by: clerk)
                case 8..<11:
                    try register.enter(id, category: category, tier: tier, source: source, effective: effective, by: clerk)
                case 11:
                    guard let held = try register.member(id)?.categories.randomElement(using: &random) else { continue }
                    try register.leave(id, category: held.category, effective: max(effective, held.since), by: clerk)
                case 12:
                    guard let held = try register.member(id)?.categories.randomElement(using: &random) else { continue }
                    _ = try register.write(by: clerk) {
                        try $0.changeTier(id, category: held.category, to: tier, source: source, effective: max(effective, held.since))
                    }
                case 13:
                    guard archives < 3 else { continue }
                    try register.archive(id, effective: effective, by: clerk)
                    archives += 1
                case 14, 15, 19:
                    let record = OverseasRecord(type: T.overseasTypes.randomElement(using: &random)!,
                                                country: T.countries.randomElement(using: &random)!)
                    overseas.append((try register.write(by: clerk) { try $0.add(record, for: id, effective: effective) }, effective))
                case 16:
                    guard let (ended, start) = overseas.randomElement(using: &random) else { continue }
                    let end = start.adding(days: Int.random(in: 1...400, using: &random))
                    try register.write(by: clerk) { try $0.end(ended, effective: end) }
                case 17, 20, 21:
                    let role = EnterpriseRoleRecord(enterprise: enterprises.randomElement(using: &random)!,
                                                    role: [.investor, .legalRepresentative, .chair].randomElement(using: &random)!)
                    roles.append((try register.write(by: clerk) { try $0.add(role, for: id, effective: effective) }, effective))
                case 18:
                    if Bool.random(using: &random), let (ended, start) = roles.randomElement(using: &random) {
                        let end = start.adding(days: Int.random(in: 1...400, using: &random))
                        try register.write(by: clerk) { try $0.end(ended, effective: end) }
                    } else if Int.random(in: 0..<8, using: &random) == 0 {
                        let enterprise = enterprises.randomElement(using: &random)!
                        try register.write(by: clerk) { try $0.end(enterprise, effective: effective) }
                    } else {
                        let industry = T.industries.randomElement(using: &random)!, scale = T.scales.randomElement(using: &random)!
                        let enterprise = enterprises.randomElement(using: &random)!
                        _ = try register.write(by: clerk) {
                            try $0.change(enterprise, effective: effective) { $0.industry = industry; $0.scale = scale }
                        }
                    }
                default:
                    // The community moves to the other street once, back-dated; later a new unit.
                    if !moved {
                        _ = try register.changeOrgUnit(community, effective: effective, by: clerk) { $0.parent = streetB }
                        moved = true
                    } else if self.units.count == 7, !dissolved {
                        // The last unit added is dissolved (refused while somebody belongs to it).
                        try register.dissolveOrgUnit(units[6], effective: effective, by: clerk)
                        dissolved = true
                    } else if self.units.count < 7 {
                        let parent = units.randomElement(using: &random)!
                        self.units.append(try register.addOrgUnit(OrgUnitRecord(name: "新社区\(self.units.count)", kind: .community,
                                                                                parent: parent), effective: effective, by: clerk))
                    } else {
                        _ = try register.change(id, effective: effective, by: clerk) { edit(&$0) }
                    }
                }
                writes += 1
            } catch is RegisterError {
                refusals += 1
            } catch is ValidationError {
                refusals += 1
            }
        }
        lastDay = today
    }

    /// A random edit of one or two fields of a member's record.
    static func edit(_ random: inout SeededGenerator) -> (inout MemberRecord) -> Void {
        var edits: [(inout MemberRecord) -> Void] = []
        for _ in 0..<Int.random(in: 1...2, using: &random) {
            switch Int.random(in: 0..<8, using: &random) {
            case 0: let v = T.sexes.randomElement(using: &random)!; edits.append { $0.sex = v }
            case 1: let v = LocalDate("1950-01-01").adding(days: Int.random(in: 0...(365 * 50), using: &random)); edits.append { $0.birthDate = v }
            case 2: let v = T.ethnicities.randomElement(using: &random)!; edits.append { $0.ethnicity = v }
            case 3: let v = T.educations.randomElement(using: &random)!; edits.append { $0.education = v }
            case 4: let v = T.statuses.randomElement(using: &random)!; edits.append { $0.politicalStatus = v }
            case 5: let v = T.ranks.randomElement(using: &random)!; edits.append { $0.rank = v }
            case 6: let v = T.grades.randomElement(using: &random)!; edits.append { $0.grade = v }
            default: let v = T.regions.randomElement(using: &random)!; edits.append { $0.region = v }
            }
        }
        return { record in for edit in edits { edit(&record) } }
    }
}
