import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

/// A district with two streets and what the scoped-access and masking tests read: people with every
/// sensitive field filled, a member who moved out of 锡林路街道 (recorded late, so known-at reads differ), a
/// member who moved in, posts, a pool entry, relations, an enterprise on each side, an organisation, a
/// household, a workflow and engagements. Today is 2025-01-10.
struct ScopeFixture {
    let clock = TestClock("2020-01-01T09:00:00+08:00")
    let register: Register
    let district: OrgUnitID, north: OrgUnitID, community: OrgUnitID, south: OrgUnitID
    /// 乌云其木格, in the community under 锡林路街道 (north), with every sensitive field.
    let wuyun: MemberID
    /// 巴特尔, in 东风路街道 (south), with every sensitive field.
    let bater: MemberID
    /// 王静, north until she moved south on 2024-03-01 (recorded 2024-03-05).
    let wangjing: MemberID
    /// 赵敏, south until he moved north on 2023-01-01; his 2022 change stays with the south.
    let zhaomin: MemberID
    /// 张强, north, a 党外 leading cadre in the reserve pool.
    let zhang: MemberID
    let zhangPost: PostID, baterPost: PostID
    let northFirm: EnterpriseID, southFirm: EnterpriseID
    let chamber: OrganisationID
    let household: HouseholdID
    let wangjingWorkflow: WorkflowID
    let northVisit: EngagementID, southVisit: EngagementID
    /// Before 王静's move was recorded.
    static let beforeMoveRecorded = Timestamp(iso8601Literal: "2024-03-04T18:00:00+08:00")

    /// The sensitive values of 乌云其木格 and 巴特尔, which no masked output may contain.
    static let secrets: [String] = [
        citizenID("150102", born: "1978-02-03", sequence: 22), "13800138000", "wuyun@example.cn", "呼和浩特市新城区中山东路1号院3单元",
        "资助三名困难学生的情况不宜公开", "住持", "大召寺",
        citizenID("150102", born: "1975-06-01", sequence: 31), "13900139000", "bater@example.cn", "呼和浩特市新城区东风路88号院2单元",
        "曾因家事请假半年不宜公开", "阿訇", "清真大寺",
    ]

    static func record(_ name: String, unit: OrgUnitID, secrets offset: Int? = nil) -> MemberRecord {
        var record = MemberRecord(name: name)
        record.orgUnit = unit
        record.politicalStatus = .masses
        if let offset {
            let s = Self.secrets
            record.documentNumber = s[offset]
            record.mobile = s[offset + 1]
            record.email = s[offset + 2]
            record.address = s[offset + 3]
            record.notes = s[offset + 4]
            record.religion = offset == 0 ? .buddhism : "50"
            record.clergyPost = s[offset + 5]
            record.venue = s[offset + 6]
            record.formerNames = offset == 0 ? "乌云" : "巴图"
        }
        return record
    }

