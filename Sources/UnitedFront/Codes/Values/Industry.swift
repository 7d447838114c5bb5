/// 国民经济行业分类 (GB/T 4754-2017): an enterprise's industry, a 门类 (`C` 制造业) or a 大类 (`36` 汽车制造业).
///
/// The static members are the 20 门类. A 大类 is written by its two-digit code or name (`Industry("36")`,
/// `Industry("汽车制造业")`, `Industry("C36")`); its ``Code/parent`` in the `industry` list is its 门类.
///
/// A ``CodedValue``: a static member holds the code; text (a code, name or alias) is resolved by the
/// register. See the `industry` code list for every entry.
public struct Industry: CodedValue {
    /// The `industry` code list.
    public static let list: CodeListID = .industry
    /// The code, or text still to be resolved.
    public let rawValue: String

    /// Wraps a code, or text still to be resolved.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// 农、林、牧、渔业 (`A`).
    public static let agriculture: Industry = "A"

    /// 采矿业 (`B`).
    public static let mining: Industry = "B"

    /// 制造业 (`C`).
    public static let manufacturing: Industry = "C"

    /// 电力、热力、燃气及水生产和供应业 (`D`).
    public static let utilities: Industry = "D"

    /// 建筑业 (`E`).
    public static let construction: Industry = "E"

    /// 批发和零售业 (`F`).
    public static let wholesaleAndRetail: Industry = "F"

    /// 交通运输、仓储和邮政业 (`G`).
    public static let transportAndStorage: Industry = "G"

    /// 住宿和餐饮业 (`H`).
    public static let accommodationAndCatering: Industry = "H"

    /// 信息传输、软件和信息技术服务业 (`I`).
    public static let informationTechnology: Industry = "I"

    /// 金融业 (`J`).
    public static let finance: Industry = "J"

    /// 房地产业 (`K`).
    public static let realEstate: Industry = "K"

    /// 租赁和商务服务业 (`L`).
    public static let leasingAndBusinessServices: Industry = "L"

    /// 科学研究和技术服务业 (`M`).
    public static let scientificResearch: Industry = "M"

    /// 水利、环境和公共设施管理业 (`N`).
    public static let waterEnvironmentAndPublicFacilities: Industry = "N"

    /// 居民服务、修理和其他服务业 (`O`).
    public static let residentServices: Industry = "O"

    /// 教育 (`P`).
    public static let education: Industry = "P"

    /// 卫生和社会工作 (`Q`).
    public static let healthAndSocialWork: Industry = "Q"

    /// 文化、体育和娱乐业 (`R`).
    public static let cultureSportsAndEntertainment: Industry = "R"

    /// 公共管理、社会保障和社会组织 (`S`).
    public static let publicAdministration: Industry = "S"

    /// 国际组织 (`T`).
    public static let internationalOrganisations: Industry = "T"
}
