import UnitedFront

/// Generates a population's engagements: for every district and every year of the history, the work its
/// 统战部 and its 街道/乡镇 record, densely in the last full year (``PopulationSpec/historyThrough``'s year
/// when it is 31 December, else the year before) and at about a third of that in the years before.
///
/// Volumes follow the yearly work report in `seed/`, scaled to the district's registered members
/// (*N*, counted on 1 July) and its enterprises; in the last full year:
/// - 走访 of about two thirds of the district's enterprises in force, a quarter of those twice, by the
///   enterprise's 街道/乡镇 or the 统战部, naming the enterprise and often the member who runs it;
/// - a 问题诉求 raised at about a third of those visits, naming the enterprise; about two thirds are solved
///   7–150 days later (the dated change to solved), some only the next year, some not yet;
/// - 慰问 of most 侨界 households at 春节 and some at 中秋, 走访 of some, by the household's 街道/乡镇;
/// - 建言 (about *N*/50, one to three members each), some adopted 20–120 days later;
/// - 培训 (1 + *N*/200), each of 2–5 sessions, a cohort of 12–40 members attending about nine sessions in
///   ten;
/// - 座谈 (*N*/25) with 5–12 members, 联谊 (*N*/100, at least one) with 15–40 members;
/// - 社会服务 (*N*/40) and 捐赠 (*N*/50) with amounts in 元 and a few members or enterprises;
/// - two to four 宣讲.
///
/// Each district-year draws from its own stream of the spec's seed, so the same spec gives the same
/// engagements.
struct EngagementPlan {
    let spec: PopulationSpec
    let units: [SyntheticOrgUnit]
    private let people: [PersonFacts]
    private let enterprises: [EnterpriseFacts]
    private let households: [HouseholdFacts]
    private(set) var engagements: [SyntheticEngagement] = []

    /// What the plan needs of a person.
    private struct PersonFacts {
        var id: Int
        var regionCode: String
        var archetype: Archetype
        var name: String
        var registeredOn: LocalDate
        var archivedOn: LocalDate?
        var recordedAt: Timestamp
        /// The owning unit from each date, in date order.
        var units: [(from: LocalDate, unit: Int)]
        /// Intervals of 华侨, 归侨 or 侨眷 records.
        var overseas: [(from: LocalDate, to: LocalDate?)]

        func isActive(on date: LocalDate) -> Bool {
            registeredOn <= date && archivedOn.map { date < $0 } ?? true
        }

        func unit(on date: LocalDate) -> Int? { units.last { $0.from <= date }?.unit }

        func isOverseas(on date: LocalDate) -> Bool { overseas.contains { $0.from <= date && $0.to.map { date < $0 } ?? true } }
    }

    private struct EnterpriseFacts {
        var index: Int
        var person: Int
        var regionCode: String
        var name: String
        var orgUnit: Int?
        var from: LocalDate
        var to: LocalDate?
        var recordedAt: Timestamp
    }

    private struct HouseholdFacts {
        var index: Int
        var regionCode: String
        var name: String
        var orgUnit: Int?
        var from: LocalDate
        var to: LocalDate?
        var recordedAt: Timestamp
        var members: [(person: Int, from: LocalDate, to: LocalDate?)]
    }

