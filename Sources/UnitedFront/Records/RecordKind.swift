/// The kinds of ``DatedRecord``: each has its own pair of tables (`post` and `post_history` …) and a
/// Chinese name for timelines and reports.
public struct RecordKind: Hashable, Sendable, CustomStringConvertible {
    /// The table name: `post`, `arrangement`, `pool_entry`, `cultivation`, `party_membership`, `overseas`,
    /// `new_stratum`, `relation`, `honour`, `enterprise`, `enterprise_role`, `pairing`, `organisation`,
    /// `term`, `organisation_membership`, `enterprise_membership`, `household`, `household_membership`,
    /// `engagement`, `participant`.
    public let id: String
    /// The Chinese name: 任职, 政治安排, 后备干部, 培养, 民主党派, 侨情, 新的社会阶层, 社会关系, 表彰, 企业 …
    /// (任职 rather than 职务, which names the member field that follows the posts).
    public let name: String

    /// The Chinese name.
    public var description: String { name }

    /// 任职 (a post held): ``PostRecord``.
    public static let post = RecordKind(id: "post", name: "任职")
    /// 政治安排: ``ArrangementRecord``.
    public static let arrangement = RecordKind(id: "arrangement", name: "政治安排")
    /// 后备干部: ``PoolRecord``.
    public static let poolEntry = RecordKind(id: "pool_entry", name: "后备干部")
    /// 培养: ``CultivationRecord``.
    public static let cultivation = RecordKind(id: "cultivation", name: "培养")
    /// 民主党派: ``PartyMembershipRecord``.
    public static let partyMembership = RecordKind(id: "party_membership", name: "民主党派")

    /// 侨情: ``OverseasRecord``.
    public static let overseas = RecordKind(id: "overseas", name: "侨情")
    /// 新的社会阶层人士: ``NewStratumRecord``.
    public static let newStratum = RecordKind(id: "new_stratum", name: "新的社会阶层")

    /// 亲属及社会关系: ``RelationRecord``.
    public static let relation = RecordKind(id: "relation", name: "社会关系")
    /// 表彰: ``HonourRecord``.
    public static let honour = RecordKind(id: "honour", name: "表彰")

    /// 企业: ``EnterpriseRecord``.
    public static let enterprise = RecordKind(id: "enterprise", name: "企业")
    /// 企业任职: ``EnterpriseRoleRecord``.
    public static let enterpriseRole = RecordKind(id: "enterprise_role", name: "企业任职")
    /// 万企兴万村: ``PairingRecord``.
    public static let pairing = RecordKind(id: "pairing", name: "万企兴万村")
    /// 组织: ``OrganisationRecord``.
    public static let organisation = RecordKind(id: "organisation", name: "组织")
    /// 届次: ``TermRecord``.
    public static let term = RecordKind(id: "term", name: "届次")
    /// 组织职务: ``OrganisationMembershipRecord``.
    public static let organisationMembership = RecordKind(id: "organisation_membership", name: "组织职务")
    /// 会员企业: ``EnterpriseMembershipRecord``.
    public static let enterpriseMembership = RecordKind(id: "enterprise_membership", name: "会员企业")
    /// 户: ``HouseholdRecord``.
    public static let household = RecordKind(id: "household", name: "户")
    /// 家庭成员: ``HouseholdMembershipRecord``.
    public static let householdMembership = RecordKind(id: "household_membership", name: "家庭成员")
    /// 工作记录: ``EngagementRecord``.
    public static let engagement = RecordKind(id: "engagement", name: "工作记录")
    /// 参与: ``ParticipantRecord``.
    public static let participant = RecordKind(id: "participant", name: "参与")

    /// Every kind, in the order above.
    public static let all: [RecordKind] = [
        .post, .arrangement, .poolEntry, .cultivation, .partyMembership, .overseas, .newStratum, .relation, .honour,
        .enterprise, .enterpriseRole, .pairing, .organisation, .term, .organisationMembership, .enterpriseMembership,
        .household, .householdMembership, .engagement, .participant,
    ]
}
