import UnitedFront

/// The dated records of a history: the owning org unit, posts (with 任免文号, 职级 and 兼职), reserve-pool
/// entries with their cultivation, and democratic-party memberships (政治安排 are in
/// `HistoryGenerator+Arrangements.swift`).
///
/// The rules the generator keeps, so that the register and the model agree:
/// - a 党外干部's 职务 and 职务层次 are those of their posts (the register derives them); every serving
///   cadre holds a post, and promotions, transfers and retirement end and begin posts;
/// - a 党外 person holds an open pool entry exactly while one of their memberships has the 后备 tier;
/// - a person's political status is 04–11 exactly while they hold a party membership record.
extension HistoryGenerator {
    /// Something scheduled for a later date.
    enum Pending: Sendable {
        /// The 换届 of the 人大 and 政协 at `level`.
        case termChange(ArrangementLevel)
        /// A cultivation begins, for `days` days.
        case cultivationStart(CultivationRecord, poolEntry: Int, days: Int, result: String?)
        /// Cultivation `key` ends with `result`.
        case cultivationEnd(key: Int, result: String?)
        /// The next step of the 无党派人士认定 candidacy, into `state`; `tier` is the tier a certain
        /// candidate is certified with (nil: drawn then), and a `certain` candidacy never stops.
        case nonPartisan(state: String, tier: Tier?, certain: Bool)
        /// The next step of the 民主党派新成员备案 of the open party membership, into `state`.
        case partyFiling(String)
        /// The next step of the 归侨侨眷身份认定, into `state`.
        case overseasStatus(String)
        /// A 后备 tier in `category` (and the pool entry, through 后备干部入库) decided a while after the
        /// registration.
        case poolAdmission(Category)
        /// The 换届 of organisation `organisation` (an index in ``Population/organisations``).
        case organisationTerm(Int)
        /// Enterprise `enterprise` pairs with a village (万企兴万村).
        case pairing(enterprise: Int)
        /// More of pairing `key`'s committed amount is paid.
        case pairingPayment(key: Int)
        /// The 侨眷's relative, registered after them, is linked.
        case overseasLink
        /// The 华侨 returns to settle: 归侨 from that day.
        case returnHome
        /// An honour for a 代表人士.
        case honour
    }

    /// The first day a 职级 is given (公务员职务与职级并行规定, in force 2019-06-01).
    static let gradesFrom: LocalDate = "2019-06-01"

    /// The 职级 a post of each 职务层次 carries, lower first.
    static let gradeBands: [String: [String]] = [
        "160": ["STAFF_2"], "150": ["STAFF_1"], "142": ["PRINCIPAL_STAFF_4", "PRINCIPAL_STAFF_3"],
        "141": ["PRINCIPAL_STAFF_2", "PRINCIPAL_STAFF_1"], "132": ["RESEARCHER_4", "RESEARCHER_3"],
        "131": ["RESEARCHER_2", "RESEARCHER_1"], "122": ["INSPECTOR_2"], "121": ["INSPECTOR_1"],
    ]

    // MARK: State

    /// The next unused record key.
    var nextKey: Int { state.nextKey }

    /// Whether the person holds a post now.
    var holdsPosts: Bool { state.open.contains { $0.held.value.post != nil } }

    /// The serving main post (not a concurrent one).
    var mainPost: (key: Int, post: PostRecord)? {
        state.open.lazy.compactMap { entry in entry.held.value.post.map { (entry.key, $0) } }.first { !$0.1.title.hasSuffix("（兼）") }
    }

    /// The serving concurrent post.
    var concurrentPost: (key: Int, post: PostRecord)? {
        state.open.lazy.compactMap { entry in entry.held.value.post.map { (entry.key, $0) } }.first { $0.1.title.hasSuffix("（兼）") }
    }

    /// The open democratic-party membership.
    var partyMembership: (key: Int, held: SyntheticState.Held)? {
        state.open.first { $0.held.value.partyMembership != nil }
    }

    // MARK: Registration

    /// The owning unit of someone living in township `town`: the district's 统战部 for a 党外干部, a
    /// 社区 or 村 of the township for everyone else; nil without a plan.
    mutating func owningUnit(town: String?) -> Int? {
        guard let units else { return nil }
        if traits.archetype == .nonPartyCadre { return units.root(of: region.code) }
        let grassroots = units.grassroots(of: town ?? "")
        return grassroots.isEmpty ? units.root(of: region.code) : random.element(of: grassroots)
    }