    init(spec: PopulationSpec, people: [SyntheticPerson], units: [SyntheticOrgUnit]) {
        self.spec = spec
        self.units = units
        var enterpriseRecorded: [Int: Timestamp] = [:], householdRecorded: [Int: Timestamp] = [:]
        var facts: [PersonFacts] = []
        var householdMembers: [Int: [(person: Int, from: LocalDate, to: LocalDate?)]] = [:]
        for person in people {
            var unitTimeline: [(from: LocalDate, unit: Int)] = []
            var archived: LocalDate?
            for event in person.events {
                for step in event.steps {
                    switch step {
                    case .assign(let unit): unitTimeline.append((event.effective, unit))
                    case .archive: archived = event.effective
                    case .add(.enterprise(_, let index, _, _), _): enterpriseRecorded[index] = event.recordedAt
                    case .add(.household(_, let index, _), _): householdRecorded[index] = event.recordedAt
                    default: continue
                    }
                }
            }
            var overseas: [(from: LocalDate, to: LocalDate?)] = []
            for held in person.allRecords.values {
                switch held.value {
                case .overseas(let record, _) where [OverseasType.huaqiao, .guiqiao, .qiaojuan].contains(record.type):
                    overseas.append((held.from, held.to))
                case .householdMembership(_, let household):
                    householdMembers[household, default: []].append((person.id, held.from, held.to))
                default: continue
                }
            }
            facts.append(PersonFacts(id: person.id, regionCode: person.regionCode, archetype: person.archetype, name: person.record.name,
                                     registeredOn: person.registeredOn, archivedOn: archived,
                                     recordedAt: person.registration.recordedAt, units: unitTimeline, overseas: overseas))
        }
        self.people = facts
        var enterpriseFacts: [EnterpriseFacts] = []
        var householdFacts: [HouseholdFacts] = []
        for person in people {
            for held in person.allRecords.values {
                switch held.value {
                case .enterprise(let record, let index, let unit, _):
                    enterpriseFacts.append(EnterpriseFacts(index: index, person: person.id, regionCode: person.regionCode, name: record.name,
                                                           orgUnit: unit, from: held.from, to: held.to,
                                                           recordedAt: enterpriseRecorded[index]!))
                case .household(let record, let index, let unit):
                    householdFacts.append(HouseholdFacts(index: index, regionCode: person.regionCode, name: record.name, orgUnit: unit,
                                                         from: held.from, to: held.to, recordedAt: householdRecorded[index]!,
                                                         members: householdMembers[index] ?? []))
                default: continue
                }
            }
        }
        enterprises = enterpriseFacts.sorted { $0.index < $1.index }
        households = householdFacts.sorted { $0.index < $1.index }
        let through = spec.historyThrough
        let lastFullYear = through.month == 12 && through.day == 31 ? through.year : through.year - 1
        for region in spec.regions {
            for year in spec.registrationYears.lowerBound...through.year {
                var random = SeededRandom(seed: spec.seed, stream: Paperwork.fnv("engagements\(region.code)\(year)"))
                generate(region, year: year, dense: year == lastFullYear, random: &random)
            }
        }
    }

    // MARK: A district's year

