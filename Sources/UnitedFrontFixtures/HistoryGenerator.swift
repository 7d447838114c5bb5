import UnitedFront

/// Builds one person's history: the registration with its first categories, then a few changes over
/// the years (promotions, transfers, tier changes, party joining, category entries and exits, contact
/// updates, retirement, the odd archive) and the steps of the procedures the person goes through
/// (无党派人士认定, 后备干部入库, 民主党派新成员备案, 归侨侨眷身份认定: see `HistoryGenerator+Workflows`), each
/// with an attribution and a recorded-at time that never goes backwards.
///
/// The generator keeps the person's state as the register will, so every event applies cleanly:
/// no entry into a category already held, no change after an archive, no promotion past the ladder.
struct HistoryGenerator {
    let traits: PersonGenerator.Traits
    let spec: PopulationSpec
    let units: OrgUnitPlan?
    var random: SeededRandom
    /// The person as the register will hold them after the events so far.
    var state = SyntheticState()
    var cadre: CadrePosition?
    private var events: [SyntheticEvent] = []
    /// When the last event was recorded.
    private(set) var lastRecorded: Timestamp?
    /// The organisations of the spec's districts; nil for a scenario without them.
    var organisations: OrganisationPlan?
    /// What earlier people left for this one, and what this one leaves (enterprise and household numbers).
    var ledger = EntityLedger()
    /// A household the next event registers for a 华侨's family, noted in the ledger once recorded.
    var pendingHousehold: EntityLedger.Household?
    var lastPromotion: LocalDate
    private var retired = false
    /// The effective date of the last event.
    var lastEffective: LocalDate? { events.last?.effective }
    /// The reason the next pool exit records, when the event gives one.
    var poolExitReason: String?
    /// Events scheduled for later dates (换届, the course of a cultivation), run in date order between
    /// the drawn changes.
    var pending: [(date: LocalDate, action: Pending)] = []

    init(traits: PersonGenerator.Traits, spec: PopulationSpec, units: OrgUnitPlan?, random: SeededRandom) {
        self.traits = traits
        self.spec = spec
        self.units = units
        self.random = random
        cadre = traits.cadre
        lastPromotion = traits.registeredOn
    }

    var region: RegionProfile { traits.region }
    var districtName: String { region.city + region.district }
    /// The record so far.
    var record: MemberRecord { state.record ?? MemberRecord(name: "") }
    /// The memberships so far.
    var memberships: [SyntheticMembership] { state.memberships }

    /// The events, registration first.
    mutating func build(record initial: MemberRecord, memberships initialMemberships: [SyntheticMembership]) -> [SyntheticEvent] {
        lastPromotion = traits.registeredOn.adding(days: -random.integer(in: 0...1000))
        register(initial, initialMemberships)
        scheduleTermChanges()

        let start = traits.registeredOn.adding(days: 30)
        let end = spec.historyThrough
        guard start <= end else { return events }
        let span = end.daysSince1970 - start.daysSince1970 + 1
        let count = random.weighted([(0, 14), (1, 24), (2, 24), (3, 18), (4, 12), (5, 8)])
        var days = Set<Int>()
        for _ in 0..<count { days.insert(random.below(span)) }
        var dates = days.sorted().map { start.adding(days: $0) }
        var retirement: LocalDate?
        if traits.archetype == .nonPartyCadre {
            let birth = traits.birthDate
            let day = LocalDate(year: birth.year + traits.retirementAge, month: birth.month, day: min(birth.day, 28))!
            if day >= start, day <= end { retirement = day }
        }
        if let retirement { dates = (dates.filter { $0 != retirement } + [retirement]).sorted() }
        for date in dates {
            runPending(through: date.adding(days: -1))
            if date == retirement { retire(on: date) } else { change(on: date) }
        }
        var archiveDate: LocalDate?
        if random.percent(4) {
            let after = (dates.last ?? traits.registeredOn).adding(days: 30)
            if after <= end { archiveDate = after.adding(days: random.below(end.daysSince1970 - after.daysSince1970 + 1)) }
        }
        runPending(through: archiveDate?.adding(days: -1) ?? end)
        if let archiveDate { archive(on: archiveDate) }
        return events
    }

    // MARK: Registration

