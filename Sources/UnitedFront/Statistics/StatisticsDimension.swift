/// What statistics group members by. Membership dimensions (category, tier, source) count a member once
/// per membership held that day; the others once per member (or per 侨情 record, for the overseas ones, and
/// per distinct 门类 for the industry).
public enum StatisticsDimension: String, Hashable, Sendable, Codable, CaseIterable {
    /// 统战类别, per membership.
    case category
    /// 代表层级 of each membership.
    case tier
    /// 来源 of each membership.
    case source
    /// 性别.
    case sex
    /// 民族.
    case ethnicity
    /// 年龄段 on the date: 35岁及以下, 36至45岁, 46至55岁, 56岁及以上.
    case ageBand = "age_band"
    /// 学历.
    case education
    /// 政治面貌.
    case politicalStatus = "political_status"
    /// 职务层次, or the one a 职级 corresponds to (``CodeCatalog/cadreLevel(of:)``).
    case rank
    /// 所属单位: the owning org unit.
    case orgUnit = "org_unit"
    /// 侨情 type of each overseas record in force.
    case overseasType = "overseas_type"
    /// 居住国 of each overseas record in force.
    case country
    /// 行业 (GB/T 4754 门类) of the enterprises in which the member holds a role in force (出资人, 法定代表人 …):
    /// once per distinct 门类, a 大类 counted under its 门类; an enterprise with no industry is 未填写.
    case industry

    /// The dimension's Chinese name, as sheets and tables head the column: 统战类别, 民族, 年龄段 ….
    public var name: String {
        switch self {
        case .category: "统战类别"
        case .tier: "代表层级"
        case .source: "来源"
        case .sex: "性别"
        case .ethnicity: "民族"
        case .ageBand: "年龄段"
        case .education: "学历"
        case .politicalStatus: "政治面貌"
        case .rank: "职务层次"
        case .orgUnit: "所属单位"
        case .overseasType: "侨情类别"
        case .country: "居住国"
        case .industry: "行业"
        }
    }

    /// The dimension named by its key (`age_band`, also `age-band`) or its Chinese name (年龄段); nil
    /// for anything else.
    public init?(named text: String) {
        let key = String(text.trimmingSpaces().lowercased().map { $0 == "-" ? "_" : $0 })
        guard let dimension = Self(rawValue: key) ?? Self.allCases.first(where: { $0.name == key }) else { return nil }
        self = dimension
    }

    /// The code list whose names and order the dimension uses; nil for age bands and org units.
    var codeList: CodeListID? {
        switch self {
        case .category: .category
        case .tier: .tier
        case .source: .categorySource
        case .sex: .sex
        case .ethnicity: .ethnicity
        case .education: .education
        case .politicalStatus: .politicalStatus
        case .rank: .cadreRank
        case .overseasType: .overseasType
        case .country: .country
        case .industry: .industry
        case .ageBand, .orgUnit: nil
        }
    }

    /// Whether a member counts once per category membership.
    var isMembership: Bool { self == .category || self == .tier || self == .source }

    /// Whether a member counts once per overseas record.
    var isOverseas: Bool { self == .overseasType || self == .country }
}
