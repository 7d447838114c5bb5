public import UnitedFront

/// The 无党派人士认定 workflow in 广州市天河区 (440106): a candidate recommended, investigated and certified
/// by the city 统战部, a candidate still waiting, and a certification the register revokes when its
/// holder joins a democratic party.
///
/// | person (role) | history |
/// |---|---|
/// | 陈思远 (`certified`), 华南理工大学 副教授 | registered 2021-03-01 as 党外知识分子 (摸底); 推荐 2021-11-15 by 华南理工大学党委 (still 群众, no 无党派人士 membership); 考察 2022-02-18; 认定 2022-05-01 (穗统发〔2022〕15号: political status 12 and `NON_PARTISAN` as 认定 from the step's effects; 代表人士); 登记 2022-05-20; 教授 from 2023-09-01 |
/// | 林晓雯 (`pending`), 暨南大学 副教授 | registered 2023-10-10 as 党外知识分子; 推荐 2024-03-20, 考察 2024-09-12, and waiting |
/// | 黄国栋 (`revoked`), 华南师范大学 教授 | registered and 推荐 2018-03-01; 考察 2018-04-16; 认定 2018-06-01 (穗统发〔2018〕9号, 代表人士); 登记 2018-06-20; 复核 every December 2019–2022; joins 民进 on 2023-09-01 with a party membership, and the register revokes the certification (撤销: 加入中国民主促进会; political status 12 → 07, `NON_PARTISAN` ends); the membership is 报送 and 备案 in the autumn |
///
/// Status 12 and the `NON_PARTISAN` membership come only from the 认定 step: a candidate holds none
/// before it.
public struct NonPartisanCertificationScenario: Sendable, Hashable {
    /// The member ids by role.
    public struct Roles: Sendable, Hashable {
        /// 陈思远: recommended, investigated, then certified.
        public let certified: MemberID
        /// 林晓雯: recommended and investigated, waiting for 认定.
        public let pending: MemberID
        /// 黄国栋: certified earlier, revoked on joining 民进.
        public let revoked: MemberID
    }

    /// 陈思远's 推荐 by 华南理工大学党委.
    public static let nominatedOn: LocalDate = "2021-11-15"
    /// 陈思远's 认定 by 广州市委统战部.
    public static let certifiedOn: LocalDate = "2022-05-01"
    /// 陈思远's 认定 文号.
    public static let certificationDocument = "穗统发〔2022〕15号"
    /// 林晓雯's 推荐.
    public static let pendingNominatedOn: LocalDate = "2024-03-20"
    /// 黄国栋 joins 民进 and the register revokes his certification.
    public static let revokedOn: LocalDate = "2023-09-01"

    /// The three people: `certified`, `pending`, `revoked`.
    public let people: [SyntheticPerson]