    private mutating func register(_ initial: MemberRecord, _ initialMemberships: [SyntheticMembership]) {
        var record = initial
        var memberships = initialMemberships
        let (procedures, procedureReason) = startProcedures(&record, &memberships)
        var records = registrationRecords(&record, memberships: memberships)
        let unit = owningUnit(town: record.region)
        records += registrationEntities(&record, memberships: memberships, orgUnit: unit)
        let year = traits.registeredOn.year
        let surveyReason = switch memberships.first?.source {
        case CategorySource.nominated: "单位党组织推荐"
        case CategorySource.selfReported: "本人申报"
        case CategorySource.certified: "认定后登记备案"
        default: "\(year)年度统战成员摸底登记"
        }
        let reason = procedureReason ?? surveyReason
        let town = region.townships.first { $0.code == record.region }?.name ?? region.district
        var steps: [SyntheticEvent.Step] = [.register(record)]
        if let unit { steps.append(.assign(orgUnit: unit)) }
        steps += memberships.map { .enter($0) }
        var key = 0
        for value in records {
            steps.append(.add(value, key: key))
            key += 1
        }
        emit(.registration, on: traits.registeredOn, actor: clerk("统战部"), reason: reason, source: "\(town)统战工作站",
             steps: steps + procedures)
        notePendingHousehold()
        scheduleEntityChanges()
    }

    // MARK: Changes

    private mutating func change(on date: LocalDate) {
        let age = traits.birthDate.years(until: date)
        let status = record.politicalStatus ?? "13"
        let isCPC = status == "01" || status == "02"
        let cadreMembership = membership(.nonPartyCadre)
        var options: [(Kind, Int)] = [(.contact, 14)]
        if let cadreMembership, !retired, let rank = record[.rank], let step = CadrePosition.ladder.firstIndex(of: rank) {
            let due = date.daysSince1970 - lastPromotion.daysSince1970 >= 730
            if step < CadrePosition.ladder.firstIndex(of: "122")!, due, age < traits.retirementAge - 2 { options.append((.promotion, 30)) }
            if ["150", "142", "141"].contains(rank) { options.append((.transfer, 10)) }
            if [Tier.general, .representative].contains(cadreMembership.tier), age < 50, step <= 3 {
                options.append((.reserveEntry, 8))
            }
            if cadreMembership.tier == .reserve { options.append((.reserveExit, age >= 48 ? 20 : 3)) }
            if ["142", "141", "132"].contains(rank), case .unit = cadre?.kind {
                options.append((.concurrentPost, concurrentPost == nil ? 4 : 6))
            }
            if date >= Self.gradesFrom, nextGrade(for: rank) != nil { options.append((.grade, 6)) }
        }
        if memberships.contains(where: { $0.tier != .reserve }) { options.append((.tier, 9)) }
        if partyMembership != nil { options.append((.partyExit, 1)) }
        if traits.archetype != .nonPartyCadre, !holdsPosts {
            if let post = record.post, Occupation.nextPost(after: post) != nil { options.append((.post, 10)) }
            options.append((.unit, 6))
        }
        if ["31", "21", "14"].contains(record.education ?? ""), age < 50 { options.append((.education, 4)) }
        if ["12", "13"].contains(status), ![.religiousFigure, .hongKongMacaoTaiwan].contains(traits.archetype), age < 58 {
            options.append((.party, 4))
        }
        if status == "13", age < 55, membership(.nonPartyIntellectual) != nil, traits.archetype != .nonPartyCadre,
           ["11", "14", "21"].contains(record.education ?? ""),
           !state.workflows.contains(where: { $0.kind.id == WorkflowKind.nonPartisanCertification.id }) {
            options.append((.candidacy, 2))
        }
        if !isCPC, !entryChoices().isEmpty { options.append((.entry, 5)) }
        if membership(.nonPublicEconomy) != nil, memberships.count >= 2 { options.append((.exit, 2)) }
        switch random.weighted(options) {
        case .contact: updateContact(on: date)
        case .promotion: promote(on: date)
        case .transfer: transfer(on: date)
        case .reserveEntry: changeCadreTier(to: .reserve, on: date)
        case .reserveExit: changeCadreTier(to: .general, on: date)
        case .tier: changeTier(on: date)
        case .post: changePost(on: date)
        case .unit: changeUnit(on: date)
        case .education: upgradeEducation(on: date)
        case .party: joinParty(on: date)
        case .candidacy: nominate(on: date)
        case .entry: enterCategory(on: date)
        case .exit: leaveEnterprise(on: date)
        case .concurrentPost: changeConcurrentPost(on: date)
        case .grade: promoteGrade(on: date)
        case .partyExit: leaveParty(on: date)
        }
    }

    private enum Kind { case contact, promotion, transfer, reserveEntry, reserveExit, tier, post, unit, education, party,
                        candidacy, entry, exit, concurrentPost, grade, partyExit }

