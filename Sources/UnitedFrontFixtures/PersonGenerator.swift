import UnitedFront

/// Generates the people of a ``PopulationSpec`` one after another: person *n* draws everything from
/// stream *n* of the seed, and takes its identity numbers from a ``DocumentIssuer`` shared with the
/// people before it, so numbers are unique in the population.
struct PersonGenerator: Sendable {
    let spec: PopulationSpec
    private var issuer: DocumentIssuer
    private var nextID = 0
    private let units: OrgUnitPlan
    private let organisations: OrganisationPlan
    private var ledger = EntityLedger()

    init(spec: PopulationSpec) {
        spec.validate()
        self.spec = spec
        issuer = DocumentIssuer(seed: spec.seed, birthYears: spec.birthYears)
        units = OrgUnitPlan(regions: spec.regions)
        organisations = OrganisationPlan(regions: spec.regions, units: units, firstYear: spec.registrationYears.lowerBound)
    }

    /// A 侨眷's link to a 华侨 or 归侨 generated before them: who, what the relative is to the 侨眷, and
    /// the 侨眷's generation relative to them (1: a parent, -1: a child, 0: a sibling, spouse or other).
    struct OverseasLink: Sendable {
        var anchor: EntityLedger.Anchor
        var relation: Relation
        var generation: Int
        var word: String
    }

    /// The traits a history is built from.
    struct Traits: Sendable {
        var id: Int
        var region: RegionProfile
        var archetype: Archetype
        var ethnicity: String
        var sex: String
        var birthDate: LocalDate
        var registeredOn: LocalDate
        var cadre: CadrePosition?
        var overseasType: String?
        var compatriotHome: String?
        var newStratumGroup: String?
        /// For a 华侨, 归侨 or 侨眷: the country (Chinese name) abroad.
        var overseasCountry: String?
        /// For a 侨眷: the 华侨 or 归侨 they are a relative of.
        var overseasLink: OverseasLink?

        /// The age on `date`.
        func age(on date: LocalDate) -> Int { birthDate.years(until: date) }
        /// The cadre retirement age: 60, or 55 for women below 县处级.
        var retirementAge: Int {
            if case .leadership = cadre?.kind { return 60 }
            return sex == "2" ? 55 : 60
        }
    }