    /// The records a person is registered with (posts, party membership, a 政治安排), and the record's
    /// 职务 and 职级 made to agree with the principal post.
    mutating func registrationRecords(_ record: inout MemberRecord, memberships: [SyntheticMembership]) -> [SyntheticRecord] {
        var records: [SyntheticRecord] = []
        let date = traits.registeredOn
        if let position = cadre, let rank = record[.rank] {
            let (document, authority) = appointment(rank: rank, year: lastPromotion.year)
            let main = post(position, rank: rank, on: date, document: document, authority: authority)
            records.append(.post(main))
            record.post = main.displayTitle
            if let grade = main.grade { record.grade = grade }
            if ["142", "141", "132"].contains(rank), case .unit = position.kind, random.percent(6) {
                records.append(.post(concurrent(rank: rank, year: lastPromotion.year)))
            }
        } else if let post = professionalPost(&record) {
            records.append(.post(post))
            record.post = post.displayTitle
        }
        if let status = record.politicalStatus?.rawValue, Self.partyNames[status] != nil {
            records.append(.partyMembership(partyMembership(PoliticalStatus(rawValue: status), newMember: false)))
        }
        if let seat = registrationSeat(memberships) { records.append(.arrangement(seat)) }
        return records
    }

    /// A leading post in a public institution for a 民主党派成员, 无党派人士 or 党外知识分子 who holds one
    /// (医院副院长, 中学校长, 学院副院长): a 领导职务 with a 职务层次, counted like a cadre's.
    private mutating func professionalPost(_ record: inout MemberRecord) -> PostRecord? {
        guard [.democraticPartyMember, .nonPartisan, .nonPartyIntellectual].contains(traits.archetype),
              let title = record.post, let unit = record.workUnit else { return nil }
        let district = unit.contains(region.district)
        let (rank, authority, stem): (CadreRank, String, String)
        switch title {
        case "副院长": (rank, authority, stem) = (district ? .deputySection : .deputyCounty, "\(district ? districtName : region.city)卫生健康委员会党委", "卫党字")
        case "副校长": (rank, authority, stem) = (.deputySection, "\(district ? districtName : region.city)教育局党委", "教党字")
        case "校长": (rank, authority, stem) = (.section, "\(district ? districtName : region.city)教育局党委", "教党字")
        case "学院副院长": (rank, authority, stem) = (.deputyCounty, "中共\(unit)委员会", "校党干字")
        default: return nil
        }
        var post = PostRecord(unit: unit, title: title == "学院副院长" ? random.element(of: Self.colleges) + "学院副院长" : title,
                              rank: rank, leadership: true)
        let prefix = stem == "校党干字" ? "" : (district ? region.abbreviation : region.cityAbbreviation)
        post.appointmentDocument = Paperwork.documentNumber(prefix + stem, year: lastPromotion.year, random: &random)
        post.appointingAuthority = authority
        return post
    }

    static let colleges = ["经济管理", "文学", "计算机", "化学化工", "生命科学", "法", "马克思主义", "外国语", "数学科学", "历史文化"]

    // MARK: Posts

    /// The 任免文号 and 任免机关 of an appointment at `rank`: the district Party committee up to 县处级, the
    /// city's above.
    mutating func appointment(rank: String, year: Int) -> (document: String, authority: String) {
        if ["122", "121"].contains(rank) {
            return (Paperwork.documentNumber("\(region.cityAbbreviation)党干字", year: year, random: &random), "中共\(region.city)委员会")
        }
        return (Paperwork.documentNumber("\(region.abbreviation)党干字", year: year, random: &random), "中共\(districtName)委员会")
    }

    /// The post of `position` at `rank` from `date`: a 领导职务 from 副科 up, a 职级 for some from 2019-06.
    mutating func post(_ position: CadrePosition, rank: String, on date: LocalDate, document: String, authority: String) -> PostRecord {
        let leadership = !["160", "150"].contains(rank)
        var post = PostRecord(unit: position.workUnit, title: position.post(at: rank) ?? "科员", rank: CadreRank(rawValue: rank),
                              leadership: leadership)
        if date >= Self.gradesFrom, let band = Self.gradeBands[rank], random.percent(leadership ? 30 : 50) {
            post.grade = CivilServiceGrade(rawValue: band[0])
        }
        post.appointmentDocument = document
        post.appointingAuthority = authority
        return post
    }