    private mutating func updateContact(on date: LocalDate) {
        var steps: [SyntheticEvent.Step]
        var reason = "本人报告联系方式变更"
        switch random.weighted([("mobile", 60), ("address", 30), ("email", 10)]) {
        case "mobile": steps = [.set(.mobile, PersonGenerator.mobile(random: &random))]
        case "address":
            let town = random.element(of: region.townships)
            steps = [.set(.address, PersonGenerator.address(in: region, town: town, random: &random))]
            if town.code != record.region, units != nil, traits.archetype != .nonPartyCadre,
               let unit = owningUnit(town: town.code) {
                // Moved to another township: 所属区划 and the owning 社区/村 follow.
                steps += [.set(.region, town.code), .assign(orgUnit: unit)]
                reason = "居住地变更，迁入\(town.name)"
            }
        default: steps = [.set(.email, String(random.integer(in: 10_000...2_999_999_999)) + "@qq.com")]
        }
        emit(.contactUpdate, on: date, actor: clerk("统战部"), reason: reason, source: "本人", steps: steps)
    }

    private mutating func promote(on date: LocalDate) {
        guard let rank = record[.rank], let step = CadrePosition.ladder.firstIndex(of: rank), var position = cadre else { return }
        let next = CadrePosition.ladder[step + 1]
        if ["132", "131", "122", "121"].contains(next) || random.percent(40) {
            position = CadrePosition.random(rank: next, in: region, random: &random)
        }
        let (document, authority) = appointment(rank: next, year: date.year)
        var steps: [SyntheticEvent.Step] = []
        if position.workUnit != record.workUnit { steps.append(.set(.workUnit, position.workUnit)) }
        steps += endPosts(document: document)
        steps.append(.add(.post(post(position, rank: next, on: date, document: document, authority: authority)), key: nextKey))
        let tier = membership(.nonPartyCadre)?.tier
        if tier == .reserve, random.percent(75) {
            steps.append(.changeTier(category: .nonPartyCadre, tier: .representative, source: .nominated))
        } else if ["132", "131", "122", "121"].contains(next), tier != .keyRepresentative, random.percent(35) {
            steps.append(.changeTier(category: .nonPartyCadre, tier: .keyRepresentative, source: nil))
        }
        cadre = position
        lastPromotion = date
        emit(.promotion, on: date, actor: clerk("组织部"), reason: "关于\(record.name)同志任职的通知（\(document)）",
             source: "\(districtName)委组织部", steps: steps)
    }

    private mutating func transfer(on date: LocalDate) {
        guard let rank = record[.rank] else { return }
        let position = CadrePosition.random(rank: rank, in: region, random: &random)
        guard position.workUnit != record.workUnit else { return updateContact(on: date) }
        cadre = position
        let (document, authority) = appointment(rank: rank, year: date.year)
        emit(.transfer, on: date, actor: clerk("组织部"), reason: "干部交流任职（\(document)）", source: "\(districtName)委组织部",
             steps: [.set(.workUnit, position.workUnit)] + endPosts(document: document)
                + [.add(.post(post(position, rank: rank, on: date, document: document, authority: authority)), key: nextKey)])
    }

    private mutating func changeCadreTier(to tier: Tier, on date: LocalDate) {
        let entering = tier == .reserve
        let exit = traits.age(on: date) >= 48 ? "年龄超限" : random.element(of: ["届满调整", "届满调整", "考察未通过", "本人工作调动"])
        poolExitReason = exit
        emit(entering ? .reservePoolEntry : .reservePoolExit, on: date, actor: clerk(entering ? "组织部" : "统战部"),
             reason: entering ? "列入\(date.year)年度党外后备干部人才库" : "调出党外后备干部人才库（\(exit)）",
             source: "\(districtName)委组织部",
             steps: [.changeTier(category: .nonPartyCadre, tier: tier, source: entering ? .nominated : nil)])
    }

    private mutating func changeTier(on date: LocalDate) {
        let candidates = memberships.filter { $0.tier != .reserve }
        guard !candidates.isEmpty else { return }
        let membership = random.element(of: candidates)
        let tier: Tier = switch membership.tier {
        case .general: random.percent(95) ? .representative : .keyRepresentative
        case .representative: random.weighted([(Tier.keyRepresentative, 25), (.general, 15), (.reserve, 45)])
        default: .representative
        }
        var steps: [SyntheticEvent.Step] = [.changeTier(category: membership.category, tier: tier, source: nil)]
        if membership.category == .democraticParty, [Tier.representative, .keyRepresentative].contains(tier),
           let (key, held) = partyMembership, case .partyMembership(var party) = held.value, party.partyPost == nil,
           random.percent(40) {
            party.partyPost = random.weighted([("支部副主委", 50), ("支部委员", 35), ("支部主委", 15)])
            steps.append(.change(key: key, to: .partyMembership(party)))
        }
        emit(.tierChange, on: date, actor: clerk("统战部"), reason: "\(date.year)年度代表人士队伍调整",
             source: "\(districtName)委统战部", steps: steps)
    }