    private mutating func generate(_ region: RegionProfile, year: Int, dense: Bool, random: inout SeededRandom) {
        guard let root = units.first(where: { $0.parent == nil && $0.regionCode == region.code })?.id else { return }
        let first = LocalDate(year: year, month: 1, day: 1)!
        let last = min(LocalDate(year: year, month: 12, day: 31)!, spec.historyThrough)
        guard first <= last else { return }
        let midYear = LocalDate(year: year, month: 7, day: 1)!
        let district = people.filter { $0.regionCode == region.code }
        let size = district.filter { $0.isActive(on: midYear) }.count
        guard size > 0 else { return }
        let density = dense ? 100 : 30
        func count(perThousand rate: Int) -> Int { Self.scaled(thousandths: size * rate * density / 100, random: &random) }
        var drafts: [Draft] = []
        let context = DistrictContext(region: region, root: root, first: first, last: last, district: district)

        // 走访 of enterprises, and the 问题诉求 raised there.
        for enterprise in enterprises where enterprise.regionCode == region.code {
            let visits = random.percent(dense ? 65 : 20) ? (random.percent(dense ? 25 : 5) ? 2 : 1) : 0
            for _ in 0..<visits {
                guard let date = context.workday(random: &random, where: { day in enterprise.from <= day && enterprise.to.map { day < $0 } ?? true })
                else { continue }
                drafts += visit(enterprise, on: date, context, random: &random)
            }
        }
        // 侨界 households: 春节 and 中秋 慰问, 走访.
        for household in households where household.regionCode == region.code {
            let organiser = town(of: household.orgUnit) ?? root
            let occasions: [(String, Int, ClosedRange<Int>)] = [("春节慰问", dense ? 70 : 25, 15...40), ("中秋慰问", dense ? 30 : 10, 245...268),
                                                                ("走访", dense ? 30 : 10, 0...364)]
            for (occasion, percent, days) in occasions where random.percent(percent) {
                let date = context.weekday(first.adding(days: random.integer(in: days)))
                guard date <= last, household.from <= date, household.to.map({ date < $0 }) ?? true,
                      household.members.contains(where: { member in
                          member.from <= date && member.to.map { date < $0 } ?? true && people[member.person].isOverseas(on: date)
                      }) else { continue }
                let isVisit = occasion == "走访"
                var record = EngagementRecord(kind: isVisit ? .visit : .condolence,
                                              title: isVisit ? "走访侨眷家庭（\(household.name)）" : "\(year)年\(occasion)侨界群众（\(household.name)）",
                                              organiser: OrgUnitID(rawValue: 0))
                if isVisit {
                    record.notes = random.element(of: ["了解海外亲属近况", "宣传侨务政策", "了解家庭生活情况\n登记侨情信息变化"])
                } else {
                    record.amount = Int64(random.integer(in: 5...20) * 100)
                    record.notes = random.element(of: ["送去慰问金和常用药品", "送去节日慰问品", "送去慰问金"])
                }
                drafts.append(Draft(record: record, orgUnit: organiser, date: date,
                                    participants: [.init(party: .household(household.index), role: isVisit ? "走访对象" : "慰问对象", session: nil)],
                                    dependencies: [household.recordedAt]))
            }
        }
        // 建言.
        for _ in 0..<count(perThousand: 20) {
            guard let date = context.workday(random: &random) else { break }
            let proposers = pick(from: context.active(on: date), count: random.weighted([(1, 60), (2, 30), (3, 10)]), random: &random)
            guard !proposers.isEmpty else { continue }
            var record = EngagementRecord(kind: .proposal, title: random.element(of: Self.proposalTitles), organiser: OrgUnitID(rawValue: 0))
            record.notes = random.element(of: ["经调研形成书面建议", "在座谈会上提出", "通过社情民意信息渠道报送"])
            var draft = Draft(record: record, orgUnit: root, date: date,
                              participants: proposers.map { .init(party: .member($0.id), role: "建言人", session: nil) },
                              dependencies: proposers.map(\.recordedAt))
            if random.percent(40) { draft.outcome = (.adopted, date.adding(days: random.integer(in: 20...120))) }
            drafts.append(draft)
        }
        // 培训.
        let trainings = dense ? 1 + size / 200 : (random.percent(50) ? 1 : 0)
        for _ in 0..<trainings {
            guard let date = context.workday(random: &random) else { break }
            let (theme, archetypes) = random.element(of: Self.trainingThemes)
            let active = context.active(on: date)
            let preferred = active.filter { archetypes.contains($0.archetype) }
            var cohort = pick(from: preferred, count: random.integer(in: 12...40), random: &random)
            if cohort.count < 12 {
                cohort += pick(from: active.filter { !archetypes.contains($0.archetype) }, count: 12 - cohort.count, random: &random)
            }
            guard !cohort.isEmpty else { continue }
            let sessions = random.weighted([(2, 25), (3, 35), (4, 25), (5, 15)])
            var record = EngagementRecord(kind: .training, title: "\(year)年\(theme)", organiser: OrgUnitID(rawValue: 0))
            record.sessions = sessions
            record.notes = "共\(sessions)期，每期半天"
            var participants: [SyntheticEngagement.Participant] = []
            for session in 1...sessions {
                for member in cohort where random.percent(88) {
                    participants.append(.init(party: .member(member.id), role: "学员", session: session))
                }
            }
            drafts.append(Draft(record: record, orgUnit: root, date: date, participants: participants,
                                dependencies: cohort.map(\.recordedAt)))
        }
        // 座谈 and 联谊.
        for (kind, rate, sizes) in [(EngagementKind.forum, 40, 5...12), (.fellowship, 10, 15...40)] {
            let held = max(count(perThousand: rate), dense && kind == .fellowship ? 1 : 0)
            for _ in 0..<held {
                guard let date = context.workday(random: &random) else { break }
                let byTown = kind == .forum && random.percent(35)
                let active = context.active(on: date)
                var organiser = root
                var pool = active
                if byTown, let member = active.isEmpty ? nil : random.element(of: active),
                   let unit = member.unit(on: date), let town = town(of: unit) {
                    organiser = town
                    pool = active.filter { self.town(of: $0.unit(on: date)) == town }
                }
                let title = kind == .forum ? random.element(of: Self.forumTitles) : random.element(of: Self.fellowshipTitles)
                let participants = pick(from: pool, count: random.integer(in: sizes), random: &random)
                guard !participants.isEmpty else { continue }
                var record = EngagementRecord(kind: kind, title: organiser == root ? title : "\(units[organiser].name)\(title)",
                                              organiser: OrgUnitID(rawValue: 0))
                record.notes = "\(participants.count)人参加"
                drafts.append(Draft(record: record, orgUnit: organiser, date: date,
                                    participants: participants.map { .init(party: .member($0.id), role: "参会人员", session: nil) },
                                    dependencies: participants.map(\.recordedAt)))
            }
        }
        // 社会服务 and 捐赠.
        for (kind, rate) in [(EngagementKind.service, 25), (.donation, 20)] {
            for _ in 0..<count(perThousand: rate) {
                guard let date = context.workday(random: &random) else { break }
                var participants: [SyntheticEngagement.Participant] = []
                var dependencies: [Timestamp] = []
                let members = pick(from: context.active(on: date), count: random.integer(in: kind == .service ? 2...8 : 0...3), random: &random)
                participants += members.map { .init(party: .member($0.id), role: kind == .service ? "志愿者" : "捐赠人", session: nil) }
                dependencies += members.map(\.recordedAt)
                if kind == .donation {
                    let open = enterprises.filter { $0.regionCode == region.code && $0.from <= date && $0.to.map { date < $0 } ?? true }
                    for enterprise in pick(from: open, count: members.isEmpty ? random.integer(in: 1...3) : random.integer(in: 0...2),
                                           random: &random) {
                        participants.append(.init(party: .enterprise(enterprise.index), role: "捐赠企业", session: nil))
                        dependencies.append(enterprise.recordedAt)
                    }
                }
                guard !participants.isEmpty else { continue }
                var record = EngagementRecord(kind: kind, title: random.element(of: kind == .service ? Self.serviceTitles : Self.donationTitles),
                                              organiser: OrgUnitID(rawValue: 0))
                record.amount = kind == .service ? Int64(random.integer(in: 20...300) * 100) : Int64(random.integer(in: 5...200) * 1_000)
                record.notes = kind == .service ? "累计服务群众\(random.integer(in: 30...400))人次" : "捐款捐物折合金额"
                drafts.append(Draft(record: record, orgUnit: root, date: date, participants: participants, dependencies: dependencies))
            }
        }
        // 宣讲.
        for _ in 0..<(dense ? random.integer(in: 2...4) : random.integer(in: 0...1)) {
            guard let date = context.workday(random: &random) else { break }
            let towns = units.filter { $0.parent == root }.map(\.id)
            let organiser = towns.isEmpty || random.percent(50) ? root : random.element(of: towns)
            var record = EngagementRecord(kind: .talk, title: random.element(of: Self.talkTitles), organiser: OrgUnitID(rawValue: 0))
            record.notes = "受众约\(random.integer(in: 4...30) * 10)人"
            drafts.append(Draft(record: record, orgUnit: organiser, date: date, participants: [], dependencies: []))
        }
        let order = drafts.indices.sorted { (drafts[$0].date, $0) < (drafts[$1].date, $1) }
        for index in order { append(drafts[index], region: region, random: &random) }
    }