    mutating func next() -> SyntheticPerson {
        let id = nextID
        nextID += 1
        var random = SeededRandom(seed: spec.seed, stream: UInt64(id))
        let region = spec.regions[random.weighted(spec.regions.indices.map { ($0, spec.regions[$0].weight) })]
        var ethnicity = random.weighted(region.ethnicMix.map { ($0.ethnicity, $0.weight) })
        var archetype = Self.archetype(mix: spec.mix, ethnicity: ethnicity, random: &random)
        if archetype == .hongKongMacaoTaiwan { ethnicity = "01" }
        let malePercent = switch archetype {
        case .nonPartyCadre: 62
        case .privateEntrepreneur: 78
        case .religiousFigure: 80
        case .hongKongMacaoTaiwan: 70
        case .overseasChinese: 50
        default: 55
        }
        let sex = random.percent(malePercent) ? "1" : "2"
        let firstDay = LocalDate(year: spec.registrationYears.lowerBound, month: 1, day: 1)!
        let lastDay = LocalDate(year: spec.registrationYears.upperBound, month: 12, day: 31)!
        let registeredOn = firstDay.adding(days: random.below(lastDay.daysSince1970 - firstDay.daysSince1970 + 1))

        // Identity document: the birth date comes with a citizen ID's allocation.
        var record = MemberRecord(name: "")
        var overseasType: String?
        var compatriotHome: String?
        let birthDate: LocalDate
        switch archetype {
        case .hongKongMacaoTaiwan:
            let home = random.weighted([("HONG_KONG", 50), ("MACAO", 15), ("TAIWAN", 35)])
            compatriotHome = home
            if random.percent(50) {
                let address = ["HONG_KONG": "810000", "MACAO": "820000", "TAIWAN": "830000"][home]!
                let issued = issuer.citizenID(address: address, sex: sex)
                record.documentType = DocumentType.residencePermitForHKMacaoTaiwan
                record.documentNumber = issued.number
                birthDate = issued.birthDate
            } else {
                record.documentType = home == "TAIWAN" ? "511" : "516"
                record.documentNumber = issuer.serial(home, prefix: ["HONG_KONG": "H", "MACAO": "M", "TAIWAN": ""][home]!,
                                                      digits: 8)
                birthDate = issuer.firstBirthDate.adding(days: random.below(Int(issuer.birthDays)))
            }
        case .overseasChinese:
            let type = random.weighted([("HUAQIAO", 15), ("GUIQIAO", 20), ("QIAOJUAN", 65)])
            overseasType = type
            if type == "HUAQIAO" {
                record.documentType = "414"
                record.documentNumber = issuer.serial("passport", prefix: "E", digits: 8)
                birthDate = issuer.firstBirthDate.adding(days: random.below(Int(issuer.birthDays)))
            } else {
                let issued = issuer.citizenID(address: region.code, sex: sex)
                record.documentNumber = issued.number
                birthDate = issued.birthDate
            }
        default:
            let issued = issuer.citizenID(address: region.code, sex: sex)
            record.documentNumber = issued.number
            birthDate = issued.birthDate
        }
        if archetype == .nonPartyCadre, birthDate.years(until: registeredOn) >= (sex == "2" ? 53 : 58) {
            archetype = .democraticPartyMember  // too close to retirement to be registered as a serving cadre
        }

        var traits = Traits(id: id, region: region, archetype: archetype, ethnicity: ethnicity, sex: sex,
                            birthDate: birthDate, registeredOn: registeredOn, overseasType: overseasType,
                            compatriotHome: compatriotHome)
        record.name = NameGenerator.name(ethnicity: ethnicity, sex: sex, birthYear: birthDate.year, random: &random)
        record[.sex] = sex
        record.birthDate = birthDate
        record[.ethnicity] = ethnicity
        record.nativePlace = Self.nativePlace(traits, random: &random)
        record[.education] = Self.education(archetype, random: &random)
        record[.politicalStatus] = Self.politicalStatus(traits, age: birthDate.years(until: registeredOn), random: &random)

        let age = birthDate.years(until: registeredOn)
        let work: Occupation
        switch archetype {
        case .nonPartyCadre:
            let rank = Self.cadreRank(age: age, random: &random)
            let position = CadrePosition.random(rank: rank, in: region, random: &random)
            traits.cadre = position
            work = Occupation(position.workUnit, position.post(at: rank), rank: rank)
        case .democraticPartyMember, .nonPartisan, .nonPartyIntellectual:
            work = Occupation.professional(in: region, random: &random)
        case .privateEntrepreneur: work = Occupation.entrepreneur(in: region, random: &random)
        case .newSocialStratum: work = Occupation.newStratum(in: region, random: &random)
        case .overseasChinese:
            work = Occupation.overseas(overseasType!, birthYear: birthDate.year, in: region, random: &random)
        case .hongKongMacaoTaiwan: work = Occupation.compatriot(from: compatriotHome!, in: region, random: &random)
        case .returnedStudent: work = Occupation.returnee(in: region, random: &random)
        case .ethnicMinorityFigure: work = Occupation.minorityFigure(ethnicity: ethnicity, in: region, random: &random)
        case .religiousFigure: work = Occupation.religious(ethnicity: ethnicity, in: region, random: &random)
        }
        traits.newStratumGroup = work.newStratumGroup
        traits.overseasCountry = work.country
        record.workUnit = work.workUnit
        record.post = work.post
        record[.rank] = work.rank
        record.notes = work.notes
        if overseasType == "QIAOJUAN", let link = Self.overseasLink(sex: sex, birthYear: birthDate.year, region: region.code,
                                                                    among: ledger.anchors, random: &random) {
            traits.overseasLink = link
            traits.overseasCountry = link.anchor.country
            record.notes = "侨眷：\(link.word)\(link.anchor.name)为" + (link.anchor.type == "HUAQIAO" ? "华侨，旅居\(link.anchor.country)" : "归侨")
        }
        let town = random.element(of: region.townships)
        record.region = town.code
        if overseasType != "HUAQIAO" || random.percent(40) {
            record.mobile = Self.mobile(random: &random)
        }
        record.email = Self.email(mobile: record.mobile, random: &random)
        record.address = Self.address(in: region, town: town, random: &random)

        let memberships = Self.memberships(traits, record: record, random: &random)
        var history = HistoryGenerator(traits: traits, spec: spec, units: units, random: random)
        history.organisations = organisations
        history.ledger = ledger
        ledger = EntityLedger()  // one owner at a time, so that appending never copies the notes
        let events = history.build(record: record, memberships: memberships)
        swap(&ledger, &history.ledger)
        guard case .register(let registered) = events[0].steps[0] else { preconditionFailure("a history starts with the registration") }
        let person = SyntheticPerson(id: id, archetype: archetype, regionCode: region.code, record: registered, events: events)
        leaveNotes(person, records: history.state.records, traits: traits)
        return person
    }

