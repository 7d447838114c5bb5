public import UnitedFront

/// The 无党派人士 workflow in 广州市天河区 (440106): nomination, certification by the city 统战部,
/// a pending nomination, and a revocation on joining a democratic party.
///
/// | person (role) | history |
/// |---|---|
/// | 陈思远 (`certified`), 华南理工大学 副教授 | registered 2021-03-01 as 党外知识分子 (摸底); nominated 2021-11-15 (`NON_PARTISAN`, 一般, 推荐, still 群众); certified 2022-05-01 (political status 12, 代表人士, 认定, 穗统字〔2022〕15号); 教授 from 2023-09-01 |
/// | 林晓雯 (`pending`), 暨南大学 副教授 | registered 2023-10-10 as 党外知识分子; nominated 2024-03-20 and waiting |
/// | 黄国栋 (`revoked`), 华南师范大学 教授 | registered 2018-06-01 as a certified 无党派人士 (代表人士); joined 民进 on 2023-09-01: political status 12 → 07, `NON_PARTISAN` ends, `DEMOCRATIC_PARTY` begins |
///
/// Modelling choice: a nominated candidate is recorded in `NON_PARTISAN` with source `NOMINATED`
/// while their political status is still 13 群众; status 12 and source `CERTIFIED` come with the
/// certification.
public struct NonPartisanCertificationScenario: Sendable, Hashable {
    /// The member ids by role.
    public struct Roles: Sendable, Hashable {
        /// 陈思远: nominated, then certified.
        public let certified: MemberID
        /// 林晓雯: nominated, waiting for certification.
        public let pending: MemberID
        /// 黄国栋: certified earlier, revoked on joining 民进.
        public let revoked: MemberID
    }

    /// 陈思远's nomination by 华南理工大学党委.
    public static let nominatedOn: LocalDate = "2021-11-15"
    /// 陈思远's certification by 广州市委统战部.
    public static let certifiedOn: LocalDate = "2022-05-01"
    /// 林晓雯's nomination.
    public static let pendingNominatedOn: LocalDate = "2024-03-20"
    /// 黄国栋 joins 民进 and the 无党派 record ends.
    public static let revokedOn: LocalDate = "2023-09-01"

    /// The three people: `certified`, `pending`, `revoked`.
    public let people: [SyntheticPerson]

    /// The scenario.
    public init() {
        var script = ScenarioScript()
        let clerk = "广州市天河区委统战部 林干事"
        func record(_ name: String, sex: String, born: LocalDate, sequence: Int, education: String, status: String,
                    unit: String, post: String, town: String) -> MemberRecord {
            var record = MemberRecord(name: name)
            record.documentNumber = ScenarioScript.citizenID("440106", born: born, sequence: sequence)
            record[.sex] = sex
            record.birthDate = born
            record.ethnicity = "01"
            record.nativePlace = "广东广州"
            record[.politicalStatus] = status
            record[.education] = education
            record.workUnit = unit
            record.post = post
            record.region = town
            return record
        }

        let chen = script.person(
            .nonPartisan, region: "440106",
            record: record("陈思远", sex: "1", born: "1978-11-20", sequence: 31, education: "11", status: "13",
                           unit: "华南理工大学", post: "副教授", town: "440106001"),
            registered: "2021-03-01", recorded: "2021-03-05T10:30:00+08:00", actor: clerk, reason: "2021年度党外知识分子摸底",
            source: "华南理工大学党委统战部",
            memberships: [SyntheticMembership(category: .nonPartyIntellectual, tier: .general, source: .survey)])
        script.event(chen, .categoryEntry, effective: Self.nominatedOn, recorded: "2021-11-18T14:00:00+08:00", actor: clerk,
                     reason: "华南理工大学党委推荐无党派人士人选", source: "华南理工大学党委",
                     steps: [.enter(SyntheticMembership(category: .nonPartisan, tier: .general, source: .nominated))])
        script.event(chen, .nonPartisanCertification, effective: Self.certifiedOn, recorded: "2022-05-10T10:00:00+08:00",
                     actor: "广州市委统战部 黄处长", reason: "关于认定陈思远等同志为无党派人士的通知（穗统字〔2022〕15号）",
                     source: "广州市委统战部",
                     steps: [.set(.politicalStatus, "12"),
                             .changeTier(category: .nonPartisan, tier: .representative, source: .certified)])
        script.event(chen, .postChange, effective: "2023-09-01", recorded: "2023-09-12T16:20:00+08:00", actor: clerk,
                     reason: "华南理工大学2023年职称评审结果", source: "华南理工大学", steps: [.set(.post, "教授")])

        let lin = script.person(
            .nonPartisan, region: "440106",
            record: record("林晓雯", sex: "2", born: "1984-06-08", sequence: 46, education: "14", status: "13",
                           unit: "暨南大学", post: "副教授", town: "440106006"),
            registered: "2023-10-10", recorded: "2023-10-12T09:45:00+08:00", actor: clerk, reason: "2023年度党外知识分子摸底",
            source: "暨南大学党委统战部",
            memberships: [SyntheticMembership(category: .nonPartyIntellectual, tier: .general, source: .survey)])
        script.event(lin, .categoryEntry, effective: Self.pendingNominatedOn, recorded: "2024-03-22T11:10:00+08:00",
                     actor: clerk, reason: "暨南大学党委推荐无党派人士人选", source: "暨南大学党委",
                     steps: [.enter(SyntheticMembership(category: .nonPartisan, tier: .general, source: .nominated))])

        let huang = script.person(
            .nonPartisan, region: "440106",
            record: record("黄国栋", sex: "1", born: "1969-02-14", sequence: 15, education: "11", status: "12",
                           unit: "华南师范大学", post: "教授", town: "440106006"),
            registered: "2018-06-01", recorded: "2018-06-05T10:00:00+08:00", actor: clerk, reason: "认定后登记备案",
            source: "广州市委统战部",
            memberships: [SyntheticMembership(category: .nonPartisan, tier: .representative, source: .certified)])
        script.event(huang, .partyJoining, effective: Self.revokedOn, recorded: "2023-09-15T15:30:00+08:00", actor: clerk,
                     reason: "加入民进，撤销无党派人士认定", source: "民进广州市委员会",
                     steps: [.set(.politicalStatus, "07"), .leave(category: .nonPartisan),
                             .enter(SyntheticMembership(category: .democraticParty, tier: .general, source: .selfReported))])
        people = script.people
    }

    /// Writes the three histories and returns the ids.
    /// - Throws: the register's errors (see ``Scenario`` on recording times).
    @discardableResult
    public func write(to register: Register, recording: Recording = .asGenerated) throws -> Roles {
        let ids = try HistoryWriter.write(people.flatMap(\.events), personCount: people.count, to: register,
                                          recording: recording).members
        return Roles(certified: ids[0], pending: ids[1], revoked: ids[2])
    }
}