    /// A 走访 of `enterprise` on `date` (naming the member who runs it when they are registered), and a
    /// 问题诉求 raised there for some.
    private func visit(_ enterprise: EnterpriseFacts, on date: LocalDate, _ context: DistrictContext,
                       random: inout SeededRandom) -> [Draft] {
        let organiser = random.percent(60) ? town(of: enterprise.orgUnit) ?? context.root : context.root
        var record = EngagementRecord(kind: .visit, title: "走访\(enterprise.name)", organiser: OrgUnitID(rawValue: 0))
        record.notes = random.element(of: Self.visitNotes)
        var participants: [SyntheticEngagement.Participant] = [.init(party: .enterprise(enterprise.index), role: "走访对象", session: nil)]
        var dependencies = [enterprise.recordedAt]
        let owner = people[enterprise.person]
        if owner.isActive(on: date), random.percent(60) {
            participants.append(.init(party: .member(owner.id), role: "企业负责人", session: nil))
            dependencies.append(owner.recordedAt)
        }
        var drafts = [Draft(record: record, orgUnit: organiser, date: date, participants: participants, dependencies: dependencies)]
        if random.percent(33) {
            var problem = EngagementRecord(kind: .problem, title: "\(enterprise.name)\(random.element(of: Self.problems))",
                                           organiser: OrgUnitID(rawValue: 0))
            problem.notes = "走访时提出"
            var draft = Draft(record: problem, orgUnit: organiser, date: date,
                              participants: [.init(party: .enterprise(enterprise.index), role: "诉求方", session: nil)],
                              dependencies: [enterprise.recordedAt])
            if random.percent(68) { draft.outcome = (.solved, date.adding(days: random.integer(in: 7...150))) }
            drafts.append(draft)
        }
        return drafts
    }

