import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

/// The yearly work report of a hand-built district (新城区, 2022) whose every figure is counted by hand,
/// with the traps the rules name: an archived member, a 中共党员 post holder, a pairing ended 2022-01-01,
/// a training participant archived on the day, engagements organised outside the subtree, and facts
/// back-dated into 2022 but recorded in 2023 (the report as known at 31 December vs now).
@Suite("The yearly work report of a hand-built district")
struct WorkReportTests {
    let clock = TestClock("2022-12-20T09:00:00+08:00")
    let register: Register
    let city: OrgUnitID, district: OrgUnitID, north: OrgUnitID, south: OrgUnitID, outside: OrgUnitID
    /// m[0] 张敏 … m[13]; see `init` for what each holds.
    let m: [MemberID]
    /// E1, E2, E4 owned by north, E3 by the outside district.
    let e: [EnterpriseID]
    let h: [HouseholdID]
    let visit: EngagementID, outsideVisit: EngagementID, problem: EngagementID, training: EngagementID, forum: EngagementID
    let condolence: EngagementID, lateVisit: EngagementID
    let attendances: [ParticipantID]
    let recommended: WorkflowID, waiting: WorkflowID, certified: WorkflowID
    let pairingA: PairingID
    let townshipChamber: OrganisationID, industryChamber: OrganisationID, cityChamber: OrganisationID