    /// Notes what later people may refer to: the person's enterprises that never end, and the person
    /// as a 华侨 or 归侨 (with the household they head).
    private mutating func leaveNotes(_ person: SyntheticPerson, records: [Int: SyntheticState.Held], traits: Traits) {
        for event in person.events {
            for case .add(let value, let key) in event.steps {
                if case .enterprise(let enterprise, let index, _, _) = value, records[key]?.to == nil {
                    ledger.note(EntityLedger.Enterprise(index: index, regionCode: person.regionCode, name: enterprise.name,
                                                        recordedAt: event.recordedAt))
                }
            }
        }
        guard let type = traits.overseasType, type == "HUAQIAO" || type == "GUIQIAO", let country = traits.overseasCountry else { return }
        var anchor = EntityLedger.Anchor(person: person.id, regionCode: person.regionCode, name: person.record.name, sex: traits.sex,
                                         birthYear: traits.birthDate.year, type: type, country: country,
                                         recordedAt: person.registration.recordedAt)
        for event in person.events {
            for case .add(.household(_, let index, _), _) in event.steps {
                anchor.household = EntityLedger.Household(index: index, recordedAt: event.recordedAt, headIsAnchor: true, headGeneration: 0,
                                                          headIsSibling: true,
                                                          headSex: traits.sex, headBirthYear: traits.birthDate.year)
            }
        }
        ledger.note(anchor)
    }

    /// A 华侨 or 归侨 of the district (of any district when none) for a 侨眷 to be a relative of, and how
    /// they are related, plausible for their sexes and ages; nil before any.
    static func overseasLink(sex: String, birthYear: Int, region: String, among anchors: [EntityLedger.Anchor],
                             random: inout SeededRandom) -> OverseasLink? {
        let local = anchors.filter { $0.regionCode == region }
        guard random.percent(92), let anchor = local.isEmpty ? anchors.last : random.element(of: local) else { return nil }
        let older = birthYear - anchor.birthYear  // > 0: the relative is older
        let male = anchor.sex == "1"
        if older >= 18 { return OverseasLink(anchor: anchor, relation: male ? .father : .mother, generation: -1, word: male ? "父亲" : "母亲") }
        if older <= -18 { return OverseasLink(anchor: anchor, relation: male ? "20" : "30", generation: 1, word: male ? "儿子" : "女儿") }
        if abs(older) <= 10 {
            if anchor.sex != sex, random.percent(30) {
                return OverseasLink(anchor: anchor, relation: male ? .husband : .wife, generation: 0, word: male ? "丈夫" : "妻子")
            }
            let (relation, word): (Relation, String) = switch (male, older >= 0) {
            case (true, true): (.elderBrother, "哥哥")
            case (true, false): (.youngerBrother, "弟弟")
            case (false, true): (.elderSister, "姐姐")
            case (false, false): (.youngerSister, "妹妹")
            }
            return OverseasLink(anchor: anchor, relation: relation, generation: 0, word: word)
        }
        return OverseasLink(anchor: anchor, relation: .otherRelative, generation: 0, word: "亲属")
    }