    // MARK: Plumbing

    /// An engagement before it gets its index and recorded times.
    private struct Draft {
        var record: EngagementRecord
        var orgUnit: Int
        var date: LocalDate
        var participants: [SyntheticEngagement.Participant]
        var dependencies: [Timestamp]
        var outcome: (EngagementOutcome, LocalDate)?
    }

    private struct DistrictContext {
        let region: RegionProfile
        let root: Int
        let first: LocalDate
        let last: LocalDate
        let district: [PersonFacts]

        /// The members registered and not archived on `date`.
        func active(on date: LocalDate) -> [PersonFacts] { district.filter { $0.isActive(on: date) } }

        /// A Monday-to-Friday date of the year (through `last`) that passes `accept`; nil after a few tries.
        func workday(random: inout SeededRandom, where accept: (LocalDate) -> Bool = { _ in true }) -> LocalDate? {
            let span = last.daysSince1970 - first.daysSince1970
            for _ in 0..<8 {
                let date = weekday(first.adding(days: random.integer(in: 0...span)))
                if date <= last, accept(date) { return date }
            }
            return nil
        }

        /// `date`, or the Friday before it when it falls on a weekend.
        func weekday(_ date: LocalDate) -> LocalDate {
            let day = (date.daysSince1970 + 3) % 7  // 0 = Monday (1970-01-01 was a Thursday)
            return day >= 5 ? date.adding(days: 4 - day) : date
        }
    }

    /// The 街道 or 乡镇 a unit is in (the unit itself for one); nil for a 统战部 or none.
    private func town(of unit: Int?) -> Int? {
        var current = unit
        while let index = current {
            let kind = units[index].kind
            if kind == .subdistrict || kind == .township { return index }
            current = units[index].parent
        }
        return nil
    }

    /// Up to `count` distinct elements of `pool`, in pool order.
    private func pick<Element>(from pool: [Element], count: Int, random: inout SeededRandom) -> [Element] {
        guard count < pool.count else { return pool }
        var chosen = Set<Int>()
        while chosen.count < count { chosen.insert(random.below(pool.count)) }
        return chosen.sorted().map { pool[$0] }
    }

    /// `thousandths`/1000 rounded at random: 2500 gives 2 or 3 with even odds.
    private static func scaled(thousandths: Int, random: inout SeededRandom) -> Int {
        thousandths / 1000 + (random.below(1000) < thousandths % 1000 ? 1 : 0)
    }