    private mutating func changePost(on date: LocalDate) {
        guard let post = record.post, let next = Occupation.nextPost(after: post) else { return }
        emit(.postChange, on: date, actor: clerk("统战部"), reason: "\(record.workUnit ?? "所在单位")聘任通知",
             source: record.workUnit, steps: [.set(.post, next)])
    }

    private mutating func changeUnit(on date: LocalDate) {
        let work: Occupation = switch traits.archetype {
        case .privateEntrepreneur: .entrepreneur(in: region, random: &random)
        case .newSocialStratum: .newStratum(in: region, random: &random)
        case .ethnicMinorityFigure: .minorityFigure(ethnicity: traits.ethnicity, in: region, random: &random)
        case .religiousFigure: .religious(ethnicity: traits.ethnicity, in: region, random: &random)
        case .hongKongMacaoTaiwan: .compatriot(from: traits.compatriotHome ?? "HONG_KONG", in: region, random: &random)
        default: .professional(in: region, random: &random)
        }
        guard work.workUnit != record.workUnit else { return updateContact(on: date) }
        var steps: [SyntheticEvent.Step] = [.set(.workUnit, work.workUnit)]
        if work.post != record.post { steps.append(.set(.post, work.post)) }
        if traits.archetype == .newSocialStratum, work.notes != record.notes { steps.append(.set(.notes, work.notes)) }
        steps += unitChangeRecords(work, on: date)
        emit(.unitChange, on: date, actor: clerk("统战部"), reason: "工作单位变动", source: "本人", steps: steps)
    }

    private mutating func upgradeEducation(on date: LocalDate) {
        guard let education = record.education, let next = ["31": "21", "21": "14", "14": "11"][education] else { return }
        var steps: [SyntheticEvent.Step] = [.set(.education, next)]
        let status = record.politicalStatus ?? "13"
        if traits.archetype != .nonPartyCadre, status != "01", status != "02", membership(.nonPartyIntellectual) == nil,
            random.percent(30) {
            steps.append(.enter(SyntheticMembership(category: .nonPartyIntellectual, tier: .general, source: .survey)))
        }
        emit(.educationUpgrade, on: date, actor: clerk("统战部"), reason: "学历变更（在职教育毕业）", source: "本人",
             steps: steps)
    }

    private mutating func joinParty(on date: LocalDate) {
        let party = PersonGenerator.party(for: traits.archetype, random: &random)
        let name = Self.partyNames[party]!
        // The party membership sets the political status and ends a 无党派人士 membership itself, and the
        // register revokes a 无党派人士认定 in force with a 撤销 step; a candidacy still running stops here.
        var steps: [SyntheticEvent.Step] = []
        if let open = state.openWorkflow(.nonPartisanCertification),
           !WorkflowKind.nonPartisanCertified.contains(state.workflows[open].state ?? "") {
            steps.append(.workflow(.nonPartisanCertification,
                                   WorkflowStepRecord("TERMINATED", effective: date, actor: "\(districtName)委统战部",
                                                      opinion: "本人加入\(name)，终止无党派人士认定程序"), poolEntry: nil))
        }
        if membership(.democraticParty) == nil {
            steps.append(.enter(SyntheticMembership(category: .democraticParty, tier: .general,
                                                    source: random.percent(60) ? .selfReported : .survey)))
        }
        steps.append(.add(.partyMembership(partyMembership(PoliticalStatus(rawValue: party), newMember: true)), key: nextKey))
        let reason = record.politicalStatus == "12" ? "加入\(name)，撤销无党派人士认定"
            : "\(name)\(region.city)委员会新发展成员备案"
        emit(.partyJoining, on: date, actor: clerk("统战部"), reason: reason, source: "\(name)\(region.city)委员会", steps: steps)
        if random.percent(90) { schedule(.partyFiling("SUBMITTED"), on: date.adding(days: random.integer(in: 7...40))) }
    }

    private enum Entry { case minority, intellectual, startUp }

