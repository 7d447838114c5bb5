/// 统战类别: the 12 categories of 党外人士 in the 统一战线工作条例, and the 党外干部 work group.
///
/// A ``CodedValue``: a static member holds the code; text (a code, name or alias) is resolved by the
/// register. See the `category` code list for every entry.
public struct Category: CodedValue {
    /// The `category` code list.
    public static let list: CodeListID = .category
    /// The code, or text still to be resolved.
    public let rawValue: String

    /// Wraps a code, or text still to be resolved.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// 民主党派成员 (`DEMOCRATIC_PARTY`).
    public static let democraticParty: Category = "DEMOCRATIC_PARTY"
    /// 无党派人士 (`NON_PARTISAN`).
    public static let nonPartisan: Category = "NON_PARTISAN"
    /// 党外知识分子 (`NON_PARTY_INTELLECTUAL`).
    public static let nonPartyIntellectual: Category = "NON_PARTY_INTELLECTUAL"
    /// 少数民族人士 (`ETHNIC_MINORITY`).
    public static let ethnicMinority: Category = "ETHNIC_MINORITY"
    /// 宗教界人士 (`RELIGIOUS`).
    public static let religious: Category = "RELIGIOUS"
    /// 非公有制经济人士 (`NON_PUBLIC_ECONOMY`).
    public static let nonPublicEconomy: Category = "NON_PUBLIC_ECONOMY"
    /// 新的社会阶层人士 (`NEW_STRATUM`).
    public static let newStratum: Category = "NEW_STRATUM"
    /// 出国和归国留学人员 (`STUDY_ABROAD`).
    public static let studyAbroad: Category = "STUDY_ABROAD"
    /// 香港同胞、澳门同胞 (`HONG_KONG_MACAO`).
    public static let hongKongMacao: Category = "HONG_KONG_MACAO"
    /// 台湾同胞及其在大陆的亲属 (`TAIWAN`).
    public static let taiwan: Category = "TAIWAN"
    /// 华侨、归侨及侨眷 (`OVERSEAS_CHINESE`).
    public static let overseasChinese: Category = "OVERSEAS_CHINESE"
    /// 其他需要联系和团结的人员 (`OTHER`).
    public static let other: Category = "OTHER"
    /// 党外干部 (`NON_PARTY_CADRE`).
    public static let nonPartyCadre: Category = "NON_PARTY_CADRE"
}