    init() throws {
        let register = try Register.inMemory(clock: clock.read)
        self.register = register
        func unit(_ name: String, _ kind: OrgUnitKind, _ parent: OrgUnitID?) throws -> OrgUnitID {
            try register.addOrgUnit(OrgUnitRecord(name: name, kind: kind, parent: parent), effective: "2018-01-01", by: clerk)
        }
        let city = try unit("呼和浩特市委统战部", .unitedFrontDepartment, nil)
        let district = try unit("新城区委统战部", .unitedFrontDepartment, city)
        let north = try unit("锡林路街道", .subdistrict, district)
        let south = try unit("东风路街道", .subdistrict, district)
        let outside = try unit("回民区委统战部", .unitedFrontDepartment, city)
        let units = [north, south, south, south, outside, north, north, south, north, outside, north, north, north, north]
        let statuses: [PoliticalStatus] = [.masses, .cpcMember, .democraticLeague, .masses, .masses, .masses, .masses, .masses,
                                           .masses, .masses, .masses, .masses, .masses, .masses]
        let m = try (0..<14).map { index in
            var record = MemberRecord(name: "成员\(index)")
            record.politicalStatus = statuses[index]
            record.orgUnit = units[index]
            return try register.add(record, effective: "2018-01-01", by: clerk)
        }
        // Categories: m0 and m1 (a 中共党员 recorded in a 党外 category: counted as recorded) and m4 (outside)
        // 党外干部; m2 民主党派 until archived; m12 华侨、归侨及侨眷.
        try register.write(by: clerk) { tx in
            try tx.enter(m[0], category: .nonPartyCadre, tier: .representative, effective: "2018-01-01")
            try tx.enter(m[1], category: .nonPartyCadre, effective: "2018-01-01")
            try tx.enter(m[4], category: .nonPartyCadre, effective: "2018-01-01")
            try tx.enter(m[2], category: .democraticParty, effective: "2018-01-01")
            try tx.enter(m[12], category: .overseasChinese, effective: "2018-01-01")
        }
        // Posts: m0 副科 leader since 2019 (and pool from 2022-06-01); m1 正科 leader but 中共党员; m2 副科 leader,
        // archived 2022-10-01 (the archive ends the post: an adjustment judged on 2022-09-30); m3 副科 leader
        // from 2022-07-01; m4 副科 leader outside the district.
        try register.write(by: clerk) { tx in
            try tx.add(PostRecord(unit: "新城区教育局", title: "副局长", rank: .deputySection, leadership: true), for: m[0], effective: "2019-05-01")
            try tx.add(PoolRecord(targetRank: .section), for: m[0], effective: "2022-06-01")
            try tx.add(PostRecord(unit: "新城区财政局", title: "局长", rank: .section, leadership: true), for: m[1], effective: "2018-01-01")
            try tx.add(PostRecord(unit: "新城区卫健委", title: "副主任", rank: .deputySection, leadership: true), for: m[2], effective: "2018-01-01")
            try tx.add(PoolRecord(targetRank: .section), for: m[2], effective: "2021-01-01")
            try tx.add(PostRecord(unit: "新城区文联", title: "副主席", rank: .deputySection, leadership: true), for: m[3], effective: "2022-07-01")
            try tx.add(PostRecord(unit: "回民区科协", title: "副主席", rank: .deputySection, leadership: true), for: m[4], effective: "2018-01-01")
        }
        try register.archive(m[2], effective: "2022-10-01", by: clerk)

        // 无党派人士认定: m6 推荐 2022-05-10, 考察 2022-09-01 (awaiting, recommended in 2022); m7 推荐 2021-11-01
        // (awaiting, recommended in 2021); m8 推荐 2022-03-01 … 认定 2022-10-01 (recommended, certified); m9
        // outside 推荐 2022-04-01.
        let office = Attribution(actor: "区委统战部 李科长", reason: "无党派人士认定")
        let recommended = try register.recordStep(WorkflowStepRecord("推荐", effective: "2022-05-10", actor: "党总支"),
                                                  kind: .nonPartisanCertification, for: m[6], by: office)
        try register.recordStep(WorkflowStepRecord("考察", effective: "2022-09-01", opinion: "考察合格"), in: recommended, by: office)
        let waiting = try register.recordStep(WorkflowStepRecord("推荐", effective: "2021-11-01", actor: "党支部"),
                                              kind: .nonPartisanCertification, for: m[7], by: office)
        let certified = try register.recordStep(WorkflowStepRecord("推荐", effective: "2022-03-01", actor: "党支部"),
                                                kind: .nonPartisanCertification, for: m[8], by: office)
        try register.recordStep(WorkflowStepRecord("考察", effective: "2022-06-01", opinion: "合格"), in: certified, by: office)
        try register.recordStep(WorkflowStepRecord("认定", effective: "2022-10-01", actor: "市委统战部", documentNumber: "呼统发〔2022〕9号"),
                                in: certified, by: office)
        try register.recordStep(WorkflowStepRecord("推荐", effective: "2022-04-01", actor: "党支部"),
                                kind: .nonPartisanCertification, for: m[9], by: office)

        // Enterprises and households.
        let codes = ["91150102MA0N2XE1AD", "91150102MA0N2XE2BH", "91150102MA0N2XE3CM", "91150102MA0N2XE4DR"]
        let e = try codes.enumerated().map { index, code in
            var enterprise = EnterpriseRecord(creditCode: code, name: "企业\(index + 1)")
            enterprise.orgUnit = index == 2 ? outside : north
            return try register.add(enterprise, effective: "2018-01-01", by: clerk)
        }
        let h = try (1...2).map { try register.add(HouseholdRecord(name: "户\($0)"), effective: "2018-01-01", by: clerk) }
        try register.write(by: clerk) { tx in
            try tx.add(HouseholdMembershipRecord(household: h[0]), for: m[12], effective: "2018-01-01")
            try tx.add(OverseasRecord(type: .guiqiao, country: "CHN"), for: m[12], effective: "2018-01-01")
            try tx.add(HouseholdMembershipRecord(household: h[1]), for: m[13], effective: "2018-01-01")
        }
        try register.archive(m[11], effective: "2022-05-10", by: clerk)

        func engagement(_ kind: EngagementKind, _ date: LocalDate, by unit: OrgUnitID, sessions: Int? = nil,
                        _ participants: [ParticipantRecord] = []) throws -> (EngagementID, [ParticipantID]) {
            try register.write(by: clerk) { tx in
                var record = EngagementRecord(kind: kind, title: "\(kind.rawValue) \(date)", organiser: unit)
                record.sessions = sessions
                let id = try tx.add(record, effective: date)
                return (id, try participants.map { try tx.add($0, to: id) })
            }
        }
        // 走访: north visits E1 and E2; the outside district visits E3 (not counted).
        visit = try engagement(.visit, "2022-03-01", by: north, [ParticipantRecord(enterprise: e[0]), ParticipantRecord(enterprise: e[1])]).0
        outsideVisit = try engagement(.visit, "2022-04-01", by: outside, [ParticipantRecord(enterprise: e[2])]).0
        // 问题诉求 raised 2021, solved 2022-02-15.
        let problem = try engagement(.problem, "2021-11-01", by: south, [ParticipantRecord(enterprise: e[0])]).0
        self.problem = problem
        try register.write(by: clerk) { tx in _ = try tx.change(problem, effective: "2022-02-15") { $0.outcome = .solved } }
        // 培训 by the district on 2022-05-10, 2 sessions: m0 at both, m3 at the first (3 人次, 2 人); m11,
        // archived that day, does not count.
        let (training, participants) = try engagement(.training, "2022-05-10", by: district, sessions: 2, [
            ParticipantRecord(member: m[0], role: "学员", session: 1), ParticipantRecord(member: m[0], session: 2),
            ParticipantRecord(member: m[3], session: 1), ParticipantRecord(member: m[11], session: 1),
        ])
        self.training = training
        attendances = Array(participants.prefix(3))
        // Forums: a 座谈 in the south; a 联谊 outside (not counted).
        forum = try engagement(.forum, "2022-07-01", by: south).0
        _ = try engagement(.fellowship, "2022-08-01", by: outside)
        // 慰问: H1 (m12 归侨) counts, H2 (no overseas record) does not.
        condolence = try engagement(.condolence, "2022-09-01", by: north,
                                    [ParticipantRecord(household: h[0]), ParticipantRecord(household: h[1])]).0

        // 万企兴万村: E1 with village A in force; E2's pairing ended 2022-01-01; E3 is outside.
        var pairingA: PairingID?
        try register.write(by: clerk) { tx in
            pairingA = try tx.add(PairingRecord(village: "150102001201"), for: e[0], effective: "2021-06-01")
            let ended = try tx.add(PairingRecord(village: "150102001202"), for: e[1], effective: "2020-01-01")
            try tx.end(ended, effective: "2022-01-01")
            try tx.add(PairingRecord(village: "150104001201"), for: e[2], effective: "2021-01-01")
        }
        self.pairingA = try #require(pairingA)

        // Organisations: the 工商联 (not a 商会), a 街道 商会 (north), an industry 商会 (the district), a city
        // 异地商会 covering the district from above, and the outside district's 商会.
        var chambers: [OrganisationID] = []
        try register.write(by: clerk) { tx in
            func organisation(_ name: String, _ kind: OrganisationKind, area: OrgUnitID) throws -> OrganisationID {
                var record = OrganisationRecord(name: name, kind: kind)
                record.area = area
                return try tx.add(record, effective: "2018-01-01")
            }
            let federation = try organisation("新城区工商联", .federation, area: district)
            let township = try organisation("锡林路街道商会", .townshipChamber, area: north)
            let industry = try organisation("新城区乳业商会", .industryChamber, area: district)
            let cityChamber = try organisation("呼和浩特市浙江商会", .remoteChamber, area: city)
            let outsideChamber = try organisation("回民区商会", .chamber, area: outside)
            try tx.add(EnterpriseMembershipRecord(organisation: township), for: e[0], effective: "2019-01-01")
            try tx.add(EnterpriseMembershipRecord(organisation: federation), for: e[1], effective: "2019-01-01")
            try tx.add(EnterpriseMembershipRecord(organisation: outsideChamber), for: e[2], effective: "2019-01-01")
            chambers = [township, industry, cityChamber]
        }
        (townshipChamber, industryChamber, cityChamber) = (chambers[0], chambers[1], chambers[2])

        // Recorded in 2023, back-dated into 2022: m5's 副科 post from 2022-11-01 and a 走访 of E4 on 2022-12-15.
        clock.set("2023-01-10T09:00:00+08:00")
        try register.add(PostRecord(unit: "新城区科技局", title: "副局长", rank: .deputySection, leadership: true), for: m[5],
                         effective: "2022-11-01", by: clerk)
        lateVisit = try engagement(.visit, "2022-12-15", by: south, [ParticipantRecord(enterprise: e[3])]).0

        (self.city, self.district, self.north, self.south, self.outside) = (city, district, north, south, outside)
        (self.m, self.e, self.h) = (m, e, h)
        (self.recommended, self.waiting, self.certified) = (recommended, waiting, certified)
    }