    /// Gives the draft its index, its recorded time (a few days after it, always after everything it
    /// names was recorded) and its outcome's, and keeps it.
    private mutating func append(_ draft: Draft, region: RegionProfile, random: inout SeededRandom) {
        let unit = units[draft.orgUnit]
        let actor = unit.parent == nil ? Paperwork.clerk("统战部", in: region, random: &random)
            : "\(unit.name) \(random.element(of: ["统战委员", "统战干事", "党建办干事"]))"
        let recordedAt = Self.recordedAt(draft.date.adding(days: random.integer(in: 0...10)), after: draft.dependencies.max(),
                                         random: &random)
        var outcome: SyntheticEngagement.Outcome?
        if case let (value, effective)? = draft.outcome, effective <= spec.historyThrough {
            let when = Self.recordedAt(effective.adding(days: random.integer(in: 0...7)), after: recordedAt, random: &random)
            let reason = value == .solved ? "问题已解决：\(draft.record.title)" : "建议已采纳：\(draft.record.title)"
            outcome = .init(outcome: value, effective: effective,
                            attribution: Attribution(actor: actor, reason: reason, source: "统战成员信息管理平台", recordedAt: when))
        }
        engagements.append(SyntheticEngagement(
            id: engagements.count, record: draft.record, orgUnit: draft.orgUnit, date: draft.date,
            attribution: Attribution(actor: actor, reason: "录入工作记录", source: "统战成员信息管理平台", recordedAt: recordedAt),
            participants: draft.participants, outcome: outcome))
    }

    /// During office hours on `day`, or a minute to an hour after `after` when that is later.
    private static func recordedAt(_ day: LocalDate, after: Timestamp?, random: inout SeededRandom) -> Timestamp {
        let candidate = Timestamp(millisecondsSince1970: Timestamp(startOf: day).millisecondsSince1970
                                  + Int64(9 * 3_600_000 + random.below(9 * 3_600_000)))
        guard let after, candidate <= after else { return candidate }
        return Timestamp(millisecondsSince1970: after.millisecondsSince1970 + Int64(60_000 + random.below(3_600_000)))
    }

    // MARK: Texts

    static let visitNotes = [
        "了解企业生产经营情况", "宣讲惠企政策\n了解用工需求", "了解企业发展困难和诉求", "送法入企，宣讲优化营商环境政策",
        "“廉洁文化进企业”活动", "了解企业参与“万企兴万村”情况",
    ]
    static let problems = [
        "反映融资难", "反映招工难", "反映厂房租金上涨", "反映审批手续办理周期长", "反映周边道路施工影响经营", "反映水电气报装周期长",
        "咨询高新技术企业认定", "反映应收账款拖欠", "反映停车位不足", "申请人才公寓",
    ]
    static let proposalTitles = [
        "关于优化营商环境的建议", "关于加强社区养老服务的建议", "关于推进老旧小区改造的建议", "关于深化民族团结进步创建的建议",
        "关于支持中小微企业纾困发展的建议", "关于加强非物质文化遗产保护的建议", "关于完善基层医疗服务的建议",
        "关于规范校外培训机构管理的建议", "关于促进夜间经济发展的建议", "关于加强未成年人心理健康教育的建议",
    ]
    static let trainingThemes: [(String, Set<Archetype>)] = [
        ("党外代表人士培训班", [.democraticPartyMember, .nonPartisan, .nonPartyIntellectual, .ethnicMinorityFigure]),
        ("民营企业家素质提升培训班", [.privateEntrepreneur]),
        ("新的社会阶层人士培训班", [.newSocialStratum]),
        ("党外干部能力提升培训班", [.nonPartyCadre]),
        ("侨界人士培训班", [.overseasChinese, .returnedStudent, .hongKongMacaoTaiwan]),
    ]
    static let forumTitles = [
        "党外代表人士座谈会", "民营企业家座谈会", "新的社会阶层人士座谈会", "侨界人士座谈会", "民主党派工作座谈会", "党外知识分子座谈会",
        "民族宗教界人士座谈会", "政党协商座谈会",
    ]
    static let fellowshipTitles = ["侨胞侨眷座谈联谊会", "新春联谊会", "新联会会员联谊活动", "中秋联谊会", "党外人士迎新春联谊会"]
    static let serviceTitles = ["送温暖献爱心活动", "义诊进社区", "爱心助学活动", "法律咨询进社区", "科技下乡服务", "敬老院慰问服务"]
    static let donationTitles = ["扶贫济困捐款", "爱心助学捐赠", "防汛救灾捐款", "乡村振兴捐赠", "慈善一日捐", "捐赠防疫物资"]
    static let talkTitles = ["铸牢中华民族共同体意识宣讲", "惠企政策宣讲会", "统战理论政策宣讲", "民族团结进步宣讲", "宗教政策法规宣讲"]
}
