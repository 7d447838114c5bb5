import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

/// Engagements and their participants: reads as of a date and as known at a time, refusals, and the
/// engagement figures of a hand-built year (2022) whose every figure is known by counting.
@Suite("Engagements and their figures")
struct EngagementTests {
    let clock = TestClock("2023-02-01T09:00:00+08:00")
    let register: Register
    let district: OrgUnitID, north: OrgUnitID, south: OrgUnitID
    /// m1 华侨 (H1), m2 侨眷 from 2022-06-01 (H2), m3 no overseas record (H3), m4 archived 2022-04-01, m5, m6.
    let members: [MemberID]
    /// E1, E2, E4 owned by 锡林路街道 (north), E3 by 东风路街道 (south).
    let enterprises: [EnterpriseID]
    let households: [HouseholdID]

    init() throws {
        let register = try Register.inMemory(clock: clock.read)
        self.register = register
        district = try register.addOrgUnit(OrgUnitRecord(name: "新城区委统战部", kind: .unitedFrontDepartment), effective: "2018-01-01", by: clerk)
        north = try register.addOrgUnit(OrgUnitRecord(name: "锡林路街道", kind: .subdistrict, parent: district), effective: "2018-01-01", by: clerk)
        south = try register.addOrgUnit(OrgUnitRecord(name: "东风路街道", kind: .subdistrict, parent: district), effective: "2018-01-01", by: clerk)
        members = try (1...6).map { try register.add(MemberRecord(name: "成员\($0)"), effective: "2018-01-01", by: clerk) }
        let codes = ["91150102MA0N2XE1AD", "91150102MA0N2XE2BH", "91150102MA0N2XE3CM", "91150102MA0N2XE4DR"]
        let (north, south) = (self.north, self.south)
        enterprises = try codes.enumerated().map { index, code in
            var enterprise = EnterpriseRecord(creditCode: code, name: "企业\(index + 1)")
            enterprise.orgUnit = index == 2 ? south : north
            return try register.add(enterprise, effective: "2018-01-01", by: clerk)
        }
        households = try (1...3).map { try register.add(HouseholdRecord(name: "户\($0)"), effective: "2018-01-01", by: clerk) }
    }

    /// Adds an engagement on `date` with `participants`, and returns its id.
    @discardableResult
    func engagement(_ kind: EngagementKind, _ date: LocalDate, by unit: OrgUnitID, sessions: Int? = nil,
                    _ participants: [ParticipantRecord] = []) throws -> EngagementID {
        try register.write(by: clerk) { tx in
            var record = EngagementRecord(kind: kind, title: "\(kind.rawValue) \(date)", organiser: unit)
            record.sessions = sessions
            let id = try tx.add(record, effective: date)
            for participant in participants { try tx.add(participant, to: id) }
            return id
        }
    }

