import UnitedFront

/// The records of a history that tie a person to the entities around them: the enterprise a 民营企业家
/// runs (credit code, industry, scale, roles, 万企兴万村 pairings, 商会 memberships, a few 注销), the 高管
/// posts of 新的社会阶层人士, seats in the 工商联, 新联会 and 侨联 over their 换届, 新的社会阶层 groups, and
/// honours for 代表人士. 侨情 and households are in `HistoryGenerator+Overseas.swift`.
extension HistoryGenerator {
    // MARK: Registration

    /// The entity records a person is registered with; `record` gains what they imply (notes).
    mutating func registrationEntities(_ record: inout MemberRecord, memberships: [SyntheticMembership], orgUnit: Int?) -> [SyntheticRecord] {
        var records: [SyntheticRecord] = []
        let date = traits.registeredOn
        switch traits.archetype {
        case .privateEntrepreneur:
            if let company = record.workUnit, Self.industry(of: company) != nil {
                records += enterpriseRecords(company: company, post: record.post, owner: true, on: date)
            }
        case .newSocialStratum:
            if let group = traits.newStratumGroup {
                records.append(.newStratum(NewStratumRecord(group: NewStratumGroup(rawValue: group), subtype: subtype(group, unit: record.workUnit, post: record.post))))
            }
            records += stratumEnterprise(&record, on: date)
        case .overseasChinese:
            records += overseasRecords(&record, orgUnit: orgUnit)
        default: break
        }
        records += seats(memberships, on: date)
        return records
    }

    /// Schedules what happens to the person's entities later: the honour of a 代表人士, a 华侨's return,
    /// a 侨眷's link to a relative registered after them.
    mutating func scheduleEntityChanges() {
        let start = traits.registeredOn
        let end = spec.historyThrough
        func someday(after days: Int) -> LocalDate? {
            let first = start.adding(days: days)
            guard first <= end else { return nil }
            return first.adding(days: random.below(end.daysSince1970 - first.daysSince1970 + 1))
        }
        if memberships.contains(where: { [Tier.representative, .keyRepresentative].contains($0.tier) }), random.percent(9),
           let date = someday(after: 60) {
            schedule(.honour, on: date)
        }
        if traits.overseasType == "HUAQIAO", random.percent(30), let date = someday(after: 200) { schedule(.returnHome, on: date) }
        if let link = traits.overseasLink, !linked {
            let day = link.anchor.recordedAt.date(utcOffsetSeconds: 8 * 3600).adding(days: 1)
            if day <= end { schedule(.overseasLink, on: max(day, start.adding(days: 1))) }
        }
    }

    /// Whether the 侨眷's relative is linked already.
    var linked: Bool { state.records.values.contains { if case .overseas(_, _?) = $0.value { true } else { false } } }

    // MARK: Enterprises

    /// A new enterprise called `company`, the person's roles in it by their `post`, its 商会 and
    /// 工商联 memberships, and a 万企兴万村 pairing scheduled for some.
    mutating func enterpriseRecords(company: String, post: String?, owner: Bool, on date: LocalDate) -> [SyntheticRecord] {
        let index = ledger.nextEnterprise
        ledger.nextEnterprise += 1
        let town = random.element(of: region.townships)
        var enterprise = EnterpriseRecord(creditCode: ledger.creditCode(region: region.code, seed: spec.seed), name: company)
        let industry = Self.industry(of: company).map { random.element(of: $0) } ?? ("L", "72")
        enterprise.industry = Industry(rawValue: industry.1)
        let scale: EnterpriseScale = random.weighted([(.micro, 40), (.small, 38), (.medium, 17), (.large, 5)])
        enterprise.scale = scale
        enterprise.ownership = random.weighted([(OwnershipType.privateEnterprise, 88), (.limitedLiability, 4), (.jointStock, 2),
                                                (OwnershipType(rawValue: "330"), 3), (OwnershipType(rawValue: "310"), 3)])
        let birth = traits.birthDate
        let earliest = LocalDate(year: birth.year + 22, month: birth.month, day: min(birth.day, 28))!
        let founded = min(max(date.adding(days: -random.integer(in: 60...6500)), earliest), date)
        enterprise.foundedOn = founded
        let province = region.province == region.city ? "" : region.province
        enterprise.address = "\(province)\(region.city)\(region.district)\(town.name)"
            + "\(random.element(of: Self.streets))\(random.integer(in: 1...288))号"
        enterprise.region = town.code
        let unit = units?.town(town.code)
        let since = max(founded, LocalDate(year: spec.registrationYears.lowerBound - 1, month: 1, day: 1)!)
        var records: [SyntheticRecord] = [.enterprise(enterprise, index: index, orgUnit: unit, since: since)]
        records += roles(post: post, owner: owner).map { .enterpriseRole($0, enterprise: index) }
        if let organisations {
            if let chamber = organisations.townChamber(of: town.code), random.percent(55) {
                let role: OrganisationRole = [.medium, .large].contains(scale) && random.percent(30) ? .viceChair : .memberEnterprise
                records.append(.enterpriseMembership(role, enterprise: index, organisation: chamber))
            }
            if let chamber = organisations.organisation(.industryChamber, of: region.code),
               organisations.organisations[chamber].industries.contains(industry.0), random.percent(50) {
                records.append(.enterpriseMembership(.memberEnterprise, enterprise: index, organisation: chamber))
            }
            // 工商联 企业会员 (the 工商联 is not a 商会: a separate figure).
            if let federation = organisations.organisation(.federation, of: region.code), random.percent(25) {
                records.append(.enterpriseMembership(.memberEnterprise, enterprise: index, organisation: federation))
            }
        }
        let pairs = scale == .micro ? 12 : 40
        if owner, random.percent(pairs) {
            let first = max(date.adding(days: 30), LocalDate(year: 2021, month: 3, day: 1)!)
            if first <= spec.historyThrough {
                schedule(.pairing(enterprise: index),
                         on: first.adding(days: random.below(spec.historyThrough.daysSince1970 - first.daysSince1970 + 1)))
            }
        }
        return records
    }

