import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

/// Eleven people of a small district, built by hand so that every filter's expectation can be counted
/// by hand (the comments give what each person holds). Everyone is registered on 2020-01-01 except 郑爽
/// (2022-03-01); writes are recorded at 2023-01-09 09:00, except the correction of 陈晨's ethnicity,
/// recorded on 2023-02-01.
///
/// | # | name | sex, born, 民族 | 区划 | 学历, 政治面貌, 职务层次/职级 | unit | held |
/// |---|---|---|---|---|---|---|
/// | 1 | 乌云其木格 | 女 1978-02-03 蒙古族 | 150102001 | 21, 13 | 锡林社区 | 无党派 代表人士 认定; 少数民族 一般 摸底 |
/// | 2 | 张伟 | 男 1990-05-05 汉族 | 150102 | 14, 05 | 锡林路街道 | 新阶层 推荐; 工商联 执委 from 2021; 法定代表人 of 乳业 (14, 中型) from 2021 |
/// | 3 | 其木格 | 女 1960-01-01 蒙古族 | 150203 | 31, 12 | 统战部 | 少数民族 代表人士; 华侨 in USA from 2021-06-01 |
/// | 4 | 李娜 | 女 1985-08-08 汉族 | 150102 | 61, 01 | 东风路街道 | archived 2022-06-01 |
/// | 5 | 王强 | 男 1975-12-31 回族 | 150105 | 11, 12, 141 | 锡林社区 | 无党派 一般 推荐; 认定 workflow: 推荐 2022-05-10, 考察 2022-09-01 |
/// | 6 | 赵敏 | 女 1995-03-01 — | — | —, 03, 职级 四级主任科员 | — | took part in a 走访 on 2022-03-15 |
/// | 7 | 孙丽 | 女 1988-07-20 汉族 | 110101 | 20, 13, 142 + 二级主任科员 | 锡林路街道 | 侨眷 from 2020; 工商联 会员 from 2020 |
/// | 8 | 周杰 | 男, no birth date, 蒙古族 | — | —, 13 | 东风路街道 | 无党派 一般 → 代表人士 2022-01-01; a 培训 on 2021-05-01 |
/// | 9 | 吴刚 | 男 1970-01-15 汉族 | 150102 | —, 06, 132 | 统战部 | 出资人 of 商贸 (F51, 小型) from 2020-06-01 |
/// | 10 | 郑爽 | 女 1999-11-11 维吾尔族 | 150102002 | 41, 13 | 锡林社区 | registered 2022-03-01 |
/// | 11 | 陈晨 | 男 1982-04-04 汉族 (满族 by a correction recorded 2023-02-01) | 150102, 150203 from 2022-07-01 | 21, 13 | 锡林路街道 | — |
///
/// Org units: 新城区委统战部 › 锡林路街道 › 锡林社区, and 东风路街道; 锡林社区 moves under 东风路街道 on 2022-07-01.
struct QueryPopulation {
    let clock = TestClock("2023-01-09T09:00:00+08:00")
    let register: Register
    let district: OrgUnitID, streetA: OrgUnitID, community: OrgUnitID, streetB: OrgUnitID
    let federation: OrganisationID
    private(set) var ids: [String: MemberID] = [:]