    /// A concurrent leading post (兼职) in a district centre, at `rank`.
    private mutating func concurrent(rank: String, year: Int) -> PostRecord {
        let unit = districtName + random.element(of: ["政务服务中心", "融媒体中心", "社会信用体系建设中心", "大数据中心", "科技创新服务中心",
                                                      "档案馆", "地方志编纂室"])
        let head = unit.hasSuffix("馆") ? "馆长" : unit.hasSuffix("室") ? "主任" : "主任"
        var post = PostRecord(unit: unit, title: head + "（兼）", rank: CadreRank(rawValue: rank), leadership: true)
        let (document, authority) = appointment(rank: rank, year: year)
        post.appointmentDocument = document
        post.appointingAuthority = authority
        return post
    }

    /// Steps ending every serving post under `document` (免职 in the same notice as the new appointment).
    func endPosts(document: String) -> [SyntheticEvent.Step] {
        state.open.compactMap { entry in
            guard var post = entry.held.value.post else { return nil }
            post.removalDocument = document
            return .end(key: entry.key, as: .post(post))
        }
    }

    /// The next 职级 on the main post, within its 职务层次's band.
    func nextGrade(for rank: String) -> String? {
        guard let main = mainPost, let band = Self.gradeBands[rank] else { return nil }
        guard let grade = main.post.grade?.rawValue else { return band[0] }
        guard let index = band.firstIndex(of: grade), index + 1 < band.count else { return nil }
        return band[index + 1]
    }

    /// 职级晋升 on the same post: a 职级 change alone, not an adjustment of the post.
    mutating func promoteGrade(on date: LocalDate) {
        guard let rank = record[.rank], let grade = nextGrade(for: rank), var main = mainPost else { return }
        main.post.grade = CivilServiceGrade(rawValue: grade)
        let document = Paperwork.documentNumber("\(region.abbreviation)组干", year: date.year, random: &random)
        emit(.gradePromotion, on: date, actor: clerk("组织部"), reason: "职级晋升（\(document)）", source: "\(districtName)委组织部",
             steps: [.change(key: main.key, to: .post(main.post))])
    }

    /// Takes up a concurrent post, or gives one up.
    mutating func changeConcurrentPost(on date: LocalDate) {
        if let held = concurrentPost {
            var post = held.post
            let (document, _) = appointment(rank: post.rank?.rawValue ?? "142", year: date.year)
            post.removalDocument = document
            emit(.concurrentPost, on: date, actor: clerk("组织部"), reason: "免去兼任职务（\(document)）", source: "\(districtName)委组织部",
                 steps: [.end(key: held.key, as: .post(post))])
        } else if let rank = record[.rank] {
            let post = concurrent(rank: rank, year: date.year)
            emit(.concurrentPost, on: date, actor: clerk("组织部"), reason: "兼任\(post.displayTitle)（\(post.appointmentDocument ?? "")）",
                 source: "\(districtName)委组织部", steps: [.add(.post(post), key: nextKey)])
        }
    }

    // MARK: Democratic parties

    /// A membership of `party` in a district branch: 备案 for most, introducers for some.
    mutating func partyMembership(_ party: PoliticalStatus, newMember: Bool) -> PartyMembershipRecord {
        let name = Self.partyNames[party.rawValue] ?? "民盟"
        var membership = PartyMembershipRecord(
            party: party, branch: "\(name)\(districtName)\(random.weighted([("第一", 40), ("第二", 30), ("第三", 20), ("直属", 10)]))支部")
        if newMember || random.percent(40) {
            let first = NameGenerator.name(ethnicity: "01", sex: random.percent(50) ? "1" : "2", birthYear: 1970, random: &random)
            let second = NameGenerator.name(ethnicity: "01", sex: random.percent(50) ? "1" : "2", birthYear: 1965, random: &random)
            membership.introducers = "\(first)、\(second)"
        }
        // A new member is filed (备案) through the 民主党派新成员备案 workflow, later.
        membership.isFiled = newMember ? false : random.percent(80)
        return membership
    }

    /// 退出: the membership ends; the register returns the political status to 群众.
    mutating func leaveParty(on date: LocalDate) {
        guard let (key, held) = partyMembership, case .partyMembership(var party) = held.value else { return }
        party.exit = .withdrawal
        party.exitReason = random.element(of: ["本人申请退出", "工作调动，转出组织关系未接续", "长期不参加组织生活，本人申请退出"])
        var steps: [SyntheticEvent.Step] = [.end(key: key, as: .partyMembership(party))]
        if membership(.democraticParty) != nil { steps.append(.leave(category: .democraticParty)) }
        poolExitReason = "退出民主党派"
        let name = Self.partyNames[party.party.rawValue] ?? "民主党派"
        emit(.partyExit, on: date, actor: clerk("统战部"), reason: "退出\(name)（\(party.exitReason ?? "")）",
             source: "\(name)\(region.city)委员会", steps: steps)
    }

