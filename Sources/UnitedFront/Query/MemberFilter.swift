/// Which members a ``MemberQuery`` keeps: a tree of typed conditions combined with `&&`, `||` and `!`,
/// evaluated in SQL as one statement, **as of the query's date** and **as known at its instant**.
///
/// ```swift
/// let filter: MemberFilter = .category(.nonPartisan, tiers: [.representative]) && .under(district)
///     && .age(30...45) && !.politicalStatus(["中共党员"])
/// let page = try register.members(matching: MemberQuery(filter, asOf: "2022-12-31", order: .name, limit: 50))
/// ```
///
/// Every leaf reads what was in force on the query date: the member's fields, their memberships, the
/// records they hold (侨情, seats, enterprise roles), the state of their workflows and the org-unit tree,
/// each as the register knew it at ``MemberQuery/knownAt``. Coded values may hold codes, names or aliases
/// (`Ethnicity("蒙古族")`); the query resolves them and throws ``ValidationError`` naming the field for
/// one the code lists do not have. A filter is a plain value: build it anywhere, run it on any snapshot.
public struct MemberFilter: Sendable, Hashable {
    /// The tree of conditions.
    indirect enum Node: Sendable, Hashable {
        case all
        case category(Category?, tiers: Set<Tier>, sources: Set<CategorySource>)
        case under(OrgUnitID)
        case region(String)
        case sex(Sex)
        case ethnicity(Set<Ethnicity>)
        case minorityEthnicity
        case age(ClosedRange<Int>)
        case ageBand(String)
        case education(Education)
        case politicalStatus(Set<PoliticalStatus>)
        case rank(CadreRank)
        case grade(CivilServiceGrade)
        case workflow(WorkflowKind, states: Set<String>)
        case organisation(OrganisationID, roles: Set<OrganisationRole>)
        case enterpriseIndustry(Industry)
        case enterpriseScale(EnterpriseScale)
        case overseasType(Set<OverseasType>)
        case overseasCountry(Country)
        case engaged(from: LocalDate, through: LocalDate, kinds: Set<EngagementKind>)
        case text(String)
        case and(Node, Node)
        case or(Node, Node)
        case not(Node)
    }

    let node: Node

    init(_ node: Node) { self.node = node }

    /// Every member (of the query's status, on its date): the filter of a query that filters nothing.
    public static let all = MemberFilter(.all)

    // MARK: Categories

    /// A membership on the date in `category`, with one of `tiers` and one of `sources` when given (an
    /// empty set does not filter): `.category(.nonPartisan, tiers: [.representative, .key])`.
    public static func category(_ category: Category, tiers: Set<Tier> = [], sources: Set<CategorySource> = []) -> MemberFilter {
        MemberFilter(.category(category, tiers: tiers, sources: sources))
    }

    /// A membership on the date, in any category, with one of these tiers.
    public static func tier(_ tiers: Set<Tier>) -> MemberFilter { MemberFilter(.category(nil, tiers: tiers, sources: [])) }

    /// A membership on the date, in any category, with one of these sources (摸底 · 推荐 · 认定 · 自报).
    public static func source(_ sources: Set<CategorySource>) -> MemberFilter {
        MemberFilter(.category(nil, tiers: [], sources: sources))
    }

    // MARK: Where

    /// Owned on the date (所属单位) by `unit` or a unit below it in the tree as it stood that day; nobody
    /// when the unit did not exist (or was dissolved) then.
    public static func under(_ unit: OrgUnitID) -> MemberFilter { MemberFilter(.under(unit)) }

    /// 所属区划 within a GB/T 2260 division: `150000` is all of 内蒙古, `150100` 呼和浩特市, `150102`
    /// 新城区 with its 9- and 12-digit 统计用区划代码; a 9-digit code keeps its township and villages.
    /// The code must be well formed and its division known (``ValidationError`` field `region`).
    public static func region(_ code: String) -> MemberFilter { MemberFilter(.region(code)) }

    // MARK: Person

    /// 性别.
    public static func sex(_ sex: Sex) -> MemberFilter { MemberFilter(.sex(sex)) }

    /// 民族, one of these.
    public static func ethnicity(_ ethnicities: Set<Ethnicity>) -> MemberFilter { MemberFilter(.ethnicity(ethnicities)) }

    /// 少数民族: an ethnicity recorded and not 汉族 (`01`).
    public static let minorityEthnicity = MemberFilter(.minorityEthnicity)

    /// Full years of age on the query date, from 出生日期, within `years` (both ends included); members
    /// without a birth date never match. A negative bound is refused (``ValidationError`` field `age`).
    public static func age(_ years: ClosedRange<Int>) -> MemberFilter { MemberFilter(.age(years)) }

    /// An age band of the statistics (``StatisticsDimension/ageBand``), by key or name: `35-` or
    /// `35岁及以下`, `36-45`, `46-55`, `56+` (``ValidationError`` field `age_band` for another).
    public static func ageBand(_ band: String) -> MemberFilter { MemberFilter(.ageBand(band)) }

