import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

/// The data-quality report: each rule broken once by hand, next to members whose records agree.
@Suite("Data-quality report")
struct DataQualityTests {
    let clock = TestClock("2023-01-09T09:00:00+08:00")
    let register: Register

    init() throws { register = try Register.inMemory(clock: clock.read) }

    func person(_ name: String, _ status: PoliticalStatus? = .masses, ethnicity: Ethnicity? = nil,
                rank: CadreRank? = nil) throws -> MemberID {
        var record = MemberRecord(name: name)
        record.politicalStatus = status
        record.ethnicity = ethnicity
        record.rank = rank
        return try register.add(record, effective: "2022-01-01", by: clerk)
    }

    @Test("each rule finds the one member who breaks it, and members whose records agree are not listed")
    func everyRule() throws {
        let cpc = try person("王刚", .cpcMember)
        let uncertified = try person("李静", .nonPartisan)
        let han = try person("赵丽", ethnicity: "汉族")
        let orphan = try person("陈晓梅")
        let notOverseas = try person("陈晓兰")
        let stayer = try person("林志强")
        let reserve = try person("孙杰")
        let reached = try person("周红", rank: .county)
        let noParty = try person("吴磊", .jiusan)
        let mismatch = try person("郑华")
        // Members whose records agree with each other.
        let certified = try person("乌云其木格")
        let partyMember = try person("巴特尔")
        let uncle = try person("陈国华")
        let niece = try person("陈小红")
        try register.write(by: clerk) { tx in
            try tx.enter(cpc, category: .nonPartyIntellectual, effective: "2022-01-01")
            try tx.enter(han, category: .ethnicMinority, effective: "2022-01-01")
            try tx.add(OverseasRecord(type: .qiaojuan), for: orphan, effective: "2022-01-01")
            var cousin = OverseasRecord(type: .qiaojuan)
            cousin.relative = han
            try tx.add(cousin, for: notOverseas, effective: "2022-01-01")
            try tx.add(OverseasRecord(type: .huaqiao, country: "USA"), for: stayer, effective: "2022-01-01")
            try tx.enter(reserve, category: .nonPartyCadre, tier: .reserve, effective: "2022-01-01")
            try tx.add(PoolRecord(targetRank: .county), for: reached, effective: "2022-01-01")
            try tx.add(PartyMembershipRecord(party: .democraticLeague), for: mismatch, effective: "2022-01-01")
            try tx.change(mismatch, effective: "2022-06-01") { $0.politicalStatus = .masses }

            var abroad = OverseasRecord(type: .guiqiao)
            abroad.nationality = .china
            try tx.add(abroad, for: uncle, effective: "2022-01-01")
            var relative = OverseasRecord(type: .qiaojuan)
            relative.relative = uncle
            try tx.add(relative, for: niece, effective: "2022-01-01")
            try tx.add(PartyMembershipRecord(party: .jiusan), for: partyMember, effective: "2022-01-01")
        }
        let run = try register.recordStep(WorkflowStepRecord("推荐", effective: "2022-02-01"), kind: .nonPartisanCertification,
                                          for: certified, by: clerk)
        try register.recordStep(WorkflowStepRecord("考察", effective: "2022-03-01"), in: run, by: clerk)
        try register.recordStep(WorkflowStepRecord("认定", effective: "2022-04-01", documentNumber: "新统发〔2022〕1号"), in: run, by: clerk)

        let findings = try register.dataQuality(asOf: "2022-12-31")
        let pairs = findings.map { "\($0.member) \($0.rule.rawValue)" }
        #expect(pairs == [
            "\(cpc) CPC_MEMBER_IN_NON_PARTY_CATEGORY",
            "\(uncertified) NON_PARTISAN_WITHOUT_CERTIFICATION",
            "\(han) ETHNIC_MINORITY_RECORDED_HAN",
            "\(orphan) QIAOJUAN_WITHOUT_RELATIVE",
            "\(notOverseas) QIAOJUAN_RELATIVE_NOT_OVERSEAS",
            "\(stayer) HUAQIAO_FAILS_RESIDENCE_TEST",
            "\(reserve) RESERVE_TIER_WITHOUT_POOL_ENTRY",
            "\(reached) POOL_ENTRY_TARGET_REACHED",
            "\(noParty) PARTY_STATUS_WITHOUT_MEMBERSHIP",
            "\(mismatch) PARTY_MEMBERSHIP_STATUS_MISMATCH",
        ])
        #expect(findings.first?.description == "member \(cpc): 中共党员列入党外人士类别 (政治面貌 01; 类别 NON_PARTY_INTELLECTUAL)")
        // As of 2022-05-01 the mismatch had not arisen yet.
        #expect(try !register.dataQuality(asOf: "2022-05-01").contains { $0.rule == .partyMembershipStatusMismatch })
        // Someone fixes 赵丽's ethnicity; as known before the fix, she was still a finding.
        clock.set("2023-02-01T09:00:00+08:00")
        try register.correct(han, asOf: "2022-01-01", by: clerk) { $0.ethnicity = "蒙古族" }
        #expect(try !register.dataQuality(asOf: "2022-12-31").contains { $0.member == han })
        #expect(try register.dataQuality(asOf: "2022-12-31", knownAt: Timestamp(endOf: "2023-01-20")).contains {
            $0.member == han && $0.rule == .ethnicMinorityRecordedHan
        })
    }

    @Test("nothing is corrected: the report reads, and the contradiction stays until someone fixes it")
    func reportsOnly() throws {
        let cpc = try person("王刚", .cpcMember)
        try register.write(by: clerk) { try $0.enter(cpc, category: .nonPartisan, effective: "2022-01-01") }
        let before = try register.changesets().count
        #expect(try register.dataQuality(asOf: "2022-06-30").map(\.rule) == [.cpcMemberInNonPartyCategory])
        #expect(try register.changesets().count == before)
        try register.write(by: clerk) { try $0.leave(cpc, category: .nonPartisan, effective: "2022-07-01") }
        #expect(try register.dataQuality(asOf: "2022-07-01").isEmpty)
    }
}