    /// The hand-counted figures of 2022 for the district, as known now (`late` true) or at the end of 2022.
    func expected(late: Bool) -> [String: [WorkReportSubject]] {
        func members(_ indexes: [Int]) -> [WorkReportSubject] { indexes.map { .member(m[$0]) } }
        var figures: [String: [WorkReportSubject]] = [
            "people_non_party_cadre": members([0, 1]), "people_non_partisan": members([8]), "people_overseas_chinese": members([12]),
            "adjusted_cadres": members(late ? [2, 3, 5] : [2, 3]),
            "leading_cadres": members(late ? [0, 3, 5] : [0, 3]),
            "reserve_pool": members([0]),
            "nonpartisan_recommended": members([6, 8]),
            "nonpartisan_awaiting": members([6, 7]),
            "forums": [.engagement(forum)],
            "training_sessions": [.session(training, number: 1), .session(training, number: 2)],
            "attendances": [.attendance(training, participant: attendances[0], member: m[0]),
                            .attendance(training, participant: attendances[1], member: m[0]),
                            .attendance(training, participant: attendances[2], member: m[3])],
            "attendees": members([0, 3]),
            "chambers": [townshipChamber, industryChamber, cityChamber].map(WorkReportSubject.organisation),
            "chamber_member_enterprises": [.enterprise(e[0])],
            "federation_member_enterprises": [.enterprise(e[1])],
            "enterprises_visited": (late ? [0, 1, 3] : [0, 1]).map { .enterprise(e[$0]) },
            "visits": late ? [.engagement(visit), .engagement(lateVisit)] : [.engagement(visit)],
            "problems_solved": [.engagement(problem)],
            "paired_enterprises": [.enterprise(e[0])],
            "paired_villages": [.village("150102001201")],
            "overseas_households_visited": [.household(h[0])],
        ]
        for category in ["democratic_party", "non_party_intellectual", "ethnic_minority", "religious", "non_public_economy",
                         "new_stratum", "study_abroad", "hong_kong_macao", "taiwan", "other"] {
            figures["people_" + category] = []
        }
        return figures
    }

