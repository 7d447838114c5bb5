public import UnitedFront

/// A 党外干部's career in 呼和浩特市新城区 (150102), and a second cadre who stays in the reserve pool.
///
/// | date | 赵晓敏 (`cadre`, 民盟) | recorded |
/// |---|---|---|
/// | 2019-03-15 | registered: post 区教育局 科员 (150); 党外干部 后备 (推荐) with a pool entry for 副科, 民主党派成员 with her 民盟 membership | 2019-03-20 |
/// | 2020-07-01 | post 副局长 (142, 领导职务, 新组干〔2020〕21号) replaces 科员; the pool entry ends (已提拔使用); 后备 → 代表人士 | 2020-07-08 |
/// | 2023-06-01 | post 局长 (141, 新组干〔2023〕9号) replaces 副局长; 代表人士 → 重点代表人士 | 2023-06-05 |
///
/// Her 职务 and 职务层次 are those of her post, as the register derives them: 呼和浩特市新城区教育局科员
/// (150), then …副局长 (142), then …局长 (141).
///
/// 包文斌 (`reserveCadre`, 蒙古族, 群众) is registered on 2021-04-10 as a 区卫生健康委员会 科员 (a post) in the
/// reserve pool, with a pool entry for 副科, and stays there.
public struct CadreAppointmentScenario: Sendable, Hashable {
    /// The member ids by role.
    public struct Roles: Sendable, Hashable {
        /// 赵晓敏, appointed and promoted.
        public let cadre: MemberID
        /// 包文斌, in the reserve pool throughout.
        public let reserveCadre: MemberID
    }

    /// 赵晓敏's registration date.
    public static let registeredOn: LocalDate = "2019-03-15"
    /// The appointment as 副局长 (乡科级副职, 142).
    public static let appointedOn: LocalDate = "2020-07-01"
    /// The promotion to 局长 (乡科级正职, 141).
    public static let promotedOn: LocalDate = "2023-06-01"
    /// 包文斌's registration date.
    public static let reserveRegisteredOn: LocalDate = "2021-04-10"

    /// The two people, `cadre` first.
    public let people: [SyntheticPerson]

    /// The scenario.
    public init() {
        var script = ScenarioScript()
        let unit = "呼和浩特市新城区教育局"
        let authority = "中共呼和浩特市新城区委员会"
        func post(_ unit: String, _ title: String, rank: CadreRank, document: String) -> PostRecord {
            var post = PostRecord(unit: unit, title: title, rank: rank, leadership: rank != .staffMember && rank != .clerk)
            post.appointmentDocument = document
            post.appointingAuthority = authority
            return post
        }
        var clerkPost = post(unit, "科员", rank: "150", document: "新组干〔2016〕7号")
        var zhao = MemberRecord(name: "赵晓敏")
        zhao.documentNumber = ScenarioScript.citizenID("150102", born: "1986-04-12", sequence: 24)
        zhao.sex = "2"
        zhao.birthDate = "1986-04-12"
        zhao.ethnicity = "01"
        zhao.nativePlace = "内蒙古呼和浩特"
        zhao.politicalStatus = "05"
        zhao.education = "14"
        zhao.workUnit = unit
        zhao.post = clerkPost.displayTitle
        zhao.rank = "150"
        zhao.mobile = "13904710386"
        zhao.region = "150102003"
        var pool = PoolRecord(targetRank: .deputySection, targetPost: unit + "副局长", entryReason: "2019年度党外干部摸底，列入后备人才库")
        pool.document = "新组通〔2019〕4号"
        let cadre = script.person(
            .nonPartyCadre, region: "150102", record: zhao, registered: Self.registeredOn,
            recorded: "2019-03-20T10:00:00+08:00", actor: "呼和浩特市新城区委统战部 李干事", reason: "2019年度党外干部摸底登记",
            source: "呼和浩特市新城区委组织部",
            memberships: [SyntheticMembership(category: .nonPartyCadre, tier: .reserve, source: .nominated),
                          SyntheticMembership(category: .democraticParty, tier: .general, source: .survey)],
            steps: [.add(.post(clerkPost), key: 0), .add(.poolEntry(pool), key: 1),
                    .add(.partyMembership(PartyMembershipRecord(party: "05", branch: "民盟呼和浩特市新城区第一支部")), key: 2)])
        clerkPost.removalDocument = "新组干〔2020〕21号"
        pool.exitReason = "已提拔使用"
        var deputy = post(unit, "副局长", rank: .deputySection, document: "新组干〔2020〕21号")
        script.event(cadre, .promotion, effective: Self.appointedOn, recorded: "2020-07-08T09:30:00+08:00",
                     actor: "呼和浩特市新城区委组织部 王科长", reason: "关于赵晓敏同志任职的通知（新组干〔2020〕21号）",
                     source: "呼和浩特市新城区委组织部",
                     steps: [.changeTier(category: .nonPartyCadre, tier: .representative, source: nil),
                             .end(key: 0, as: .post(clerkPost)), .add(.post(deputy), key: 3), .end(key: 1, as: .poolEntry(pool))])
        deputy.removalDocument = "新组干〔2023〕9号"
        script.event(cadre, .promotion, effective: Self.promotedOn, recorded: "2023-06-05T15:00:00+08:00",
                     actor: "呼和浩特市新城区委组织部 王科长", reason: "关于赵晓敏同志任职的通知（新组干〔2023〕9号）",
                     source: "呼和浩特市新城区委组织部",
                     steps: [.changeTier(category: .nonPartyCadre, tier: .keyRepresentative, source: nil),
                             .end(key: 3, as: .post(deputy)), .add(.post(post(unit, "局长", rank: .section, document: "新组干〔2023〕9号")), key: 4)])

        let health = "呼和浩特市新城区卫生健康委员会"
        let baoPost = post(health, "科员", rank: "150", document: "新组干〔2018〕30号")
        var bao = MemberRecord(name: "包文斌")
        bao.documentNumber = ScenarioScript.citizenID("150102", born: "1992-09-03", sequence: 57)
        bao.sex = "1"
        bao.birthDate = "1992-09-03"
        bao.ethnicity = "02"
        bao.nativePlace = "内蒙古通辽"
        bao.politicalStatus = "13"
        bao.education = "21"
        bao.workUnit = health
        bao.post = baoPost.displayTitle
        bao.rank = "150"
        bao.region = "150102006"
        var baoPool = PoolRecord(targetRank: .deputySection, targetPost: health + "副主任", entryReason: "列入2021年度党外后备干部人才库")
        baoPool.document = "新组通〔2021〕6号"
        _ = script.person(
            .nonPartyCadre, region: "150102", record: bao, registered: Self.reserveRegisteredOn,
            recorded: "2021-04-12T11:00:00+08:00", actor: "呼和浩特市新城区委统战部 李干事", reason: "列入2021年度党外后备干部人才库",
            source: "呼和浩特市新城区委组织部",
            memberships: [SyntheticMembership(category: .nonPartyCadre, tier: .reserve, source: .nominated)],
            steps: [.add(.post(baoPost), key: 0), .add(.poolEntry(baoPool), key: 1)])
        people = script.people
    }

    /// Writes both histories and returns the ids.
    /// - Throws: the register's errors (see ``Scenario`` on recording times).
    @discardableResult
    public func write(to register: Register, recording: Recording = .asGenerated) throws -> Roles {
        let ids = try HistoryWriter.write(people.flatMap(\.events), personCount: people.count, to: register,
                                          recording: recording).members
        return Roles(cadre: ids[0], reserveCadre: ids[1])
    }
}