    /// The roles a person with `post` holds in an enterprise: the owner is 法定代表人 and 出资人 as
    /// 董事长 or 执行董事; a 总经理 often holds a share; others are 高管.
    private mutating func roles(post: String?, owner: Bool) -> [EnterpriseRoleRecord] {
        func share(_ range: ClosedRange<Int>) -> EnterpriseRoleRecord {
            var role = EnterpriseRoleRecord(enterprise: EnterpriseID(rawValue: 0), role: .investor)
            role.share = "\(random.integer(in: range))%"
            return role
        }
        func role(_ role: EnterpriseRole) -> EnterpriseRoleRecord { EnterpriseRoleRecord(enterprise: EnterpriseID(rawValue: 0), role: role) }
        guard owner else { return [role(.executive)] }
        switch post {
        case "董事长": return [role(.legalRepresentative), share(51...90), role(.chair)]
        case "董事长兼总经理": return [role(.legalRepresentative), share(60...100), role(.chair), role(.generalManager)]
        case "执行董事": return [role(.legalRepresentative), share(51...100)]
        case "总经理": return random.percent(60) ? [role(.generalManager), share(20...49)] : [role(.legalRepresentative), role(.generalManager)]
        default: return random.percent(30) ? [role(.executive), share(5...20)] : [role(.executive)]
        }
    }

    /// A 新的社会阶层人士 in a firm: a 高管 of an enterprise of the district registered before them
    /// (their work unit becomes it), or of their own firm registered with them.
    private mutating func stratumEnterprise(_ record: inout MemberRecord, on date: LocalDate) -> [SyntheticRecord] {
        guard let group = traits.newStratumGroup, group == "1" || group == "4" else { return [] }
        let dayStart = Timestamp(startOf: date)
        let known = ledger.enterprises.filter { $0.regionCode == region.code && $0.recordedAt < dayStart }
        if group == "1", !known.isEmpty, random.percent(50) {
            let enterprise = random.element(of: Array(known.suffix(60)))
            record.workUnit = enterprise.name
            return [.enterpriseRole(EnterpriseRoleRecord(enterprise: EnterpriseID(rawValue: 0), role: .executive), enterprise: enterprise.index)]
        }
        guard let company = record.workUnit, company.hasSuffix("有限公司"), random.percent(30) else { return [] }
        return enterpriseRecords(company: company, post: record.post, owner: false, on: date)
    }