    /// The fixture year. Each figure's count is written beside the records that make it.
    func buildYear() throws -> (solvedLater: EngagementID, firstVisit: EngagementID) {
        let (m, e, h) = (members, enterprises, households)
        try register.write(by: clerk) { tx in
            try tx.add(HouseholdMembershipRecord(household: h[0]), for: m[0], effective: "2018-01-01")
            try tx.add(HouseholdMembershipRecord(household: h[1]), for: m[1], effective: "2018-01-01")
            try tx.add(HouseholdMembershipRecord(household: h[2]), for: m[2], effective: "2018-01-01")
            try tx.add(OverseasRecord(type: .huaqiao, country: "NLD"), for: m[0], effective: "2018-01-01")
            var relative = OverseasRecord(type: .qiaojuan)
            relative.relative = m[0]
            try tx.add(relative, for: m[1], effective: "2022-06-01")      // after the 走访 of 2022-03-10
            try tx.add(OverseasRecord(type: .hongKong), for: m[2], effective: "2018-01-01")   // 港澳 is not 侨界
        }
        try register.archive(m[3], effective: "2022-04-01", by: clerk)

        // 走访: visits 3 (north 2); enterprises visited E1, E2, E3 (north E1, E2).
        try engagement(.visit, "2021-12-31", by: north, [ParticipantRecord(enterprise: e[3], role: "走访对象")])  // 2021
        let firstVisit = try engagement(.visit, "2022-01-01", by: north,
                                        [ParticipantRecord(enterprise: e[0], role: "走访对象"), ParticipantRecord(enterprise: e[1])])
        try engagement(.visit, "2022-06-01", by: south, [ParticipantRecord(enterprise: e[0]), ParticipantRecord(enterprise: e[2])])
        // 侨界 households: H1 (visited twice, counts once), H2 only on 2022-10-01 (its 侨眷 record began after
        // the first visit), not H3 (港澳). Whole register 2, north 1 (H1).
        try engagement(.visit, "2022-03-10", by: north, [ParticipantRecord(household: h[0]), ParticipantRecord(household: h[1])])
        try engagement(.condolence, "2022-09-01", by: north, [ParticipantRecord(household: h[0]), ParticipantRecord(household: h[2])])
        try engagement(.condolence, "2022-10-01", by: south, [ParticipantRecord(household: h[1])])

        // 问题诉求: solved in 2022 two (both north): one raised in 2021, one closed with its outcome.
        let raised2021 = try engagement(.problem, "2021-11-01", by: north, [ParticipantRecord(enterprise: e[0], role: "诉求人")])
        let closed = try engagement(.problem, "2022-04-01", by: north, [ParticipantRecord(member: m[2], role: "诉求人")])
        let solvedLater = try engagement(.problem, "2022-03-01", by: south)
        try register.write(by: clerk) { tx in
            _ = try tx.change(raised2021, effective: "2022-02-15") { $0.outcome = .solved }
            try tx.end(closed, effective: "2022-08-01") { $0.outcome = .solved }
            _ = try tx.change(solvedLater, effective: "2023-01-10") { $0.outcome = .solved }   // 2023
        }

        // 培训: sessions 3 + 2 = 5 (north 3); attendances 4 + 1 = 5 (north 4), attendees m5 and m6 (north
        // too); m4 was archived before the training and does not count.
        try engagement(.training, "2021-12-01", by: north, sessions: 4, [ParticipantRecord(member: m[4], session: 1)])   // 2021
        try engagement(.training, "2022-05-10", by: north, sessions: 3, [
            ParticipantRecord(member: m[4], role: "学员", session: 1), ParticipantRecord(member: m[4], session: 2),
            ParticipantRecord(member: m[4], session: 3), ParticipantRecord(member: m[5], session: 1),
            ParticipantRecord(member: m[3], session: 1), ParticipantRecord(enterprise: e[0], role: "协办单位"),
        ])
        try engagement(.training, "2022-11-01", by: south, sessions: 2, [ParticipantRecord(member: m[4], session: 1)])

        // Forums: 座谈 + 联谊 = 2 (north 1); one withdrawn, one in 2023.
        try engagement(.forum, "2022-07-01", by: north)
        try engagement(.fellowship, "2022-12-31", by: south)
        try engagement(.forum, "2023-01-01", by: north)
        let withdrawn = try engagement(.forum, "2022-08-08", by: north, [ParticipantRecord(member: m[0])])
        try register.end(withdrawn, effective: "2022-08-08", by: clerk)
        var proposal = EngagementRecord(kind: .proposal, title: "关于优化营商环境的建议", organiser: north)
        proposal.outcome = .adopted
        try register.add(proposal, effective: "2022-05-20", by: clerk)

        // 万企兴万村: E1 (A, and C for part of the year) and E3 (A from the last day); E2's pairing ended
        // 2022-01-01, so its last day was 2021-12-31. Enterprises 2 (north 1), villages A and C (north too).
        try register.write(by: clerk) { tx in
            try tx.add(PairingRecord(village: "150102001201"), for: e[0], effective: "2021-06-01")
            let c = try tx.add(PairingRecord(village: "150102001203"), for: e[0], effective: "2022-03-01")
            try tx.end(c, effective: "2022-09-01")
            let b = try tx.add(PairingRecord(village: "150102001202"), for: e[1], effective: "2020-01-01")
            try tx.end(b, effective: "2022-01-01")
            try tx.add(PairingRecord(village: "150102001201"), for: e[2], effective: "2022-12-31")
        }

        // 商会 members on 2022-12-31: E1 and E3 (north E1); E4 left on that day; E2 is only in the 工商联.
        // 工商联 members: E1 and E2 (north too).
        try register.write(by: clerk) { tx in
            let federation = try tx.add(OrganisationRecord(name: "新城区工商联", kind: .federation), effective: "2018-01-01")
            let township = try tx.add(OrganisationRecord(name: "锡林路街道商会", kind: .townshipChamber), effective: "2018-01-01")
            let industry = try tx.add(OrganisationRecord(name: "新城区乳业商会", kind: .industryChamber), effective: "2018-01-01")
            try tx.add(EnterpriseMembershipRecord(organisation: township), for: e[0], effective: "2019-01-01")
            try tx.add(EnterpriseMembershipRecord(organisation: federation), for: e[0], effective: "2019-01-01")
            try tx.add(EnterpriseMembershipRecord(organisation: federation), for: e[1], effective: "2019-01-01")
            try tx.add(EnterpriseMembershipRecord(organisation: industry), for: e[2], effective: "2022-12-31")
            let leaving = try tx.add(EnterpriseMembershipRecord(organisation: township), for: e[3], effective: "2019-01-01")
            try tx.end(leaving, effective: "2022-12-31")
        }
        return (solvedLater, firstVisit)
    }