    // MARK: Reserve pool and cultivation

    /// The pool steps an event's steps call for: an entry when a 党外 person takes the 后备 tier, an exit
    /// when they no longer hold it (with the event's reason), a new target after a promotion.
    mutating func poolSteps(after steps: [SyntheticEvent.Step], kind: SyntheticEvent.Kind, on date: LocalDate) -> [SyntheticEvent.Step] {
        defer { poolExitReason = nil }
        guard !steps.contains(.archive) else { return [] }
        var next = state
        next.apply(steps, effective: date)
        let status = next.record?.politicalStatus?.rawValue ?? "13"
        let reserve = status != "01" && status != "02" && next.memberships.contains { $0.tier == .reserve }
        let open = next.open.first { if case .poolEntry = $0.held.value { true } else { false } }
        let target = Self.target(above: next.record?.rank?.rawValue)
        switch (reserve, open) {
        case (true, nil):
            var entry = PoolRecord(targetRank: CadreRank(rawValue: target), targetPost: targetPost(for: next.record),
                                   entryReason: entryReason(kind, year: date.year))
            if random.percent(60) {
                entry.document = Paperwork.documentNumber("\(region.abbreviation)组通", year: date.year, random: &random)
            }
            let key = max(next.nextKey, nextKey)
            if kind != .registration, next.openWorkflow(.reserveCadrePool) == nil, random.percent(80) {
                return admissionSteps(entry, key: key, on: date, after: next)
            }
            return [.add(.poolEntry(entry), key: key)]
        case (false, let open?):
            guard case .poolEntry(var entry) = open.held.value else { return [] }
            let reason: String = switch kind {
            case .promotion: "已提拔使用"
            case .retirement: "退休"
            case .tierChange: "代表人士队伍调整"
            case .partyJoining: "加入民主党派，调整培养方向"
            default: "类别调整"
            }
            entry.exitReason = poolExitReason ?? reason
            if let admitted = next.openWorkflow(.reserveCadrePool), next.workflows[admitted].poolEntry == open.key {
                // An entry the 后备干部入库 workflow added leaves through its 出库 step.
                return [.workflow(.reserveCadrePool, WorkflowStepRecord(
                    "RELEASED", effective: date, actor: "\(districtName)委组织部", opinion: entry.exitReason), poolEntry: nil)]
            }
            return [.end(key: open.key, as: .poolEntry(entry))]
        case (true, let open?):
            guard [.promotion, .transfer].contains(kind), case .poolEntry(var entry) = open.held.value,
                  entry.targetRank.rawValue != target else { return [] }
            entry.targetRank = CadreRank(rawValue: target)
            entry.targetPost = targetPost(for: next.record)
            return [.change(key: open.key, to: .poolEntry(entry))]
        case (false, nil):
            return []
        }
    }

    /// One step above `rank` on the ladder; 副科 for someone without a 职务层次.
    static func target(above rank: String?) -> String {
        guard let rank, let index = SyntheticState.rankLadder.firstIndex(of: rank) else { return "142" }
        return SyntheticState.rankLadder[min(index + 1, SyntheticState.rankLadder.count - 1)]
    }

    private func targetPost(for record: MemberRecord?) -> String? {
        guard let position = cadre, case .unit(let deputy, let head) = position.kind, let rank = record?[.rank] else { return nil }
        switch rank {
        case "160", "150": return position.workUnit + deputy
        case "142": return position.workUnit + head
        default: return nil
        }
    }

    private func entryReason(_ kind: SyntheticEvent.Kind, year: Int) -> String {
        switch kind {
        case .registration: "\(year)年度党外代表人士队伍摸底，列入后备人才库"
        case .reservePoolEntry: "列入\(year)年度党外后备干部人才库"
        case .tierChange: "\(year)年度代表人士队伍调整，列入后备人才库"
        default: "\(year)年度党外人才推荐"
        }
    }