    init() throws {
        let register = try Register.inMemory(clock: clock.read)
        self.register = register
        let owner = Attribution(actor: "区委统战部", reason: "建库")
        let district = try register.addOrgUnit(OrgUnitRecord(name: "新城区委统战部", kind: .unitedFrontDepartment), effective: "2020-01-01", by: owner)
        let north = try register.addOrgUnit(OrgUnitRecord(name: "锡林路街道", kind: .subdistrict, parent: district), effective: "2020-01-01", by: owner)
        let community = try register.addOrgUnit(OrgUnitRecord(name: "锡林社区", kind: "社区", parent: north), effective: "2020-01-01", by: owner)
        let south = try register.addOrgUnit(OrgUnitRecord(name: "东风路街道", kind: .subdistrict, parent: district), effective: "2020-01-01", by: owner)
        (self.district, self.north, self.community, self.south) = (district, north, community, south)

        clock.set("2022-01-10T09:00:00+08:00")
        let wuyun = try register.add(Self.record("乌云其木格", unit: community, secrets: 0), effective: "2021-01-01", by: owner)
        let bater = try register.add(Self.record("巴特尔", unit: south, secrets: 7), effective: "2021-01-01", by: owner)
        let wangjing = try register.add(Self.record("王静", unit: north), effective: "2021-01-01", by: owner)
        let zhaomin = try register.add(Self.record("赵敏", unit: south), effective: "2021-01-01", by: owner)
        let zhang = try register.add(Self.record("张强", unit: north), effective: "2021-01-01", by: owner)
        try register.enter(wuyun, category: .nonPartisan, tier: .representative, effective: "2021-01-01", by: owner)
        try register.enter(bater, category: .nonPartisan, tier: .representative, effective: "2021-01-01", by: owner)
        try register.change(zhaomin, effective: "2022-06-01", by: owner) { $0.workUnit = "东风路小学" }
        (self.wuyun, self.bater, self.wangjing, self.zhaomin, self.zhang) = (wuyun, bater, wangjing, zhaomin, zhang)

        clock.set("2023-01-05T09:00:00+08:00")
        var posts: (PostID, PostID)?
        var firms: (EnterpriseID, EnterpriseID)?
        var others: (OrganisationID, HouseholdID, EngagementID, EngagementID)?
        try register.write(by: owner) { tx in
            try tx.transfer(zhaomin, to: north, effective: "2023-01-01")
            let zhangPost = try tx.add(PostRecord(unit: "新城区教育局", title: "副局长", rank: .deputySection, leadership: true),
                                       for: zhang, effective: "2022-05-01")
            let baterPost = try tx.add(PostRecord(unit: "新城区卫健委", title: "副主任", rank: .deputySection, leadership: true),
                                       for: bater, effective: "2022-05-01")
            try tx.add(PoolRecord(targetRank: .county), for: zhang, effective: "2022-06-01")
            try tx.add(PoolRecord(targetRank: .county), for: bater, effective: "2022-06-01")
            try tx.add(RelationRecord(relative: bater, relation: .spouse, note: "婚姻状况不宜公开"), for: wuyun, effective: "2022-01-01")
            try tx.add(RelationRecord(relative: zhang, relation: "介绍人", note: "介绍入会"), for: wuyun, effective: "2022-01-01")
            var northRecord = EnterpriseRecord(creditCode: "91150102MA0N2XE1AD", name: "锡林乳业有限公司")
            northRecord.orgUnit = north
            let northFirm = try tx.add(northRecord, effective: "2022-01-01")
            var southRecord = EnterpriseRecord(creditCode: "91150102MA0N2XE2BH", name: "东风建材有限公司")
            southRecord.orgUnit = south
            let southFirm = try tx.add(southRecord, effective: "2022-01-01")
            try tx.add(EnterpriseRoleRecord(enterprise: northFirm, role: .legalRepresentative), for: wuyun, effective: "2022-01-01")
            try tx.add(EnterpriseRoleRecord(enterprise: southFirm, role: .legalRepresentative), for: bater, effective: "2022-01-01")
            try tx.add(EnterpriseRoleRecord(enterprise: southFirm, role: .investor), for: zhang, effective: "2022-01-01")
            let chamber = try tx.add(OrganisationRecord(name: "新城区工商联", kind: .federation), effective: "2022-01-01")
            try tx.add(OrganisationMembershipRecord(organisation: chamber, role: .chair), for: wuyun, effective: "2022-01-01")
            try tx.add(OrganisationMembershipRecord(organisation: chamber, role: .viceChair), for: bater, effective: "2022-01-01")
            var home = HouseholdRecord(name: "乌云其木格户")
            home.address = "呼和浩特市新城区中山东路1号院3单元"
            home.orgUnit = community
            let household = try tx.add(home, effective: "2022-01-01")
            try tx.add(HouseholdMembershipRecord(household: household), for: wuyun, effective: "2022-01-01")
            try tx.add(HouseholdMembershipRecord(household: household, relation: .husband), for: bater, effective: "2022-01-01")
            let northVisit = try tx.add(EngagementRecord(kind: .visit, title: "走访锡林乳业", organiser: north), effective: "2022-09-01")
            try tx.add(ParticipantRecord(member: wuyun, role: "走访对象"), to: northVisit)
            try tx.add(ParticipantRecord(member: bater, role: "陪同"), to: northVisit)
            let southVisit = try tx.add(EngagementRecord(kind: .visit, title: "走访东风建材", organiser: south), effective: "2022-09-02")
            try tx.add(ParticipantRecord(member: bater, role: "走访对象"), to: southVisit)
            posts = (zhangPost, baterPost)
            firms = (northFirm, southFirm)
            others = (chamber, household, northVisit, southVisit)
        }
        (zhangPost, baterPost) = try #require(posts)
        (northFirm, southFirm) = try #require(firms)
        (chamber, household, northVisit, southVisit) = try #require(others)

        clock.set("2023-05-02T09:00:00+08:00")
        wangjingWorkflow = try register.recordStep(WorkflowStepRecord("推荐", effective: "2023-05-01", actor: "锡林路街道党工委"),
                                                   kind: .nonPartisanCertification, for: wangjing, by: owner)
        try register.change(wangjing, effective: "2023-06-01", by: owner) { $0.workUnit = "锡林路小学" }

        clock.set("2024-03-05T09:00:00+08:00")
        try register.transfer(wangjing, to: south, effective: "2024-03-01", by: owner)
        clock.set("2024-07-02T09:00:00+08:00")
        try register.change(wangjing, effective: "2024-07-01", by: owner) { $0.workUnit = "东风路小学" }
        try register.change(bater, effective: "2024-07-01", by: owner) { $0.post = "主任" }
        try register.change(wuyun, effective: "2024-07-01", by: owner) { $0.mobile = "13700137000" }
        clock.set("2025-01-10T09:00:00+08:00")
    }

    /// The view of a 锡林路街道 clerk.
    func northView(_ role: AccessRole = .streetClerk, purpose: DisclosurePurpose = .workList) throws -> RegisterView {
        try register.view(for: AccessGrant(actor: "锡林路街道 李干事", role: role, purpose: purpose, scope: north))
    }
}