    /// The records a new work unit brings: an entrepreneur's new enterprise (their roles in the old one
    /// end; it carries on without them), a 新的社会阶层人士's new group.
    mutating func unitChangeRecords(_ work: Occupation, on date: LocalDate) -> [SyntheticEvent.Step] {
        var steps = endRecords { if case .enterpriseRole = $0 { true } else { false } }
        var added: [SyntheticRecord] = []
        switch traits.archetype {
        case .privateEntrepreneur:
            if Self.industry(of: work.workUnit) != nil {
                added = enterpriseRecords(company: work.workUnit, post: work.post, owner: true, on: date)
            }
        case .newSocialStratum:
            let open = state.open.first { if case .newStratum = $0.held.value { true } else { false } }
            if let group = work.newStratumGroup {
                var stratum = NewStratumRecord(group: NewStratumGroup(rawValue: group))
                stratum.subtype = subtype(group, unit: work.workUnit, post: work.post)
                if let open {
                    if case .newStratum(let held) = open.held.value, held != stratum { steps.append(.change(key: open.key, to: .newStratum(stratum))) }
                } else {
                    added.append(.newStratum(stratum))
                }
            }
        default: break
        }
        return steps + keyed(added)
    }

    /// 注销: the enterprise the person runs ends (with its pairings, memberships and roles).
    mutating func closeEnterprise() -> [SyntheticEvent.Step] {
        state.open.compactMap { entry in
            guard case .enterprise(let enterprise, _, _, _) = entry.held.value, enterprise.name == record.workUnit else { return nil }
            return .end(key: entry.key, as: entry.held.value)
        }
    }

    /// The enterprise steps of a start-up (a 新的社会阶层人士 founding their company).
    mutating func enterpriseSteps(company: String, post: String, owner: Bool, on date: LocalDate) -> [SyntheticEvent.Step] {
        guard Self.industry(of: company) != nil else { return [] }
        return keyed(enterpriseRecords(company: company, post: post, owner: owner, on: date))
    }

    /// Steps ending the open records `matching`.
    func endRecords(_ matching: (SyntheticRecord) -> Bool) -> [SyntheticEvent.Step] {
        state.open.compactMap { matching($0.held.value) ? .end(key: $0.key, as: $0.held.value) : nil }
    }

    /// `.add` steps for `records` under the next keys.
    func keyed(_ records: [SyntheticRecord]) -> [SyntheticEvent.Step] {
        records.enumerated().map { .add($1, key: nextKey + $0) }
    }

    /// 万企兴万村: enterprise `enterprise` pairs with a village of the district.
    mutating func pair(_ enterprise: Int, on date: LocalDate) {
        guard let (_, held) = state.open.first(where: { if case .enterprise(_, enterprise, _, _) = $0.held.value { true } else { false } }),
              case .enterprise(let record, _, _, _) = held.value else { return }
        let rural = region.townships.filter { !$0.name.hasSuffix("街道") }
        let town = random.element(of: rural.isEmpty ? region.townships : rural)
        let villages = units.map { plan in plan.grassroots(of: town.code).filter { plan.units[$0].kind == .village } } ?? []
        let number = random.integer(in: 1...max(villages.count, 12))
        let name = villages.indices.contains(number - 1) ? units!.units[villages[number - 1]].name
            : random.element(of: OrgUnitPlan.villageStems) + "村"
        var pairing = PairingRecord(village: town.code + "2" + CitizenIDMaker.padded(UInt64(number), to: 2), villageName: name,
                                    project: random.element(of: Self.projects))
        let committed: Int64 = switch record.scale {
        case .large?: Int64(random.integer(in: 200...1_000)) * 10_000
        case .medium?: Int64(random.integer(in: 50...300)) * 10_000
        case .small?: Int64(random.integer(in: 10...80)) * 10_000
        default: Int64(random.integer(in: 5...20)) * 10_000
        }
        pairing.committed = committed
        pairing.paid = committed * Int64(random.weighted([(100, 35), (60, 25), (40, 25), (20, 15)])) / 100
        let key = nextKey
        emit(.pairing, on: date, actor: clerk("统战部"), reason: "万企兴万村结对帮扶：\(record.name)结对\(town.name)\(name)",
             source: "\(districtName)工商业联合会", steps: [.add(.pairing(pairing, enterprise: enterprise), key: key)])
        if pairing.paid! < committed {
            let next = date.adding(days: random.integer(in: 200...500))
            if next <= spec.historyThrough { schedule(.pairingPayment(key: key), on: next) }
        }
    }

