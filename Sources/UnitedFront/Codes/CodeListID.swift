/// The identifier of a code list (`ethnicity`, `cadre_rank`).
public struct CodeListID: RawRepresentable, Hashable, Sendable, Comparable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    /// The list's key in the `code_list` table.
    public let rawValue: String

    /// Wraps a list key.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// A list key literal.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The list key.
    public var description: String { rawValue }

    /// Orders identifiers alphabetically.
    public static func < (lhs: CodeListID, rhs: CodeListID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// 性别, GB/T 2261.1.
    public static let sex: CodeListID = "sex"
    /// 民族, GB/T 3304.
    public static let ethnicity: CodeListID = "ethnicity"
    /// 政治面貌, GB/T 4762.
    public static let politicalStatus: CodeListID = "political_status"
    /// 学历, GB/T 4658.
    public static let education: CodeListID = "education"
    /// 职务层次, the cadre rank ladder (GB/T 12407).
    public static let cadreRank: CodeListID = "cadre_rank"
    /// 职级, the civil-service grade ladder of the 公务员职务与职级并行规定 (中共中央办公厅, 2019):
    /// 二级科员 … 一级巡视员, lowest first like ``cadreRank``.
    ///
    /// The codes are project-defined (no national code table for 职级 is public). Each code's
    /// ``Code/parent`` is a ``cadreRank`` code, the 职务层次 the grade corresponds to (四级主任科员 → 142
    /// 乡科级副职), so a grade compares on the 职务层次 ladder.
    public static let civilServiceGrade: CodeListID = "civil_service_grade"
    /// 证件类型.
    public static let documentType: CodeListID = "document_type"
    /// 行政区划, GB/T 2260: the division table that region codes are checked against. It is a table of its
    /// own (``CodeCatalog/division(_:)``), not one of the code tables, so `codes[.division]` is nil.
    public static let division: CodeListID = "division"
    /// 国家和地区: ISO 3166-1 alpha-3 codes with Chinese names (GB/T 2659.1-2022 adopts ISO 3166-1).
    public static let country: CodeListID = "country"
    /// 统战类别: the 12 categories of the 统一战线工作条例 and the 党外干部 work group.
    public static let category: CodeListID = "category"
    /// 代表层级: 一般 · 代表人士 · 重点代表人士 · 后备.
    public static let tier: CodeListID = "tier"
    /// 来源: 摸底 · 推荐 · 认定 · 自报.
    public static let categorySource: CodeListID = "category_source"
    /// 新的社会阶层人士 sub-groups.
    public static let newStratumGroup: CodeListID = "new_stratum_group"
    /// 宗教信仰, GA 214.12: sensitive personal information (PIPL Art. 28).
    public static let religion: CodeListID = "religion"
    /// 组织单元类型: 统战部, 街道, 乡镇, 社区, 村, 网格, 部门, 单位.
    public static let orgUnitKind: CodeListID = "org_unit_kind"
    /// 侨界 and 港澳台 types: 华侨, 归侨, 侨眷, 外籍华人 …
    public static let overseasType: CodeListID = "overseas_type"
    /// 政治安排类别: 人大代表, 政协委员, 特约人员, 团体职务.
    public static let arrangementKind: CodeListID = "arrangement_kind"
    /// 政治安排级别: 全国, 省, 市, 县, 乡.
    public static let arrangementLevel: CodeListID = "arrangement_level"
    /// 政治安排职务: 主席/主任, 副主席/副主任, 秘书长, 常委, 委员/代表.
    public static let arrangementRole: CodeListID = "arrangement_role"
    /// 培养方式 of the reserve pool: 培训, 挂职, 实践锻炼, 考察.
    public static let cultivationKind: CodeListID = "cultivation_kind"
    /// 离开民主党派的方式: 退出, 除名, 开除, 去世.
    public static let partyExit: CodeListID = "party_exit"
    /// 国民经济行业分类, GB/T 4754-2017: the 20 门类 (code = letter, `C`) and 97 大类 (two digits, `36`, whose
    /// ``Code/parent`` is the 门类).
    public static let industry: CodeListID = "industry"
    /// 企业规模 (统计上大中小微型企业划分办法 2017): 大型, 中型, 小型, 微型.
    public static let enterpriseScale: CodeListID = "enterprise_scale"
    /// 企业登记注册类型: 110 国有企业 … 170 私营企业, 200 港澳台商投资企业, 300 外商投资企业, and 个体工商户.
    public static let ownershipType: CodeListID = "ownership_type"
    /// 人员与企业关系: 出资人, 法定代表人, 董事长, 总经理, 高管, 合伙人.
    public static let enterpriseRole: CodeListID = "enterprise_role"
    /// 组织类型: 工商联, 商会 (异地, 行业, 乡镇), 新联会, 侨联, 欧美同学会.
    public static let organisationKind: CodeListID = "organisation_kind"
    /// 组织内职务: 主席/会长, 副主席/副会长, 秘书长, 常委, 执委, 理事, 会员, 会员企业.
    public static let organisationRole: CodeListID = "organisation_role"
    /// 家庭成员及社会关系, GB/T 4761-2008 家庭关系代码 and two project codes: what the other person is to the member.
    public static let relation: CodeListID = "relation"
    /// 工作记录类型: 走访, 培训, 座谈, 联谊, 慰问, 建言, 问题诉求, 社会服务, 捐赠, 宣讲.
    public static let engagementKind: CodeListID = "engagement_kind"
    /// 表彰级别: 国家级, 省级, 市级, 县级.
    public static let honourLevel: CodeListID = "honour_level"
    /// 居留权 of a 华侨 abroad: 永久, 长期, 无.
    public static let residenceRight: CodeListID = "residence_right"
    /// 离开原因: why a member left a category or was archived (调离, 退休, 去世, 加入中共, 不再符合条件 …).
    public static let exitReason: CodeListID = "exit_reason"
}