    // MARK: Traits

    static func archetype(mix: [Archetype: Int], ethnicity: String, random: inout SeededRandom) -> Archetype {
        let choices = Archetype.allCases.map { kind in
            (kind, kind == .ethnicMinorityFigure && ethnicity == "01" ? 0 : max(0, mix[kind] ?? 0))
        }
        guard choices.contains(where: { $0.1 > 0 }) else { return .nonPartyIntellectual }
        return random.weighted(choices)
    }

    static func cadreRank(age: Int, random: inout SeededRandom) -> String {
        switch age {
        case ..<28: random.weighted([("160", 20), ("150", 80)])
        case 28..<35: random.weighted([("150", 40), ("142", 55), ("141", 5)])
        case 35..<45: random.weighted([("150", 8), ("142", 45), ("141", 35), ("132", 12)])
        case 45..<55: random.weighted([("142", 25), ("141", 40), ("132", 28), ("131", 5), ("122", 2)])
        default: random.weighted([("142", 15), ("141", 40), ("132", 35), ("131", 8), ("122", 2)])
        }
    }

    static func education(_ archetype: Archetype, random: inout SeededRandom) -> String {
        switch archetype {
        case .nonPartyCadre: random.weighted([("14", 30), ("21", 60), ("31", 10)])
        case .democraticPartyMember, .nonPartyIntellectual: random.weighted([("11", 15), ("14", 35), ("21", 45), ("31", 5)])
        case .nonPartisan: random.weighted([("11", 20), ("14", 35), ("21", 45)])
        case .privateEntrepreneur: random.weighted([("14", 15), ("21", 40), ("31", 25), ("41", 10), ("61", 10)])
        case .newSocialStratum: random.weighted([("14", 15), ("21", 55), ("31", 25), ("61", 5)])
        case .overseasChinese: random.weighted([("21", 35), ("31", 25), ("61", 25), ("71", 15)])
        case .hongKongMacaoTaiwan: random.weighted([("14", 20), ("21", 50), ("31", 30)])
        case .returnedStudent: random.weighted([("11", 30), ("14", 70)])
        case .ethnicMinorityFigure: random.weighted([("14", 15), ("21", 50), ("31", 25), ("41", 10)])
        case .religiousFigure: random.weighted([("21", 20), ("31", 20), ("41", 20), ("61", 20), ("71", 20)])
        }
    }

    /// GB/T 4762: democratic parties 04–11 where the kind of person calls for it, 12 only for
    /// certified 无党派人士, 13 群众 for most others, 01 中共党员 rarely and never for 党外 kinds.
    static func politicalStatus(_ traits: Traits, age: Int, random: inout SeededRandom) -> String {
        switch traits.archetype {
        case .nonPartyCadre:
            let choice = random.weighted([("party", 45), ("12", 15), ("13", 40)])
            return choice == "party" ? party(for: traits.archetype, random: &random) : choice
        case .democraticPartyMember: return party(for: traits.archetype, random: &random)
        case .nonPartisan: return random.percent(85) ? "12" : "13"  // 13: nominated, not yet certified
        case .privateEntrepreneur:
            let choice = random.weighted([("13", 78), ("party", 17), ("01", 5)])
            return choice == "party" ? party(for: .privateEntrepreneur, random: &random) : choice
        case .newSocialStratum, .returnedStudent, .overseasChinese, .ethnicMinorityFigure:
            // 少数民族代表人士 are 党外人士: never 中共党员. The others occasionally are.
            let communist = traits.archetype == .ethnicMinorityFigure ? 0 : 3
            let choice = random.weighted([("13", 80), ("party", 15), ("01", communist), ("03", age < 28 ? 10 : 0)])
            return choice == "party" ? party(for: traits.archetype, random: &random) : choice
        case .hongKongMacaoTaiwan:
            return traits.compatriotHome == "TAIWAN" && random.percent(10) ? "11" : "13"
        case .religiousFigure: return "13"
        case .nonPartyIntellectual: return random.percent(85) ? "13" : party(for: .nonPartyIntellectual, random: &random)
        }
    }

