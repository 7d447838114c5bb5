import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

/// A hand-built district whose 党外干部 figures are known by counting: posts with 任免文号, a concurrent
/// post, a promotion on the same post, a removal, an archive, a 中共党员 and a 职级-only post.
@Suite("党外干部 figures on a hand-built district")
struct CadreFigureTests {
    let clock = TestClock("2018-01-01T09:00:00+08:00")
    let register: Register
    let district: OrgUnitID, north: OrgUnitID, south: OrgUnitID
    let zhang: MemberID, li: MemberID, wang: MemberID, zhao: MemberID, qian: MemberID, sun: MemberID, zhou: MemberID, wu: MemberID
    let liPost: PostID

    init() throws {
        let register = try Register.inMemory(clock: clock.read)
        self.register = register
        let district = try register.addOrgUnit(OrgUnitRecord(name: "新城区委统战部", kind: .unitedFrontDepartment), effective: "2018-01-01", by: clerk)
        let north = try register.addOrgUnit(OrgUnitRecord(name: "锡林路街道", kind: .subdistrict, parent: district), effective: "2018-01-01", by: clerk)
        let south = try register.addOrgUnit(OrgUnitRecord(name: "东风路街道", kind: .subdistrict, parent: district), effective: "2018-01-01", by: clerk)
        func person(_ name: String, _ status: PoliticalStatus, in unit: OrgUnitID) throws -> MemberID {
            var record = MemberRecord(name: name)
            record.politicalStatus = status
            record.orgUnit = unit
            return try register.add(record, effective: "2018-01-01", by: clerk)
        }
        let zhang = try person("张敏", .masses, in: north)
        let li = try person("李强", .democraticLeague, in: south)
        let wang = try person("王刚", .cpcMember, in: south)
        let zhao = try person("赵丽", .masses, in: south)
        let qian = try person("钱伟", .nonPartisan, in: south)
        let sun = try person("孙杰", .masses, in: south)
        let zhou = try person("周红", .masses, in: south)
        let wu = try person("吴磊", .jiusan, in: south)

        clock.set("2023-01-05T09:00:00+08:00")
        var liPost: PostID?
        try register.write(by: Attribution(actor: "区委组织部", reason: "干部任免")) { tx in
            var deputy = PostRecord(unit: "新城区教育局", title: "副局长", rank: .deputySection, leadership: true)
            deputy.appointmentDocument = "新党干字〔2019〕8号"
            deputy.appointingAuthority = "中共新城区委"
            try tx.add(deputy, for: zhang, effective: "2019-05-01")
            try tx.add(PostRecord(unit: "新城区科协", title: "主席", rank: .section, leadership: true), for: zhang, effective: "2022-03-01")
            try tx.add(PoolRecord(targetRank: .county, entryReason: "2022年党外干部调研"), for: zhang, effective: "2022-06-01")

            liPost = try tx.add(PostRecord(unit: "新城区卫健委", title: "副主任", rank: .deputySection, leadership: true), for: li, effective: "2018-01-01")
            try tx.add(PostRecord(unit: "新城区财政局", title: "局长", rank: .section, leadership: true), for: wang, effective: "2018-01-01")
            let clerkPost = try tx.add(PostRecord(unit: "新城区档案馆", title: "馆员", grade: "三级主任科员"), for: zhao, effective: "2018-01-01")
            try tx.change(clerkPost, effective: "2022-04-01") { $0.grade = "二级主任科员" }
            let qianPost = try tx.add(PostRecord(unit: "新城区文联", title: "副秘书长", rank: .staffMember, leadership: true), for: qian, effective: "2020-01-01")
            try tx.change(qianPost, effective: "2022-07-01") { $0.rank = .deputySection }
            try tx.add(PostRecord(unit: "新城区民宗局", title: "局长", rank: .county, leadership: true), for: sun, effective: "2020-01-01")
            try tx.add(PostRecord(unit: "新城区工商联", title: "副主席", rank: .deputyCounty, leadership: true), for: zhou, effective: "2023-01-01")
            let wuPost = try tx.add(PostRecord(unit: "新城区科技局", title: "副局长", rank: .deputySection, leadership: true), for: wu, effective: "2020-01-01")
            try tx.end(wuPost, effective: "2023-01-01")
        }
        (self.district, self.north, self.south) = (district, north, south)
        (self.zhang, self.li, self.wang, self.zhao, self.qian, self.sun, self.zhou, self.wu) = (zhang, li, wang, zhao, qian, sun, zhou, wu)
        let post = try #require(liPost)
        self.liPost = post
        try register.archive(sun, effective: "2022-11-01", by: Attribution(actor: "统战部", reason: "调离本区"))
        clock.set("2023-01-10T09:00:00+08:00")
        try register.end(post, effective: "2022-09-30", by: Attribution(actor: "区委组织部", reason: "免职")) {
            $0.removalDocument = "新党干字〔2022〕31号"
        }
    }

