/// The kind of person a synthetic member is: decides their work, education, political status,
/// categories and the changes their history is likely to hold.
///
/// Categories follow from the person, never the other way round: a ``democraticPartyMember`` holds
/// `DEMOCRATIC_PARTY` because their political status is 04–11; a 党外干部 who is a 民盟 member holds
/// both `NON_PARTY_CADRE` and `DEMOCRATIC_PARTY`.
public enum Archetype: String, CaseIterable, Sendable, Hashable, Codable {
    /// 党外干部: a non-CPC official in a district bureau, a 街道 office or the district leadership,
    /// with a cadre rank (most 副科级, 正科级 or 副处级); some in the reserve pool (后备).
    case nonPartyCadre
    /// 民主党派成员: a doctor, teacher, lecturer or engineer who belongs to one of the eight parties.
    case democraticPartyMember
    /// 无党派人士: a certified non-partisan figure (political status 12), or a nominated candidate
    /// waiting for certification (still 群众).
    case nonPartisan
    /// 民营企业家 (非公有制经济人士): the owner or manager of a private enterprise.
    case privateEntrepreneur
    /// 新的社会阶层人士: staff of private firms, lawyers and accountants, freelancers, new-media workers.
    case newSocialStratum
    /// 华侨, 归侨 or 侨眷.
    case overseasChinese
    /// 香港同胞, 澳门同胞 or 台湾同胞 working or investing in the district.
    case hongKongMacaoTaiwan
    /// 出国和归国留学人员: a returnee from study abroad.
    case returnedStudent
    /// 少数民族代表人士: a representative figure of an ethnic minority (never 汉族).
    case ethnicMinorityFigure
    /// 宗教界人士: an office holder of a patriotic religious association.
    case religiousFigure
    /// 党外知识分子: a non-CPC professional with a college degree or higher.
    case nonPartyIntellectual

    /// The relative weights used when a ``PopulationSpec`` does not say otherwise.
    public static let defaultMix: [Archetype: Int] = [
        .nonPartyCadre: 16, .democraticPartyMember: 15, .nonPartisan: 7, .privateEntrepreneur: 15,
        .newSocialStratum: 13, .overseasChinese: 8, .hongKongMacaoTaiwan: 3, .returnedStudent: 5,
        .ethnicMinorityFigure: 8, .religiousFigure: 2, .nonPartyIntellectual: 8,
    ]

    /// The Chinese label (`党外干部`).
    public var label: String {
        switch self {
        case .nonPartyCadre: "党外干部"
        case .democraticPartyMember: "民主党派成员"
        case .nonPartisan: "无党派人士"
        case .privateEntrepreneur: "民营企业家"
        case .newSocialStratum: "新的社会阶层人士"
        case .overseasChinese: "华侨、归侨及侨眷"
        case .hongKongMacaoTaiwan: "港澳台同胞"
        case .returnedStudent: "留学人员"
        case .ethnicMinorityFigure: "少数民族代表人士"
        case .religiousFigure: "宗教界人士"
        case .nonPartyIntellectual: "党外知识分子"
        }
    }
}
