/// A rule of the data-quality report: records that contradict each other. The register accepts such
/// records when they are entered by hand or imported (DOMAIN: "accepted and reported, never silently
/// fixed"); ``RegisterSnapshot/dataQuality(asOf:knownAt:)`` lists them.
public enum QualityRule: String, Hashable, Sendable, Codable, CaseIterable, CustomStringConvertible {
    /// A 中共党员 or 中共预备党员 (political status 01, 02) holds a membership of a 党外 category.
    case cpcMemberInNonPartyCategory = "CPC_MEMBER_IN_NON_PARTY_CATEGORY"
    /// Political status 12 (无党派民主人士) without a 无党派人士认定 in 认定, 登记 or 复核 that day.
    case nonPartisanWithoutCertification = "NON_PARTISAN_WITHOUT_CERTIFICATION"
    /// A member of 少数民族人士 whose ethnicity is 汉族.
    case ethnicMinorityRecordedHan = "ETHNIC_MINORITY_RECORDED_HAN"
    /// A 侨眷 record naming no 华侨 or 归侨 relative.
    case qiaojuanWithoutRelative = "QIAOJUAN_WITHOUT_RELATIVE"
    /// A 侨眷 record whose relative holds no 华侨 or 归侨 record that day.
    case qiaojuanRelativeNotOverseas = "QIAOJUAN_RELATIVE_NOT_OVERSEAS"
    /// A 华侨 record whose residence facts fail the legal test (see ``ResidenceFinding``).
    case huaqiaoFailsResidenceTest = "HUAQIAO_FAILS_RESIDENCE_TEST"
    /// A membership at tier 后备 without a reserve-pool entry in force: the pool record is the source of
    /// truth for the pool.
    case reserveTierWithoutPoolEntry = "RESERVE_TIER_WITHOUT_POOL_ENTRY"
    /// A reserve-pool entry still open although the member already holds its target 职务层次 or higher.
    case poolEntryTargetReached = "POOL_ENTRY_TARGET_REACHED"
    /// Political status of a democratic party (04–11) without a membership of that party in force.
    case partyStatusWithoutMembership = "PARTY_STATUS_WITHOUT_MEMBERSHIP"
    /// A democratic-party membership in force while the political status names something else.
    case partyMembershipStatusMismatch = "PARTY_MEMBERSHIP_STATUS_MISMATCH"

    /// The rule in Chinese, as a report prints it.
    public var description: String {
        switch self {
        case .cpcMemberInNonPartyCategory: "中共党员列入党外人士类别"
        case .nonPartisanWithoutCertification: "政治面貌为无党派民主人士但无有效认定"
        case .ethnicMinorityRecordedHan: "少数民族人士民族为汉族"
        case .qiaojuanWithoutRelative: "侨眷未关联华侨、归侨亲属"
        case .qiaojuanRelativeNotOverseas: "侨眷关联的亲属不是华侨或归侨"
        case .huaqiaoFailsResidenceTest: "华侨居住情况不符合法定条件"
        case .reserveTierWithoutPoolEntry: "后备层级无有效后备干部库记录"
        case .poolEntryTargetReached: "已达到拟任职务层次仍在后备干部库"
        case .partyStatusWithoutMembership: "政治面貌为民主党派但无党派成员记录"
        case .partyMembershipStatusMismatch: "民主党派成员记录与政治面貌不符"
        }
    }
}