    @Test("every figure of the fixture year counts as by hand, for the register and for a subtree")
    func figures() throws {
        _ = try buildYear()
        let whole = try register.engagementFigures(in: 2022)
        #expect(whole == EngagementFigures(
            year: 2022, root: nil, visits: 3, enterprisesVisited: 3, problemsSolved: 2, pairedEnterprises: 2, pairedVillages: 2,
            overseasHouseholdsVisited: 2, trainingSessions: 5, attendances: 5, attendees: 2, forums: 2,
            chamberMemberEnterprises: 2, federationMemberEnterprises: 2))
        let northern = try register.engagementFigures(in: 2022, under: north)
        #expect(northern == EngagementFigures(
            year: 2022, root: north, visits: 2, enterprisesVisited: 2, problemsSolved: 2, pairedEnterprises: 1, pairedVillages: 2,
            overseasHouseholdsVisited: 1, trainingSessions: 3, attendances: 4, attendees: 2, forums: 1,
            chamberMemberEnterprises: 1, federationMemberEnterprises: 2))
        #expect(try register.engagementFigures(in: 2022, under: district) == EngagementFigures(
            year: 2022, root: district, visits: 3, enterprisesVisited: 3, problemsSolved: 2, pairedEnterprises: 2, pairedVillages: 2,
            overseasHouseholdsVisited: 2, trainingSessions: 5, attendances: 5, attendees: 2, forums: 2,
            chamberMemberEnterprises: 2, federationMemberEnterprises: 2))
        let before = try register.engagementFigures(in: 2021)
        #expect(before.visits == 1 && before.enterprisesVisited == 1 && before.trainingSessions == 4 && before.attendances == 1)
        #expect(before.problemsSolved == 0 && before.pairedEnterprises == 2 && before.pairedVillages == 2)
        let after = try register.engagementFigures(in: 2023)
        #expect(after.problemsSolved == 1 && after.forums == 1 && after.visits == 0 && after.pairedEnterprises == 2)
        try RecordHistoryInvariantTests().checkStructure(register)
    }

    @Test("figures as known at a past time leave out what was entered or corrected later")
    func figuresKnownAt() throws {
        let (_, firstVisit) = try buildYear()
        let then = Timestamp(iso8601Literal: "2023-02-15T09:00:00+08:00")
        clock.set("2023-03-01T09:00:00+08:00")
        try engagement(.visit, "2022-12-20", by: north, [ParticipantRecord(enterprise: enterprises[3])])   // entered late
        try register.write(by: clerk) { tx in
            _ = try tx.correct(firstVisit) { $0.title = "走访企业1、企业2" }
        }
        #expect(try register.engagementFigures(in: 2022).visits == 4)
        #expect(try register.engagementFigures(in: 2022).enterprisesVisited == 4)
        let known = try register.engagementFigures(in: 2022, knownAt: then)
        #expect(known.visits == 3 && known.enterprisesVisited == 3)
        #expect(try register.engagements(from: "2022-01-01", through: "2022-12-31", kinds: [.visit]).count == 4)
        #expect(try register.engagements(from: "2022-01-01", through: "2022-12-31", kinds: ["走访"], knownAt: then).count == 3)
        #expect(try register.read { try $0.record(firstVisit, asOf: "2022-01-01", knownAt: then) }?.title == "VISIT 2022-01-01")
        #expect(try register.read { try $0.record(firstVisit, asOf: "2022-01-01") }?.title == "走访企业1、企业2")
    }

    @Test("an engagement reads as of a date: a problem is open before its solved date and solved from it; participants are one call")
    func asOfReads() throws {
        let (solvedLater, firstVisit) = try buildYear()
        #expect(try register.read { try $0.record(solvedLater, asOf: "2022-12-31") }?.outcome == nil)
        #expect(try register.read { try $0.record(solvedLater, asOf: "2023-01-10") }?.outcome == .solved)
        #expect(try register.read { try $0.record(solvedLater, asOf: "2022-02-28") } == nil, "not yet raised")
        let open2021 = try register.records(EngagementRecord.self, asOf: "2021-12-31")
        #expect(open2021.map(\.kind) == [.visit, .problem, .training])
        #expect(open2021.map(\.from) == ["2021-12-31", "2021-11-01", "2021-12-01"])
        let participants = try register.participants(of: firstVisit)
        #expect(participants.map(\.enterprise) == [enterprises[0], enterprises[1]])
        #expect(participants.map(\.role) == ["走访对象", nil])
        #expect(participants.allSatisfy { $0.holder == firstVisit && $0.from == "2022-01-01" })
        let forums = try register.engagements(from: "2022-01-01", through: "2022-12-31", under: north, kinds: [.forum, .fellowship])
        #expect(forums.map(\.from) == ["2022-07-01"], "the withdrawn 座谈 and the south's 联谊 are left out")
        let withdrawn = try #require(try register.records(EngagementRecord.self, of: NoHolder()).first { $0.from == "2022-08-08" })
        #expect(try register.participants(of: withdrawn.id).isEmpty, "withdrawn with its engagement")
        #expect(try register.records(ParticipantRecord.self, of: withdrawn.id).count == 1, "kept in the history")
    }

    @Test("notes keep their line breaks; amounts and outcomes are checked against the kind")
    func values() throws {
        var donation = EngagementRecord(kind: "捐赠", title: "爱心助学捐款", organiser: north)
        donation.amount = 50_000
        donation.notes = "  第一笔：三万元\n第二笔：两万元  "
        let id = try register.add(donation, effective: "2022-09-10", by: clerk)
        let stored = try #require(try register.read { try $0.record(id, asOf: "2022-09-10") })
        #expect(stored.kind == .donation && stored.amount == 50_000 && stored.notes == "第一笔：三万元\n第二笔：两万元")
        #expect(stored.sessions == nil && stored.outcome == nil)
        let training = try engagement(.training, "2022-05-10", by: north)
        #expect(try register.read { try $0.record(training, asOf: "2022-05-10") }?.sessions == 1, "a training has one session unless told")
    }

    @Test("bad input is refused with typed errors and nothing is written")
    func refusals() throws {
        let visit = try engagement(.visit, "2022-03-01", by: north)
        let training = try engagement(.training, "2022-05-10", by: north, sessions: 3, [ParticipantRecord(member: members[4], session: 1)])
        let before = try register.changesets().count
        func add(_ record: EngagementRecord) throws { try register.add(record, effective: "2022-06-01", by: clerk) }

        #expect(throws: ValidationError(field: "kind", value: "打球", reason: .unknownCode(list: .engagementKind))) {
            try add(EngagementRecord(kind: "打球", title: "打球", organiser: north))
        }
        #expect(throws: RegisterError.orgUnitNotFound(OrgUnitID(rawValue: 99))) {
            try add(EngagementRecord(kind: .visit, title: "走访", organiser: OrgUnitID(rawValue: 99)))
        }
        #expect(throws: ValidationError(field: "title", value: " ", reason: .missing)) {
            try add(EngagementRecord(kind: .visit, title: " ", organiser: north))
        }
        #expect(throws: ValidationError(field: "sessions", value: "0", reason: .malformed(expected: "a number of sessions from 1 to 1000"))) {
            var record = EngagementRecord(kind: .training, title: "培训班", organiser: north)
            record.sessions = 0
            try add(record)
        }
        #expect(throws: ValidationError(field: "sessions", value: "2", reason: .mismatch(field: "kind", expected: "培训"))) {
            var record = EngagementRecord(kind: .forum, title: "座谈会", organiser: north)
            record.sessions = 2
            try add(record)
        }
        #expect(throws: ValidationError(field: "outcome", value: "solved", reason: .mismatch(field: "kind", expected: "问题诉求"))) {
            var record = EngagementRecord(kind: .proposal, title: "建议", organiser: north)
            record.outcome = .solved
            try add(record)
        }
        #expect(throws: ValidationError(field: "amount", value: "-1", reason: .malformed(expected: "a whole number from 0 to 1000000000000"))) {
            var record = EngagementRecord(kind: .donation, title: "捐款", organiser: north)
            record.amount = -1
            try add(record)
        }
        #expect(throws: ValidationError(field: "notes", value: "坏\u{0}字符", reason: .controlCharacter(0))) {
            var record = EngagementRecord(kind: .visit, title: "走访", organiser: north)
            record.notes = "坏\u{0}字符"
            try add(record)
        }

        var nobody = ParticipantRecord(member: members[0])
        nobody.member = nil
        #expect(throws: ValidationError(field: "participant", value: "", reason: .missing)) {
            try register.add(nobody, to: visit, by: clerk)
        }
        var two = ParticipantRecord(member: members[0])
        two.enterprise = enterprises[0]
        #expect(throws: ValidationError(field: "participant", value: "member 1, enterprise 1",
                                        reason: .malformed(expected: "exactly one of member, enterprise, household"))) {
            try register.add(two, to: visit, by: clerk)
        }
        #expect(throws: RegisterError.memberNotFound(MemberID(rawValue: 99))) {
            try register.add(ParticipantRecord(member: MemberID(rawValue: 99)), to: visit, by: clerk)
        }
        #expect(throws: RegisterError.recordNotFound(.enterprise, id: 99)) {
            try register.add(ParticipantRecord(enterprise: EnterpriseID(rawValue: 99)), to: visit, by: clerk)
        }
        #expect(throws: RegisterError.recordNotFound(.household, id: 99)) {
            try register.add(ParticipantRecord(household: HouseholdID(rawValue: 99)), to: visit, by: clerk)
        }
        #expect(throws: RegisterError.recordNotFound(.engagement, id: 99)) {
            try register.add(ParticipantRecord(member: members[0]), to: EngagementID(rawValue: 99), by: clerk)
        }
        #expect(throws: ValidationError(field: "session", value: "4", reason: .malformed(expected: "a session from 1 to 3"))) {
            try register.add(ParticipantRecord(member: members[0], session: 4), to: training, by: clerk)
        }
        #expect(throws: ValidationError(field: "session", value: "1", reason: .mismatch(field: "kind", expected: "培训"))) {
            try register.add(ParticipantRecord(member: members[0], session: 1), to: visit, by: clerk)
        }
        #expect(throws: ValidationError(field: "participant", value: "member 5",
                                        reason: .malformed(expected: "a participant not already taking part in this engagement and session"))) {
            try register.add(ParticipantRecord(member: members[4], session: 1), to: training, by: clerk)
        }
        #expect(throws: ValidationError(field: "effective", value: "2022-03-02", reason: .mismatch(field: "engagement", expected: "2022-03-01"))) {
            try register.add(ParticipantRecord(member: members[0]), for: visit, effective: "2022-03-02", by: clerk)
        }
        #expect(throws: RegisterError.recordNotInForce(.engagement, id: visit.rawValue, on: "2022-02-28")) {
            try register.add(ParticipantRecord(member: members[0]), for: visit, effective: "2022-02-28", by: clerk)
        }
        #expect(try register.changesets().count == before)
        #expect(try register.participants(of: visit).isEmpty)
        #expect(try register.participants(of: training).count == 1)
    }
}