    /// One of the eight democratic parties (GB/T 4762 04–11), weighted by the kind of person.
    static func party(for archetype: Archetype, random: inout SeededRandom) -> String {
        switch archetype {
        case .privateEntrepreneur:
            random.weighted([("06", 60), ("04", 10), ("09", 10), ("05", 10), ("07", 5), ("08", 5)])
        case .overseasChinese, .returnedStudent:
            random.weighted([("09", 50), ("05", 15), ("10", 15), ("04", 10), ("11", 5), ("06", 5)])
        default:
            random.weighted([("04", 10), ("05", 22), ("06", 12), ("07", 18), ("08", 14), ("09", 6), ("10", 15), ("11", 3)])
        }
    }

    static func nativePlace(_ traits: Traits, random: inout SeededRandom) -> String {
        if let home = traits.compatriotHome {
            return ["HONG_KONG": "香港", "MACAO": "澳门", "TAIWAN": random.element(of: ["台湾台北", "台湾台中", "台湾高雄"])][home]!
        }
        let region = traits.region
        let local = region.province == region.city ? region.cityStem : region.provinceStem + region.cityStem
        let localShare = traits.ethnicity == "01" ? 70 : 90
        return random.percent(localShare) ? local : random.element(of: [
            "山东济南", "河北保定", "河南周口", "山西大同", "陕西西安", "四川成都", "湖南长沙", "湖北武汉", "江苏南京",
            "浙江温州", "辽宁沈阳", "黑龙江哈尔滨", "甘肃天水", "安徽合肥", "江西赣州", "福建泉州",
        ])
    }

    static func mobile(random: inout SeededRandom) -> String {
        let prefix = random.element(of: [
            "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155",
            "156", "157", "158", "159", "166", "176", "177", "178", "180", "181", "182", "183", "184", "185", "186",
            "187", "188", "189", "191", "193", "195", "198", "199",
        ])
        return prefix + CitizenIDMaker.padded(UInt64(random.below(100_000_000)), to: 8)
    }

    static func email(mobile: String?, random: inout SeededRandom) -> String? {
        guard random.percent(30) else { return nil }
        if let mobile, random.percent(60) { return mobile + random.element(of: ["@139.com", "@163.com", "@126.com"]) }
        return String(random.integer(in: 10_000...2_999_999_999)) + "@qq.com"
    }

    static func address(in region: RegionProfile, town: RegionProfile.Township, random: inout SeededRandom) -> String {
        let community = random.element(of: [
            "阳光花园", "锦绣家园", "书香苑", "翠湖小区", "和平里", "金色家园", "丽景湾", "幸福里", "名都花园", "滨河小区",
            "青年公寓", "紫薇苑", "电力小区", "教育小区", "财政小区", "文化家园", "新华园", "东方花园",
        ])
        let province = region.province == region.city ? "" : region.province
        return "\(province)\(region.city)\(region.district)\(town.name)\(community)\(random.integer(in: 1...32))号楼"
            + "\(random.integer(in: 1...6))单元\(random.integer(in: 1...28))\(CitizenIDMaker.padded(UInt64(random.integer(in: 1...4)), to: 2))室"
    }

    // MARK: Categories