    /// 学历 at least `education` on the GB/T 4658 ladder, compared by level (研究生 · 大学本科 · 大学专科 ·
    /// 中职 · 高中 · 初中 · 小学): at least 大学本科 includes 研究生 and every 博士 and 硕士 code, and every
    /// 本科 code (毕业, 结业, 肄业). 其他 (`90`) ranks below 小学: a member recorded 其他 matches only "at least
    /// 其他", which keeps everyone with a 学历 recorded. A member with none recorded never matches.
    public static func education(atLeast education: Education) -> MemberFilter { MemberFilter(.education(education)) }

    /// 政治面貌, one of these.
    public static func politicalStatus(_ statuses: Set<PoliticalStatus>) -> MemberFilter {
        MemberFilter(.politicalStatus(statuses))
    }

    /// At or above `rank` on the 职务层次 ladder (``CodeCatalog/isAtLeast(_:_:)``), reading the member's
    /// level as ``CodeCatalog/cadreLevel(of:)`` does: the 职务层次, or else the one their 职级 corresponds to.
    /// `rank(atLeast: .deputySection)` is "副科级以上".
    public static func rank(atLeast rank: CadreRank) -> MemberFilter { MemberFilter(.rank(rank)) }

    /// A 职级 recorded at or above `grade` on the 2019 职级 ladder (四级主任科员 includes 三级主任科员 and
    /// above). Finer than ``rank(atLeast:)``, which puts a 职级 on the 职务层次 ladder through
    /// ``CodeCatalog/cadreLevel(of:)``; members without a 职级 never match.
    public static func grade(atLeast grade: CivilServiceGrade) -> MemberFilter { MemberFilter(.grade(grade)) }

    // MARK: Workflows and records

    /// A workflow of `kind` whose state on the date (its latest step dated on or before it, not
    /// withdrawn as known at the instant) is one of `states` (ids or names: `["推荐", "考察"]`);
    /// ``ValidationError`` (field `workflow_state`) for a state the kind does not have.
    public static func workflow(_ kind: WorkflowKind, in states: Set<String>) -> MemberFilter {
        MemberFilter(.workflow(kind, states: states))
    }

    /// A seat (``OrganisationMembershipRecord``) in force on the date in `organisation`, with one of
    /// `roles` when given.
    public static func organisation(_ organisation: OrganisationID, roles: Set<OrganisationRole> = []) -> MemberFilter {
        MemberFilter(.organisation(organisation, roles: roles))
    }

    /// A role (``EnterpriseRoleRecord``) in force on the date in an enterprise whose industry that day
    /// is `industry`: a GB/T 4754 门类 (`C` 制造业) includes its 大类 (`13` …).
    public static func enterpriseIndustry(_ industry: Industry) -> MemberFilter { MemberFilter(.enterpriseIndustry(industry)) }

    /// A role (``EnterpriseRoleRecord``) in force on the date in an enterprise of this scale that day.
    public static func enterpriseScale(_ scale: EnterpriseScale) -> MemberFilter { MemberFilter(.enterpriseScale(scale)) }

    /// A 侨情 record (``OverseasRecord``) in force on the date of one of these types.
    public static func overseasType(_ types: Set<OverseasType>) -> MemberFilter { MemberFilter(.overseasType(types)) }

    /// A 侨情 record (``OverseasRecord``) in force on the date whose 居住国 is `country`.
    public static func overseasCountry(_ country: Country) -> MemberFilter { MemberFilter(.overseasCountry(country)) }

    /// Took part in an engagement dated from `start` through `end` (both included; the dates of the
    /// period, not the query's): a ``ParticipantRecord`` naming the member, neither it nor its
    /// engagement withdrawn, the engagement of one of `kinds` when given. ``ValidationError`` (field
    /// `through`) when `end` is before `start`.
    public static func engaged(from start: LocalDate, through end: LocalDate, kinds: Set<EngagementKind> = []) -> MemberFilter {
        MemberFilter(.engaged(from: start, through: end, kinds: kinds))
    }

    /// Free text: the members the register's name search finds for `text` (names, former names, work
    /// units …). Empty text is refused (``ValidationError`` field `text`).
    public static func text(_ text: String) -> MemberFilter { MemberFilter(.text(text)) }

    // MARK: Combining

    /// Both filters.
    public static func && (lhs: MemberFilter, rhs: MemberFilter) -> MemberFilter {
        if case .all = lhs.node { return rhs }
        if case .all = rhs.node { return lhs }
        return MemberFilter(.and(lhs.node, rhs.node))
    }

    /// Either filter.
    public static func || (lhs: MemberFilter, rhs: MemberFilter) -> MemberFilter {
        if case .all = lhs.node { return lhs }
        if case .all = rhs.node { return rhs }
        return MemberFilter(.or(lhs.node, rhs.node))
    }

    /// The members (of the query's status, on its date) the filter does not keep.
    public static prefix func ! (filter: MemberFilter) -> MemberFilter {
        if case .not(let inner) = filter.node { return MemberFilter(inner) }
        return MemberFilter(.not(filter.node))
    }
}