    @Test("every figure of the district's 2022 report, as known now, equals the hand count, with its ids")
    func latest() throws {
        let report = try register.workReport(year: 2022, under: district)
        #expect(report.year == 2022 && report.orgUnit == WorkReport.Unit(id: district, name: "新城区委统战部"))
        #expect(report.knownAt == nil && report.knowledge == "latest")
        check(report, against: expected(late: true))
        #expect(report["nonpartisan_awaiting"]?.sources == [.workflow(recommended), .workflow(waiting)])
        #expect(report["nonpartisan_recommended"]?.sources == [.workflow(recommended), .workflow(certified)])
        #expect(report["paired_enterprises"]?.sources == [.pairing(pairingA)])
        #expect(report["enterprises_visited"]?.sources == [.engagement(visit), .engagement(lateVisit)])
    }

    @Test("as known at the end of 2022 the report leaves out the post and the 走访 recorded in 2023, and says so")
    func knownAtYearEnd() throws {
        let then = Timestamp(endOf: "2022-12-31")
        let report = try register.workReport(year: 2022, under: district, knownAt: then)
        #expect(report.knownAt == then && report.knowledge == then.iso8601)
        check(report, against: expected(late: false))
    }

    @Test("the figures are in report order, section by section, and every value counts its subjects")
    func order() throws {
        let report = try register.workReport(year: 2022, under: district)
        let keys = report.figures.map(\.key).filter { !$0.hasPrefix("people_") }
        #expect(keys == ["adjusted_cadres", "leading_cadres", "reserve_pool", "nonpartisan_recommended", "nonpartisan_awaiting",
                         "forums", "training_sessions", "attendances", "attendees", "chambers", "chamber_member_enterprises",
                         "federation_member_enterprises", "enterprises_visited", "visits", "problems_solved", "paired_enterprises",
                         "paired_villages", "overseas_households_visited"])
        #expect(report.figures.prefix(13).allSatisfy { $0.section == .members && $0.unit == "人" })
        #expect(report.figures.map(\.section) == report.figures.map(\.section).sorted {
            WorkReportSection.allCases.firstIndex(of: $0)! < WorkReportSection.allCases.firstIndex(of: $1)!
        })
        for figure in report.figures {
            #expect(figure.value == figure.subjects.count && Set(figure.subjects).count == figure.value)
            #expect(figure.ids.values.reduce(0) { $0 + $1.count } == figure.value && figure.ids.count <= 1, "\(figure.key)")
        }
        #expect(report["leading_cadres"]?.label == "党外副科级以上领导干部" && report["attendances"]?.unit == "人次")
        #expect(report["overseas_households_visited"]?.unit == "户" && report["training_sessions"]?.unit == "期")
    }

    @Test("the report agrees with the one-call figures it is built from, for the district and the whole register")
    func agreesWithFigures() throws {
        for root in [nil, district, north] as [OrgUnitID?] {
            let report = try register.workReport(year: 2022, under: root)
            let figures = try register.engagementFigures(in: 2022, under: root)
            #expect(report["visits"]?.value == figures.visits && report["attendances"]?.value == figures.attendances)
            #expect(report["paired_villages"]?.value == figures.pairedVillages && report["forums"]?.value == figures.forums)
            #expect(report["leading_cadres"]?.members == (try register.leadingCadres(asOf: "2022-12-31", under: root)).map(\.id))
            #expect(report["adjusted_cadres"]?.members == (try register.adjustedCadres(in: 2022, under: root)).map(\.id))
        }
        let whole = try register.workReport(year: 2022)
        #expect(whole.orgUnit == nil)
        #expect(whole["leading_cadres"]?.members == [m[0], m[3], m[4], m[5]])
        #expect(whole["nonpartisan_awaiting"]?.members == [m[6], m[7], m[9]])
        #expect(whole["visits"]?.value == 3 && whole["chambers"]?.value == 4 && whole["paired_enterprises"]?.value == 2)
        let northern = try register.workReport(year: 2022, under: north)
        #expect(northern["chambers"]?.subjects == [townshipChamber, industryChamber, cityChamber].map(WorkReportSubject.organisation))
        #expect(northern["training_sessions"]?.value == 0 && northern["nonpartisan_awaiting"]?.members == [m[6]])
    }

    @Test("an earlier year counts only what was dated then: 2021's 推荐 and the pairing that ended on 2022-01-01")
    func earlierYear() throws {
        let report = try register.workReport(year: 2021, under: district)
        #expect(report["nonpartisan_recommended"]?.members == [m[7]])
        #expect(report["nonpartisan_awaiting"]?.members == [m[7]])
        #expect(report["paired_enterprises"]?.subjects == [.enterprise(e[0]), .enterprise(e[1])])
        #expect(report["problems_solved"]?.value == 0 && report["visits"]?.value == 0)
        #expect(report["leading_cadres"]?.members == [m[0], m[2]] && report["reserve_pool"]?.members == [m[2]])
    }

    @Test("a bad year, an unknown unit or one that did not exist on 31 December is refused", arguments: [0, -1, 9999, 10_000])
    func badYear(_ year: Int) throws {
        #expect(throws: ValidationError.self) { try register.workReport(year: year) }
        do {
            _ = try register.workReport(year: year)
        } catch let error as ValidationError {
            #expect(error.field == "year" && error.value == String(year))
        }
    }

    @Test("an unknown org unit, or one not yet established on 31 December, is the register's error")
    func badUnit() throws {
        #expect(throws: RegisterError.orgUnitNotFound(OrgUnitID(rawValue: 99))) {
            try register.workReport(year: 2022, under: OrgUnitID(rawValue: 99))
        }
        #expect(throws: RegisterError.orgUnitNotActive(district, on: "2017-12-31")) {
            try register.workReport(year: 2017, under: district)
        }
    }

    @Test("the async form gives the same report")
    func async() async throws {
        let report = try await register.workReport(year: 2022, under: district)
        #expect(report == (try syncReport()))
    }

    private func syncReport() throws -> WorkReport { try register.workReport(year: 2022, under: district) }

    private func check(_ report: WorkReport, against expected: [String: [WorkReportSubject]],
                       sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(Set(report.figures.map(\.key)) == Set(expected.keys), sourceLocation: sourceLocation)
        for (key, subjects) in expected {
            #expect(report[key]?.subjects == subjects.sorted(), "\(key)", sourceLocation: sourceLocation)
            #expect(report[key]?.value == subjects.count, "\(key)", sourceLocation: sourceLocation)
        }
    }
}