    /// The scenario.
    public init() {
        var script = ScenarioScript()
        let clerk = "广州市天河区委统战部 林干事"
        let district = "广州市天河区委统战部"
        let city = "广州市委统战部"
        let kind = WorkflowKind.nonPartisanCertification
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
        func step(_ state: String, _ date: LocalDate, _ actor: String, _ opinion: String? = nil,
                  document: String? = nil) -> SyntheticEvent.Step {
            .workflow(kind, WorkflowStepRecord(state, effective: date, actor: actor, opinion: opinion, documentNumber: document),
                      poolEntry: nil)
        }
        let intellectual = SyntheticMembership(category: .nonPartyIntellectual, tier: .general, source: .survey)

        let chen = script.person(
            .nonPartisan, region: "440106",
            record: record("陈思远", sex: "1", born: "1978-11-20", sequence: 31, education: "11", status: "13",
                           unit: "华南理工大学", post: "副教授", town: "440106001"),
            registered: "2021-03-01", recorded: "2021-03-05T10:30:00+08:00", actor: clerk, reason: "2021年度党外知识分子摸底",
            source: "华南理工大学党委统战部", memberships: [intellectual])
        script.event(chen, .nonPartisanCandidacy, effective: Self.nominatedOn, recorded: "2021-11-18T14:00:00+08:00", actor: clerk,
                     reason: "华南理工大学党委推荐无党派人士人选", source: "华南理工大学党委",
                     steps: [step("RECOMMENDED", Self.nominatedOn, "华南理工大学党委", "推荐为无党派人士人选")])
        script.event(chen, .nonPartisanCandidacy, effective: "2022-02-18", recorded: "2022-02-22T15:00:00+08:00", actor: clerk,
                     reason: "无党派人士人选考察", source: district,
                     steps: [step("INVESTIGATED", "2022-02-18", district, "考察合格，建议认定")])
        script.event(chen, .nonPartisanCertification, effective: Self.certifiedOn, recorded: "2022-05-10T10:00:00+08:00",
                     actor: "广州市委统战部 黄处长",
                     reason: "关于认定陈思远等同志为无党派人士的通知（\(Self.certificationDocument)）", source: city,
                     steps: [step("CERTIFIED", Self.certifiedOn, city, "同意认定为无党派人士", document: Self.certificationDocument),
                             .changeTier(category: .nonPartisan, tier: .representative, source: nil)])
        script.event(chen, .nonPartisanCandidacy, effective: "2022-05-20", recorded: "2022-05-23T09:30:00+08:00", actor: clerk,
                     reason: "无党派人士登记备案", source: district, steps: [step("REGISTERED", "2022-05-20", district, "列入无党派人士花名册")])
        script.event(chen, .postChange, effective: "2023-09-01", recorded: "2023-09-12T16:20:00+08:00", actor: clerk,
                     reason: "华南理工大学2023年职称评审结果", source: "华南理工大学", steps: [.set(.post, "教授")])

        let lin = script.person(
            .nonPartisan, region: "440106",
            record: record("林晓雯", sex: "2", born: "1984-06-08", sequence: 46, education: "14", status: "13",
                           unit: "暨南大学", post: "副教授", town: "440106006"),
            registered: "2023-10-10", recorded: "2023-10-12T09:45:00+08:00", actor: clerk, reason: "2023年度党外知识分子摸底",
            source: "暨南大学党委统战部", memberships: [intellectual])
        script.event(lin, .nonPartisanCandidacy, effective: Self.pendingNominatedOn, recorded: "2024-03-22T11:10:00+08:00",
                     actor: clerk, reason: "暨南大学党委推荐无党派人士人选", source: "暨南大学党委",
                     steps: [step("RECOMMENDED", Self.pendingNominatedOn, "暨南大学党委", "推荐为无党派人士人选")])
        script.event(lin, .nonPartisanCandidacy, effective: "2024-09-12", recorded: "2024-09-18T10:20:00+08:00", actor: clerk,
                     reason: "无党派人士人选考察", source: district, steps: [step("INVESTIGATED", "2024-09-12", district, "考察合格，建议认定")])

        let huang = script.person(
            .nonPartisan, region: "440106",
            record: record("黄国栋", sex: "1", born: "1969-02-14", sequence: 15, education: "11", status: "13",
                           unit: "华南师范大学", post: "教授", town: "440106006"),
            registered: "2018-03-01", recorded: "2018-03-05T10:00:00+08:00", actor: clerk, reason: "华南师范大学党委推荐无党派人士人选",
            source: "华南师范大学党委",
            memberships: [SyntheticMembership(category: .nonPartyIntellectual, tier: .representative, source: .nominated)],
            steps: [step("RECOMMENDED", "2018-03-01", "华南师范大学党委", "推荐为无党派人士人选")])
        script.event(huang, .nonPartisanCandidacy, effective: "2018-04-16", recorded: "2018-04-19T14:30:00+08:00", actor: clerk,
                     reason: "无党派人士人选考察", source: district, steps: [step("INVESTIGATED", "2018-04-16", district, "考察合格，建议认定")])
        script.event(huang, .nonPartisanCertification, effective: "2018-06-01", recorded: "2018-06-05T10:00:00+08:00",
                     actor: "广州市委统战部 黄处长", reason: "关于认定黄国栋等同志为无党派人士的通知（穗统发〔2018〕9号）", source: city,
                     steps: [step("CERTIFIED", "2018-06-01", city, "同意认定为无党派人士", document: "穗统发〔2018〕9号"),
                             .changeTier(category: .nonPartisan, tier: .representative, source: nil)])
        script.event(huang, .nonPartisanCandidacy, effective: "2018-06-20", recorded: "2018-06-21T11:00:00+08:00", actor: clerk,
                     reason: "无党派人士登记备案", source: district, steps: [step("REGISTERED", "2018-06-20", district, "列入无党派人士花名册")])
        for (year, day) in [(2019, 10), (2020, 8), (2021, 14), (2022, 9)] {
            let date = LocalDate(year: year, month: 12, day: day)!
            script.event(huang, .nonPartisanCandidacy, effective: date, recorded: "\(year)-12-\(day + 2)T10:00:00+08:00", actor: clerk,
                         reason: "\(year)年度无党派人士年报复核", source: district, steps: [step("REVIEWED", date, district, "复核合格")])
        }
        var membership = PartyMembershipRecord(party: "07", branch: "民进广州市天河区华南师范大学支部")
        membership.introducers = "李明华、周婉清"
        script.event(huang, .partyJoining, effective: Self.revokedOn, recorded: "2023-09-15T15:30:00+08:00", actor: clerk,
                     reason: "加入民进，撤销无党派人士认定", source: "民进广州市委员会",
                     steps: [.enter(SyntheticMembership(category: .democraticParty, tier: .general, source: .selfReported)),
                             .add(.partyMembership(membership), key: 0)])
        let filing = WorkflowKind.democraticPartyFiling
        script.event(huang, .partyFiling, effective: "2023-09-20", recorded: "2023-09-21T10:00:00+08:00", actor: clerk,
                     reason: "民进广州市委员会报送新发展成员材料", source: "民进广州市委员会",
                     steps: [.workflow(filing, WorkflowStepRecord("SUBMITTED", effective: "2023-09-20", actor: "民进广州市委员会"),
                                       poolEntry: nil)])
        script.event(huang, .partyFiling, effective: "2023-10-16", recorded: "2023-10-17T16:00:00+08:00", actor: clerk,
                     reason: "民进新发展成员备案（天统备〔2023〕12号）", source: district,
                     steps: [.workflow(filing, WorkflowStepRecord("FILED", effective: "2023-10-16", actor: district,
                                                                  opinion: "同意备案", documentNumber: "天统备〔2023〕12号"),
                                       poolEntry: nil)])
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
