/// A field of a member's core record, named by its English column name (`birth_date`).
///
/// Each field has its own effective-dated history; ``Register/timeline(of:)`` and
/// ``Register/changes(from:through:)`` report changes by field.
public enum MemberField: String, CaseIterable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// 姓名.
    case name
    /// 曾用名.
    case formerNames = "former_names"
    /// 性别 (GB/T 2261.1 code).
    case sex
    /// 出生日期.
    case birthDate = "birth_date"
    /// 民族 (GB/T 3304 code).
    case ethnicity
    /// 籍贯.
    case nativePlace = "native_place"
    /// 证件类型 (document type code).
    case documentType = "document_type"
    /// 证件签发国家/地区 (ISO 3166-1 alpha-3 code) for documents a country issues (foreign passports):
    /// identity is (type, issuing country, number).
    case documentCountry = "document_country"
    /// 证件号码.
    case documentNumber = "document_number"
    /// 政治面貌 (GB/T 4762 code).
    case politicalStatus = "political_status"
    /// 学历 (GB/T 4658 code).
    case education
    /// 工作单位.
    case workUnit = "work_unit"
    /// 职务.
    case post
    /// 职务层次 (cadre rank code, GB/T 12407): 乡科级副职 ….
    case rank
    /// 职级 (the 2019 civil-service grade ladder): 四级主任科员 ….
    case grade
    /// 手机.
    case mobile
    /// 电子邮箱.
    case email
    /// 住址.
    case address
    /// 所属区划 (GB/T 2260 code or its statistical extension).
    case region
    /// 所属单位: the org unit that owns the record (an ``OrgUnitID``); a move is a dated change of it.
    case orgUnit = "org_unit"
    /// 宗教信仰 (code list `religion`, GA 214.12): sensitive personal information, masked by default.
    case religion
    /// 教职 (住持, 阿訇, 主教 …): masked by default, like the belief it reveals.
    case clergyPost = "clergy_post"
    /// 宗教活动场所 (the venue served): masked by default, like the belief it reveals.
    case venue
    /// 备注.
    case notes
    /// 状态: active or archived.
    case status

    /// The Chinese label used in sheets and timelines.
    public var label: String {
        switch self {
        case .name: "姓名"
        case .formerNames: "曾用名"
        case .sex: "性别"
        case .birthDate: "出生日期"
        case .ethnicity: "民族"
        case .nativePlace: "籍贯"
        case .documentType: "证件类型"
        case .documentCountry: "签发国家/地区"
        case .documentNumber: "证件号码"
        case .politicalStatus: "政治面貌"
        case .education: "学历"
        case .workUnit: "工作单位"
        case .post: "职务"
        case .rank: "职务层次"
        case .grade: "职级"
        case .mobile: "手机"
        case .email: "电子邮箱"
        case .address: "住址"
        case .region: "所属区划"
        case .orgUnit: "所属单位"
        case .religion: "宗教信仰"
        case .clergyPost: "教职"
        case .venue: "宗教活动场所"
        case .notes: "备注"
        case .status: "状态"
        }
    }

    /// The code list the field's values come from, for coded fields.
    public var codeList: CodeListID? {
        switch self {
        case .sex: .sex
        case .ethnicity: .ethnicity
        case .documentType: .documentType
        case .politicalStatus: .politicalStatus
        case .education: .education
        case .rank: .cadreRank
        case .grade: .civilServiceGrade
        case .documentCountry: .country
        case .religion: .religion
        default: nil
        }
    }

    /// The column name.
    public var description: String { rawValue }

    /// The position of the field in ``MemberRecord/values`` and in SQL column lists (declaration order).
    var index: Int {
        switch self {
        case .name: 0
        case .formerNames: 1
        case .sex: 2
        case .birthDate: 3
        case .ethnicity: 4
        case .nativePlace: 5
        case .documentType: 6
        case .documentCountry: 7
        case .documentNumber: 8
        case .politicalStatus: 9
        case .education: 10
        case .workUnit: 11
        case .post: 12
        case .rank: 13
        case .grade: 14
        case .mobile: 15
        case .email: 16
        case .address: 17
        case .region: 18
        case .orgUnit: 19
        case .religion: 20
        case .clergyPost: 21
        case .venue: 22
        case .notes: 23
        case .status: 24
        }
    }

    /// `name, former_names, …, status`: the data columns of `member` and `member_history`, in order.
    static let columnList = allCases.map(\.rawValue).joined(separator: ", ")

    /// The column list qualified by a table alias: `h.name, h.former_names, …`.
    static func columns(prefixedBy alias: String) -> String {
        switch alias {
        case "h": historyColumns
        case "p": previousColumns
        default: allCases.map { "\(alias).\($0.rawValue)" }.joined(separator: ", ")
        }
    }

    private static let historyColumns = allCases.map { "h.\($0.rawValue)" }.joined(separator: ", ")
    private static let previousColumns = allCases.map { "p.\($0.rawValue)" }.joined(separator: ", ")
}