    @Test("党外副科级以上领导干部 on 2022-12-31 is exact: concurrent posts count once; 职级 only, 中共党员, below 副科, ended and archived do not")
    func leadingCadresOnDecember31() throws {
        #expect(try register.leadingCadres(asOf: "2022-12-31").map(\.id) == [zhang, qian, wu])
        #expect(try register.leadingCadres(asOf: "2022-12-31", under: north).map(\.id) == [zhang])
        #expect(try register.leadingCadres(asOf: "2022-12-31", under: district).count == 3)
        #expect(try register.leadingCadres(asOf: "2023-01-01").map(\.id) == [zhang, qian, zhou])
        #expect(try register.leadingCadres(asOf: "2021-12-31").map(\.id) == [zhang, li, sun, wu])
    }

    @Test("as known on 2023-01-06, before 李强's back-dated 免职 was recorded, he still counted on 2022-12-31")
    func leadingCadresAsKnown() throws {
        let known = Timestamp(endOf: "2023-01-06")
        #expect(try register.leadingCadres(asOf: "2022-12-31", knownAt: known).map(\.id) == [li, zhang, qian, wu].sorted())
    }

    @Test("adjusted in 2022: a new concurrent post, a removal, a promotion on the post, an archive; not a 职级 change or a 2023 start")
    func adjustedIn2022() throws {
        #expect(try register.adjustedCadres(in: 2022).map(\.id) == [zhang, li, qian, sun])
        #expect(try register.adjustedCadres(in: 2023).map(\.id) == [zhou, wu])
        #expect(try register.adjustedCadres(in: 2022, under: north).map(\.id) == [zhang])
        #expect(try register.adjustedCadres(in: 2022, knownAt: Timestamp(endOf: "2023-01-06")).map(\.id) == [zhang, qian, sun])
    }

    @Test("the reserve pool counts pool records, not tiers; a serving 副科 is in the pool for 正处 at once")
    func reservePool() throws {
        #expect(try register.reservePool(asOf: "2022-12-31").map(\.id) == [zhang])
        #expect(try register.reservePool(asOf: "2022-05-31").isEmpty)
        let pool = try register.records(PoolRecord.self, of: zhang, asOf: "2022-12-31")
        #expect(pool.map(\.targetRank) == [.county])
    }

    @Test("a member's 职务 and 职务层次 follow their principal post on each date")
    func memberPostFollowsPosts() throws {
        #expect(try register.member(zhang, asOf: "2020-01-01")?.post == "新城区教育局副局长")
        #expect(try register.member(zhang, asOf: "2022-12-31")?.post == "新城区科协主席")
        #expect(try register.member(zhang, asOf: "2022-12-31")?.rank == .section)
        #expect(try register.member(li, asOf: "2022-09-29")?.post == "新城区卫健委副主任")
        #expect(try register.member(li, asOf: "2022-09-30")?.post == nil)
        #expect(try register.member(qian, asOf: "2022-07-01")?.rank == .deputySection)
    }

    @Test("posts keep their 任免文号 and read as of a date: held 2019-05-01 until removed, with the 免职文号 after")
    func postsAsOf() throws {
        let held = try register.records(PostRecord.self, of: zhang, asOf: "2022-12-31")
        #expect(held.map(\.title) == ["副局长", "主席"])
        #expect(held.first?.appointmentDocument == "新党干字〔2019〕8号")
        #expect(held.first?.from == "2019-05-01")
        let all = try register.records(PostRecord.self, of: li)
        #expect(all.count == 1)
        #expect(all.first?.to == "2022-09-30")
        #expect(all.first?.removalDocument == "新党干字〔2022〕31号")
        #expect(try register.records(PostRecord.self, of: li, asOf: "2022-09-30").isEmpty)
        #expect(try register.records(PostRecord.self, of: li, asOf: "2022-09-29").count == 1)
        #expect(try register.read { try $0.record(liPost, asOf: "2022-10-01", knownAt: Timestamp(endOf: "2023-01-06")) }?.to == nil)
    }
}