    /// Schedules a training course, 挂职 or 实践锻炼 for some of the pool entries `steps` add.
    mutating func scheduleCultivation(after steps: [SyntheticEvent.Step], on date: LocalDate) {
        for case .add(.poolEntry, let key) in steps where random.percent(45) {
            let start = date.adding(days: random.integer(in: 60...420))
            guard start <= spec.historyThrough else { continue }
            let cultivation: CultivationRecord
            let days: Int
            let result: String?
            switch random.weighted([("training", 60), ("secondment", 30), ("practice", 10)]) {
            case "training":
                var course = CultivationRecord(kind: .training)
                course.place = random.element(of: ["中共\(region.city)委员会党校", "\(region.province)社会主义学院", "\(region.city)社会主义学院"])
                course.content = random.element(of: ["\(start.year)年党外干部培训班", "党外代表人士理论研修班", "党外后备干部能力提升培训班"])
                cultivation = course
                days = random.integer(in: 7...45)
                result = "结业"
            case "secondment":
                var posting = CultivationRecord(kind: .secondment)
                let town = random.element(of: region.townships).name
                let (place, post) = random.element(of: [
                    ("\(districtName)\(town)\(town.hasSuffix("街道") ? "办事处" : "人民政府")", town.hasSuffix("街道") ? "挂职副主任" : "挂职副镇长"),
                    ("\(districtName)人民政府办公室", "挂职副主任"),
                    ("\(region.city)\(random.element(of: CadrePosition.bureaus))", "挂职局长助理"),
                ])
                posting.place = place
                posting.content = post
                cultivation = posting
                days = random.integer(in: 180...365)
                result = random.percent(70) ? "优秀" : "称职"
            default:
                var practice = CultivationRecord(kind: .practice)
                practice.place = random.element(of: ["\(region.city)信访局", "\(districtName)矛盾纠纷调解中心", "\(districtName)乡村振兴局"])
                practice.content = "基层实践锻炼"
                cultivation = practice
                days = random.integer(in: 90...180)
                result = "合格"
            }
            schedule(.cultivationStart(cultivation, poolEntry: key, days: days, result: result), on: start)
        }
    }

    // MARK: Scheduling

    /// Adds `action` for `date`, after the actions already scheduled for that date.
    mutating func schedule(_ action: Pending, on date: LocalDate) {
        let index = pending.firstIndex { $0.date > date } ?? pending.count
        pending.insert((date, action), at: index)
    }

    /// Runs the scheduled actions due on or before `date`, in date order. A person has at most one event
    /// a day: an action due on or before the day of the last event moves to the day after it.
    mutating func runPending(through date: LocalDate) {
        while var first = pending.first {
            if let last = lastEffective, first.date <= last { first.date = last.adding(days: 1) }
            guard first.date <= date else {
                pending[0].date = first.date
                return
            }
            pending.removeFirst()
            switch first.action {
            case .termChange(let level): changeTerm(level, on: first.date)
            case .cultivationStart(let cultivation, let entry, let days, let result):
                guard state.records[entry]?.to == nil else { continue }
                let key = nextKey
                let what = [cultivation.place, cultivation.content].compactMap { $0 }.joined()
                emit(.cultivation, on: first.date, actor: clerk("组织部"), reason: "选派参加\(what)",
                     source: "\(districtName)委组织部", steps: [.add(.cultivation(cultivation, poolEntry: entry), key: key)])
                let end = first.date.adding(days: days)
                if end <= spec.historyThrough { schedule(.cultivationEnd(key: key, result: result), on: end) }
            case .nonPartisan(let state, let tier, let certain): advanceCandidacy(to: state, tier: tier, certain: certain, on: first.date)
            case .partyFiling(let state): advanceFiling(to: state, on: first.date)
            case .overseasStatus(let state): advanceOverseasStatus(to: state, on: first.date)
            case .poolAdmission(let category): admitToPool(category, on: first.date)
            case .organisationTerm(let organisation): changeSeat(organisation, on: first.date)
            case .pairing(let enterprise): pair(enterprise, on: first.date)
            case .pairingPayment(let key): pay(key, on: first.date)
            case .overseasLink: linkRelative(on: first.date)
            case .returnHome: returnHome(on: first.date)
            case .honour: award(on: first.date)
            case .cultivationEnd(let key, let result):
                guard let held = state.records[key], held.to == nil, case .cultivation(var cultivation, let entry) = held.value else { continue }
                cultivation.result = result
                emit(.cultivation, on: first.date, actor: clerk("组织部"), reason: "\(cultivation.content ?? "培养")期满（\(result ?? "")）",
                     source: cultivation.place, steps: [.end(key: key, as: .cultivation(cultivation, poolEntry: entry))])
            }
        }
    }
}