    private func entryChoices() -> [Entry] {
        var choices: [Entry] = []
        if traits.ethnicity != "01", membership(.ethnicMinority) == nil { choices.append(.minority) }
        if ["11", "14", "21", "31"].contains(record.education ?? ""), traits.archetype != .nonPartyCadre,
            membership(.nonPartyIntellectual) == nil {
            choices.append(.intellectual)
        }
        if membership(.newStratum) != nil, membership(.nonPublicEconomy) == nil { choices.append(.startUp) }
        return choices
    }

    private mutating func enterCategory(on date: LocalDate) {
        let choices = entryChoices()
        guard !choices.isEmpty else { return }
        switch random.element(of: choices) {
        case .minority:
            emit(.categoryEntry, on: date, actor: clerk("统战部"), reason: "少数民族代表人士推荐", source: "\(districtName)民族事务委员会",
                 steps: [.enter(SyntheticMembership(category: .ethnicMinority,
                                                    tier: random.percent(40) ? .representative : .general, source: .nominated))])
        case .intellectual:
            emit(.categoryEntry, on: date, actor: clerk("统战部"), reason: "党外知识分子摸底", source: record.workUnit,
                 steps: [.enter(SyntheticMembership(category: .nonPartyIntellectual, tier: .general, source: .survey))])
        case .startUp:
            let company = Occupation.company(in: region, random: &random)
            let post = random.percent(50) ? "执行董事" : "总经理"
            emit(.categoryEntry, on: date, actor: clerk("统战部"), reason: "创办企业，类别调整", source: "\(districtName)工商业联合会",
                 steps: [.set(.workUnit, company), .set(.post, post), .set(.notes, nil),
                         .leave(category: .newStratum),
                         .enter(SyntheticMembership(category: .nonPublicEconomy, tier: .general, source: .selfReported))]
                    + endRecords { if case .newStratum = $0 { true } else if case .enterpriseRole = $0 { true } else { false } }
                    + enterpriseSteps(company: company, post: post, owner: true, on: date))
        }
    }

    private mutating func leaveEnterprise(on date: LocalDate) {
        emit(.categoryExit, on: date, actor: clerk("统战部"), reason: "企业注销，调出非公有制经济人士名单",
             source: "\(districtName)工商业联合会",
             steps: [.set(.post, nil), .set(.notes, "原任\(record.workUnit ?? "企业")\(record.post ?? "负责人")，企业已注销"),
                     .leave(category: .nonPublicEconomy)] + closeEnterprise())
    }

    private mutating func retire(on date: LocalDate) {
        guard membership(.nonPartyCadre) != nil, !retired else { return }
        retired = true
        let document = Paperwork.documentNumber("\(region.abbreviation)组干", year: date.year, random: &random)
        var steps: [SyntheticEvent.Step] = [.set(.notes, "\(date.year)年退休"), .leave(category: .nonPartyCadre)]
        steps += holdsPosts ? endPosts(document: document) : [.set(.post, nil)]
        emit(.retirement, on: date, actor: clerk("组织部"), reason: "退休审批（\(document)）", source: "\(districtName)委组织部",
             steps: steps)
    }

    private mutating func archive(on date: LocalDate) {
        let reason = random.element(of: ["迁出本区", "病故", "工作调离，不再列为联系对象", "本人申请退出"])
        emit(.archive, on: date, actor: clerk("统战部"), reason: reason, source: "\(districtName)委统战部", steps: [.archive])
    }

    // MARK: Plumbing

    func membership(_ category: Category) -> SyntheticMembership? {
        memberships.first { $0.category == category }
    }

    mutating func clerk(_ department: String) -> String {
        Paperwork.clerk(department, in: region, random: &random)
    }

    /// Records an event and applies it to the state.
    mutating func emit(_ kind: SyntheticEvent.Kind, on date: LocalDate, actor: String, reason: String,
                               source: String?, steps: [SyntheticEvent.Step]) {
        let steps = steps + poolSteps(after: steps, kind: kind, on: date)
        let announced = [.promotion, .transfer, .retirement, .reservePoolEntry].contains(kind)
        let recordedAt = Paperwork.recordedAt(effective: date, after: lastRecorded, announced: announced, random: &random)
        lastRecorded = recordedAt
        events.append(SyntheticEvent(person: traits.id, ordinal: events.count, kind: kind, effective: date,
                                     attribution: Attribution(actor: actor, reason: reason, source: source, recordedAt: recordedAt),
                                     steps: steps))
        state.apply(steps, effective: date)
        scheduleCultivation(after: steps, on: date)
    }

    /// Short names of the democratic parties by GB/T 4762 code.
    static let partyNames = [
        "04": "民革", "05": "民盟", "06": "民建", "07": "民进", "08": "农工党", "09": "致公党", "10": "九三学社", "11": "台盟",
    ]
}