    /// The memberships a person enters the register with, consistent with the record:
    /// DEMOCRATIC_PARTY iff political status 04–11; NON_PARTISAN for 12 (certified) or a nominated
    /// candidate; ETHNIC_MINORITY only for ethnicity ≠ 01; nothing 党外 for 中共党员.
    static func memberships(_ traits: Traits, record: MemberRecord, random: inout SeededRandom) -> [SyntheticMembership] {
        var result: [SyntheticMembership] = []
        func add(_ category: Category, primary: Bool, sources: [(CategorySource, Int)]) {
            guard !result.contains(where: { $0.category == category }) else { return }
            result.append(SyntheticMembership(category: category, tier: tier(primary: primary, random: &random),
                                              source: random.weighted(sources)))
        }
        let status = record.politicalStatus ?? "13"
        let isCPC = status == "01" || status == "02"
        let survey: [(CategorySource, Int)] = [(.survey, 60), (.selfReported, 25), (.nominated, 15)]
        switch traits.archetype {
        case .nonPartyCadre:
            result.append(SyntheticMembership(category: .nonPartyCadre, tier: cadreTier(rank: record[.rank] ?? "150", random: &random),
                                              source: random.weighted([(CategorySource.nominated, 50), (.survey, 50)])))
        case .democraticPartyMember: break  // DEMOCRATIC_PARTY follows from the political status below
        case .nonPartisan:
            result.append(status == "12"
                ? SyntheticMembership(category: .nonPartisan, tier: tier(primary: true, random: &random), source: .certified)
                : SyntheticMembership(category: .nonPartisan, tier: .general, source: .nominated))
        case .privateEntrepreneur: add(.nonPublicEconomy, primary: true, sources: [(.survey, 70), (.selfReported, 20), (.nominated, 10)])
        case .newSocialStratum: add(.newStratum, primary: true, sources: [(.survey, 60), (.selfReported, 40)])
        case .overseasChinese:
            add(.overseasChinese, primary: true, sources: traits.overseasType == "HUAQIAO"
                ? [(.survey, 60), (.selfReported, 40)] : [(.certified, 60), (.survey, 40)])
        case .hongKongMacaoTaiwan:
            add(traits.compatriotHome == "TAIWAN" ? .taiwan : .hongKongMacao, primary: true, sources: survey)
        case .returnedStudent: add(.studyAbroad, primary: true, sources: survey)
        case .ethnicMinorityFigure: add(.ethnicMinority, primary: true, sources: [(.nominated, 50), (.survey, 50)])
        case .religiousFigure: add(.religious, primary: true, sources: [(.nominated, 50), (.survey, 50)])
        case .nonPartyIntellectual: add(.nonPartyIntellectual, primary: true, sources: [(.survey, 80), (.nominated, 20)])
        }
        if ["04", "05", "06", "07", "08", "09", "10", "11"].contains(status) {
            add(.democraticParty, primary: traits.archetype == .democraticPartyMember,
                sources: [(.survey, 60), (.selfReported, 40)])
        }
        if status == "12" { add(.nonPartisan, primary: false, sources: [(.certified, 1)]) }
        guard !isCPC else { return result }
        let collegeOrHigher = ["11", "14", "21", "31"].contains(record.education ?? "")
        let intellectualShare = switch traits.archetype {
        case .democraticPartyMember, .returnedStudent: 50
        case .nonPartisan: 40
        case .nonPartyCadre: 0
        default: 10
        }
        if collegeOrHigher, random.percent(intellectualShare) { add(.nonPartyIntellectual, primary: false, sources: survey) }
        if traits.ethnicity != "01", random.percent(30) {
            add(.ethnicMinority, primary: false, sources: [(.nominated, 50), (.survey, 50)])
        }
        return result
    }

    /// The tier of a membership: the person's main category is more often representative.
    static func tier(primary: Bool, random: inout SeededRandom) -> Tier {
        primary ? random.weighted([(.general, 58), (.representative, 26), (.keyRepresentative, 5), (.reserve, 11)])
            : random.weighted([(.general, 76), (.representative, 16), (.keyRepresentative, 3), (.reserve, 5)])
    }

    /// A cadre's tier follows the rank: young officers make up the reserve pool (后备), leaders the key figures.
    static func cadreTier(rank: String, random: inout SeededRandom) -> Tier {
        switch rank {
        case "160", "150": random.weighted([(.general, 40), (.reserve, 60)])
        case "142": random.weighted([(.general, 20), (.representative, 35), (.reserve, 42), (.keyRepresentative, 3)])
        case "141": random.weighted([(.general, 15), (.representative, 45), (.reserve, 30), (.keyRepresentative, 10)])
        default: random.weighted([(.representative, 55), (.keyRepresentative, 45)])
        }
    }
}