    /// A later year's payment on pairing `key`: the rest, or part of it.
    mutating func pay(_ key: Int, on date: LocalDate) {
        guard let held = state.records[key], held.to == nil, case .pairing(var pairing, let enterprise) = held.value,
              let committed = pairing.committed, let paid = pairing.paid, paid < committed else { return }
        pairing.paid = random.percent(70) ? committed : paid + (committed - paid) / 2
        emit(.pairing, on: date, actor: clerk("统战部"), reason: "万企兴万村帮扶资金到位（\(date.year)年度）",
             source: "\(districtName)工商业联合会", steps: [.change(key: key, to: .pairing(pairing, enterprise: enterprise))])
        if pairing.paid! < committed {
            let next = date.adding(days: random.integer(in: 200...400))
            if next <= spec.historyThrough { schedule(.pairingPayment(key: key), on: next) }
        }
    }

    // MARK: Organisations

    /// The organisation whose seats the person's kind holds: the 工商联 for 非公有制经济人士, the 新联会 for
    /// 新的社会阶层人士, the 侨联 for overseas contacts.
    private func seatOrganisation() -> (index: Int, category: Category)? {
        guard let organisations else { return nil }
        let kind: OrganisationKind, category: Category
        switch traits.archetype {
        case .privateEntrepreneur: (kind, category) = (.federation, .nonPublicEconomy)
        case .newSocialStratum: (kind, category) = (.newStratumAssociation, .newStratum)
        case .overseasChinese: (kind, category) = (.overseasChineseFederation, .overseasChinese)
        default: return nil
        }
        return organisations.organisation(kind, of: region.code).map { ($0, category) }
    }

    /// A seat for some of the person's kind, by their tier, in the term in force; the 换届 scheduled.
    private mutating func seats(_ memberships: [SyntheticMembership], on date: LocalDate) -> [SyntheticRecord] {
        guard let (index, category) = seatOrganisation(), let organisation = organisations?.organisations[index] else { return [] }
        for term in organisation.terms.dropFirst() where term.from > date && term.from <= spec.historyThrough {
            schedule(.organisationTerm(index), on: term.from)
        }
        guard let tier = memberships.first(where: { $0.category == category })?.tier, let term = organisation.term(on: date),
              let role = seatRole(tier: tier, relativeOnly: traits.overseasType == "QIAOJUAN") else { return [] }
        return [.seat(role, organisation: index, term: term)]
    }

    /// The role of a new seat for a member of `tier`, or nil for no seat.
    private mutating func seatRole(tier: Tier, relativeOnly: Bool) -> OrganisationRole? {
        let share = switch tier {
        case .keyRepresentative: relativeOnly ? 40 : 80
        case .representative: relativeOnly ? 25 : 55
        default: relativeOnly ? 5 : 12
        }
        guard random.percent(share) else { return nil }
        switch traits.archetype {
        case .privateEntrepreneur:
            return switch tier {
            case .keyRepresentative: random.percent(50) ? .viceChair : .standingCommittee
            case .representative: random.percent(35) ? .standingCommittee : .executiveCommittee
            default: .executiveCommittee
            }
        default:
            return switch tier {
            case .keyRepresentative: random.percent(40) ? .viceChair : .standingCommittee
            case .representative: random.percent(40) ? .standingCommittee : .director
            default: random.percent(40) ? .director : .member
            }
        }
    }

    /// The 换届 of organisation `index`: a seat of the old term ends, and most are seated again in the
    /// new one (the first 副主席 of a 工商联 to come up becomes 主席); a few 代表人士 take a first seat.
    mutating func changeSeat(_ index: Int, on date: LocalDate) {
        guard let organisation = organisations?.organisations[index], let term = organisation.term(on: date),
              let (_, category) = seatOrganisation() else { return }
        var steps: [SyntheticEvent.Step] = []
        var role: OrganisationRole?
        for entry in state.open {
            guard case .seat(let held, index, _) = entry.held.value else { continue }
            steps.append(.end(key: entry.key, as: entry.held.value))
            if random.percent(80) { role = held }
        }
        let tier = membership(category)?.tier
        if [OrganisationRole.viceChair, .standingCommittee].contains(role), !ledger.chairs.contains(index),
           [Tier.representative, .keyRepresentative].contains(tier), random.percent(60) {
            role = .chair
            ledger.chairs.insert(index)
        } else if role == nil, let tier, [Tier.representative, .keyRepresentative].contains(tier), random.percent(25) {
            role = seatRole(tier: tier, relativeOnly: false)
        }
        if let role { steps.append(.add(.seat(role, organisation: index, term: term), key: nextKey)) }
        guard !steps.isEmpty else { return }
        emit(.organisationSeat, on: date, actor: clerk("统战部"), reason: "\(organisation.name)\(organisation.terms[term].name)换届",
             source: organisation.name, steps: steps)
    }