    init() throws {
        let register = try Register.inMemory(clock: clock.read)
        self.register = register
        district = try register.addOrgUnit(OrgUnitRecord(name: "新城区委统战部", kind: .unitedFrontDepartment), effective: "2020-01-01", by: clerk)
        streetA = try register.addOrgUnit(OrgUnitRecord(name: "锡林路街道", kind: .subdistrict, parent: district), effective: "2020-01-01", by: clerk)
        community = try register.addOrgUnit(OrgUnitRecord(name: "锡林社区", kind: .community, parent: streetA), effective: "2020-01-01", by: clerk)
        streetB = try register.addOrgUnit(OrgUnitRecord(name: "东风路街道", kind: .subdistrict, parent: district), effective: "2020-01-01", by: clerk)
        federation = try register.add(OrganisationRecord(name: "新城区工商联", kind: .federation), effective: "2020-01-01", by: clerk)

        func person(_ name: String, born: String?, sequence: Int, sex: Sex? = nil, _ ethnicity: Ethnicity?, region: String?,
                    education: Education?, status: PoliticalStatus?, rank: CadreRank? = nil, grade: CivilServiceGrade? = nil,
                    unit: OrgUnitID?, registered: LocalDate = "2020-01-01") throws -> MemberID {
            var record = MemberRecord(name: name)
            if let born { record.documentNumber = citizenID("150102", born: born, sequence: sequence) }
            if let sex { record.sex = sex }
            record.ethnicity = ethnicity
            record.region = region
            record.education = education
            record.politicalStatus = status
            record.rank = rank
            record.grade = grade
            record.orgUnit = unit
            return try register.add(record, effective: registered, by: clerk)
        }
        let p1 = try person("乌云其木格", born: "19780203", sequence: 22, "蒙古族", region: "150102001", education: "21", status: "13", unit: community)
        let p2 = try person("张伟", born: "19900505", sequence: 13, "汉族", region: "150102", education: "14", status: "05", unit: streetA)
        let p3 = try person("其木格", born: "19600101", sequence: 24, "蒙古族", region: "150203", education: "31", status: "12", unit: district)
        let p4 = try person("李娜", born: "19850808", sequence: 26, "汉族", region: "150102", education: "61", status: "01", unit: streetB)
        let p5 = try person("王强", born: "19751231", sequence: 15, "03", region: "150105", education: "11", status: "12", rank: "141", unit: community)
        let p6 = try person("赵敏", born: "19950301", sequence: 28, nil, region: nil, education: nil, status: "03", grade: "PRINCIPAL_STAFF_4", unit: nil)
        let p7 = try person("孙丽", born: "19880720", sequence: 30, "汉族", region: "110101", education: "20", status: "13", rank: "142",
                            grade: "PRINCIPAL_STAFF_2", unit: streetA)
        let p8 = try person("周杰", born: nil, sequence: 0, sex: .male, "蒙古族", region: nil, education: nil, status: "13", unit: streetB)
        let p9 = try person("吴刚", born: "19700115", sequence: 17, "汉族", region: "150102", education: nil, status: "06", rank: "132", unit: district)
        let p10 = try person("郑爽", born: "19991111", sequence: 32, "05", region: "150102002", education: "41", status: "13", unit: community,
                             registered: "2022-03-01")
        let p11 = try person("陈晨", born: "19820404", sequence: 19, "汉族", region: "150102", education: "21", status: "13", unit: streetA)
        ids = ["乌云其木格": p1, "张伟": p2, "其木格": p3, "李娜": p4, "王强": p5, "赵敏": p6, "孙丽": p7, "周杰": p8, "吴刚": p9,
               "郑爽": p10, "陈晨": p11]

        let (district, streetB, community, federation) = (self.district, self.streetB, self.community, self.federation)
        try register.write(by: clerk) { tx in
            try tx.enter(p1, category: .nonPartisan, tier: .representative, source: .certified, effective: "2020-01-01")
            try tx.enter(p1, category: .ethnicMinority, source: .survey, effective: "2020-01-01")
            try tx.enter(p2, category: .newStratum, source: .nominated, effective: "2020-01-01")
            try tx.enter(p3, category: .ethnicMinority, tier: .representative, effective: "2020-01-01")
            try tx.enter(p5, category: .nonPartisan, source: .nominated, effective: "2020-01-01")
            try tx.enter(p8, category: .nonPartisan, effective: "2020-01-01")
            try tx.changeTier(p8, category: .nonPartisan, to: .representative, effective: "2022-01-01")
            try tx.archive(p4, effective: "2022-06-01")
            _ = try tx.change(p11, effective: "2022-07-01") { $0.region = "150203" }
            _ = try tx.changeOrgUnit(community, effective: "2022-07-01") { $0.parent = streetB }

            var dairy = EnterpriseRecord(creditCode: "91150102ma0n2xy1a8", name: "锡林乳业有限公司")
            dairy.industry = "14"
            dairy.scale = .medium
            let e1 = try tx.add(dairy, effective: "2019-01-01")
            try tx.add(EnterpriseRoleRecord(enterprise: e1, role: .legalRepresentative), for: p2, effective: "2021-01-01")
            var shop = EnterpriseRecord(creditCode: "91150102MA0N2XY2BC", name: "新城商贸有限公司")
            shop.industry = "F51"
            shop.scale = "小型"
            let e2 = try tx.add(shop, effective: "2019-01-01")
            try tx.add(EnterpriseRoleRecord(enterprise: e2, role: .investor), for: p9, effective: "2020-06-01")

            try tx.add(OrganisationMembershipRecord(organisation: federation, role: .executiveCommittee), for: p2, effective: "2021-01-01")
            try tx.add(OrganisationMembershipRecord(organisation: federation), for: p7, effective: "2020-01-01")
            try tx.add(OverseasRecord(type: .huaqiao, country: "USA"), for: p3, effective: "2021-06-01")
            try tx.add(OverseasRecord(type: .qiaojuan), for: p7, effective: "2020-01-01")

            let visit = try tx.add(EngagementRecord(kind: .visit, title: "走访", organiser: district), effective: "2022-03-15")
            _ = try tx.add(ParticipantRecord(member: p6, role: "走访对象"), to: visit)
            let training = try tx.add(EngagementRecord(kind: .training, title: "培训班", organiser: district), effective: "2021-05-01")
            _ = try tx.add(ParticipantRecord(member: p8, role: "学员", session: 1), to: training)
        }
        let run = try register.recordStep(WorkflowStepRecord("推荐", effective: "2022-05-10", actor: "市第二中学党总支"),
                                          kind: .nonPartisanCertification, for: p5, by: clerk)
        try register.recordStep(WorkflowStepRecord("考察", effective: "2022-09-01", opinion: "考察合格"), in: run, by: clerk)

        clock.set("2023-02-01T10:00:00+08:00")
        _ = try register.correct(p11, by: clerk) { $0.ethnicity = "满族" }
    }

    /// The names of the members a query finds, in its order.
    func names(_ filter: MemberFilter, asOf date: LocalDate = "2022-12-31", knownAt: Timestamp? = nil,
               status: MemberStatus? = .active, order: MemberOrder = .id) throws -> [String] {
        let page = try register.members(matching: MemberQuery(filter, asOf: date, knownAt: knownAt, status: status, order: order))
        let count = try register.count(matching: MemberQuery(filter, asOf: date, knownAt: knownAt, status: status, order: order))
        #expect(count == page.members.count, "count(matching:) equals the list's length")
        return page.members.map(\.name)
    }

    /// The names of these people, in id order (the order of `names(_:)` by default).
    func people(_ names: String...) -> [String] {
        names.sorted { ids[$0]!.rawValue < ids[$1]!.rawValue }
    }
}
