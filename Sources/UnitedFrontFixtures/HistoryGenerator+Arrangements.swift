import UnitedFront

/// The 政治安排 of a history: 人大代表 and 政协委员 seats (some 常委) at county and city level, ended and
/// partly re-seated at the 2022 换届.
extension HistoryGenerator {
    // MARK: 政治安排

    /// The 换届 dates: the county-level 人大 and 政协 early in January 2022, the city's a little later.
    func termChange(_ level: ArrangementLevel) -> LocalDate {
        let offset = Int(Paperwork.fnv(region.code + "换届") % 8)
        return level == .county ? LocalDate(year: 2022, month: 1, day: 4 + offset)! : LocalDate(year: 2022, month: 1, day: 14 + offset)!
    }

    /// The level of the city's bodies: provincial for a municipality such as 北京市.
    var cityLevel: ArrangementLevel { region.province == region.city ? .provincial : .municipal }

    mutating func scheduleTermChanges() {
        for level in [ArrangementLevel.county, cityLevel] {
            let date = termChange(level)
            if date > traits.registeredOn, date <= spec.historyThrough { schedule(.termChange(level), on: date) }
        }
    }

    /// A seat for someone registered as a 代表人士: most often none.
    mutating func registrationSeat(_ memberships: [SyntheticMembership]) -> ArrangementRecord? {
        if case .leadership = cadre?.kind { return nil }
        let key = memberships.contains { $0.tier == .keyRepresentative }
        guard key || memberships.contains(where: { $0.tier == .representative }), random.percent(key ? 60 : 25) else { return nil }
        let level = random.percent(key ? 35 : 10) ? cityLevel : .county
        return seat(level: level, on: traits.registeredOn, key: key)
    }

    /// A seat as 政协委员 (most) or 人大代表 at `level` in the term current on `date`.
    private mutating func seat(level: ArrangementLevel, on date: LocalDate, key: Bool) -> ArrangementRecord {
        let cppcc = random.percent(70)
        let county = level == .county
        let place = county ? districtName : region.city
        var seat = ArrangementRecord(kind: cppcc ? .cppccMember : .deputy, level: level,
                                     body: cppcc ? "政协\(place)委员会" : "\(place)人民代表大会", term: term(cppcc: cppcc, level: level, on: date))
        if cppcc {
            seat.sector = sector()
            if random.percent(key ? 35 : 8) { seat.role = .standingMember }
        }
        let year = date >= termChange(level) ? 2022 : 2017
        let abbreviation = county ? region.abbreviation : region.cityAbbreviation
        seat.document = Paperwork.documentNumber(abbreviation + (cppcc ? "政协发" : "人大常发"), year: year, random: &random)
        return seat
    }

    /// `第十届`: the 届次 current on `date`, counted from a per-district base.
    private func term(cppcc: Bool, level: ArrangementLevel, on date: LocalDate) -> String {
        let hash = Int(Paperwork.fnv(region.code + (cppcc ? "政协" : "人大") + level.rawValue) % 3)
        let base = switch (cppcc, level == .county) {
        case (true, true): 8 + hash
        case (true, false): 12 + hash
        case (false, true): 16 + hash
        case (false, false): 14 + hash
        }
        return "第\(Occupation.chineseNumber(base + (date >= termChange(level) ? 1 : 0)))届"
    }

    /// 界别: the sector a 政协委员 sits for.
    private mutating func sector() -> String {
        if let party = Self.partyNames[record.politicalStatus?.rawValue ?? ""] { return party }
        if record.politicalStatus == .nonPartisan { return "无党派人士" }
        return switch traits.archetype {
        case .privateEntrepreneur: random.element(of: ["经济界", "工商联"])
        case .newSocialStratum: "新的社会阶层人士"
        case .overseasChinese: "归国华侨联合会"
        case .hongKongMacaoTaiwan: traits.compatriotHome == "TAIWAN" ? "台湾同胞" : "特邀香港澳门人士"
        case .returnedStudent: "科学技术界"
        case .ethnicMinorityFigure: "少数民族界"
        case .religiousFigure: "宗教界"
        default: random.element(of: ["教育界", "科学技术界", "医药卫生界", "文化艺术界", "特邀人士"])
        }
    }

    /// The 换届 at `level`: seats of the old term end; most holders sit again, a few 代表人士 are newly seated.
    mutating func changeTerm(_ level: ArrangementLevel, on date: LocalDate) {
        var steps: [SyntheticEvent.Step] = []
        var seated = false
        let age = traits.age(on: date)
        for entry in state.open {
            guard case .arrangement(let seat) = entry.held.value, seat.level == level else { continue }
            seated = true
            steps.append(.end(key: entry.key, as: .arrangement(seat)))
            guard age < 65, random.percent(60) else { continue }
            var next = seat
            next.term = term(cppcc: seat.kind == .cppccMember, level: level, on: date)
            if seat.kind == .cppccMember, seat.role == nil, random.percent(12) { next.role = .standingMember }
            let abbreviation = level == .county ? region.abbreviation : region.cityAbbreviation
            next.document = Paperwork.documentNumber(abbreviation + (seat.kind == .cppccMember ? "政协发" : "人大常发"), year: date.year,
                                                     random: &random)
            steps.append(.add(.arrangement(next), key: nextKey + steps.filter { if case .add = $0 { true } else { false } }.count))
        }
        if !seated, level == .county, !state.open.contains(where: { if case .arrangement = $0.held.value { true } else { false } }) {
            let key = memberships.contains { $0.tier == .keyRepresentative }
            let representative = key || memberships.contains { $0.tier == .representative }
            if representative, age < 62, random.percent(key ? 30 : 10) {
                steps.append(.add(.arrangement(seat(level: level, on: date, key: key)), key: nextKey))
            }
        }
        guard !steps.isEmpty else { return }
        let body = level == .county ? districtName : region.city
        emit(.arrangement, on: date, actor: clerk("统战部"), reason: "\(body)人大、政协换届", source: "\(body)政协办公室", steps: steps)
    }
}