    // MARK: New stratum, honours

    /// The local sub-type of a 新的社会阶层人士 (网络人士, 律师 …), for some.
    func subtype(_ group: String, unit: String?, post: String?) -> String? {
        let unit = unit ?? ""
        switch group {
        case "2":
            if unit.hasSuffix("律师事务所") { return "律师" }
            if unit.contains("会计师事务所") { return "注册会计师" }
            return "社会组织从业人员"
        case "3": return ["画家", "作家", "音乐人", "摄影师"].contains(post ?? "") ? "文艺工作者" : nil
        case "4": return ["主播", "短视频创作者", "自媒体博主"].contains(post ?? "") ? "网络人士" : nil
        default: return nil
        }
    }

    /// An honour for a 代表人士 of the person's kind.
    mutating func award(on date: LocalDate) {
        guard memberships.contains(where: { [Tier.representative, .keyRepresentative].contains($0.tier) }) else { return }
        let province = region.province
        let options: [(String, HonourLevel, String)] = switch traits.archetype {
        case .privateEntrepreneur:
            [("\(region.city)优秀中国特色社会主义事业建设者", .municipal, "中共\(region.city)委统战部"),
             ("\(province)优秀民营企业家", .provincial, "\(province)工商业联合会")]
        case .newSocialStratum: [("\(districtName)新的社会阶层优秀人士", .county, "中共\(districtName)委统战部")]
        case .overseasChinese:
            [("\(province)归侨侨眷先进个人", .provincial, "\(province)归国华侨联合会"),
             ("全国归侨侨眷先进个人", .national, "中华全国归国华侨联合会")]
        case .ethnicMinorityFigure, .religiousFigure:
            [("\(province)民族团结进步模范个人", .provincial, "\(province)人民政府")]
        default: [("\(region.city)统一战线先进个人", .municipal, "中共\(region.city)委统战部")]
        }
        let (name, level, body) = random.weighted(options.enumerated().map { ($1, $0 == 0 ? 85 : 15) })
        var honour = HonourRecord(name: name, level: level, body: body)
        honour.document = Paperwork.documentNumber(level == .county ? "\(region.abbreviation)统字" : "\(region.cityAbbreviation)统字",
                                                   year: date.year, random: &random)
        emit(.honour, on: date, actor: clerk("统战部"), reason: "表彰：\(name)", source: body,
             steps: [.add(.honour(honour), key: nextKey)])
    }

    // MARK: Material

    /// The GB/T 4754 门类 and 大类 a company name suggests, or nil for a name without an industry word.
    static func industry(of company: String) -> [(String, String)]? {
        industryWords.first { company.hasSuffix($0.word + "有限公司") }?.industries
    }

    static let industryWords: [(word: String, industries: [(String, String)])] = [
        ("环保科技", [("N", "77")]), ("生物医药", [("C", "27")]), ("医疗器械", [("C", "35")]), ("跨境电商", [("F", "52")]),
        ("房地产开发", [("K", "70")]), ("建筑工程", [("E", "47"), ("E", "48"), ("E", "50")]), ("餐饮管理", [("H", "62")]),
        ("农业开发", [("A", "01"), ("A", "03")]), ("机械制造", [("C", "34"), ("C", "35")]), ("文化传媒", [("R", "87"), ("L", "72")]),
        ("新材料", [("C", "30"), ("C", "26")]), ("科技", [("I", "65"), ("M", "75")]), ("商贸", [("F", "51"), ("F", "52")]),
        ("食品", [("C", "13"), ("C", "14")]), ("物流", [("G", "54"), ("G", "58"), ("G", "59")]), ("电子", [("C", "39")]),
        ("软件", [("I", "65")]), ("服装", [("C", "18")]), ("能源", [("D", "44")]), ("乳业", [("C", "14")]),
    ]

    static let streets = ["创业路", "科技路", "工业园区", "金融街", "商贸城", "新华大街", "人民路", "建设路", "迎宾大道", "经济开发区"]

    static let projects = ["肉牛养殖合作社", "设施农业大棚", "村内道路硬化", "光伏发电项目", "农产品电商销售", "乡村旅游民宿",
                           "村集体经济入股分红", "安全饮水工程", "劳务就业帮扶", "教育助学"]
}

extension Relation {
    /// Whether the relation is a brother or sister.
    var isSibling: Bool { ["70", "71", "73", "75", "77", "79"].contains(rawValue) }
}
