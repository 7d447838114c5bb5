import Foundation
public import UnitedFront

/// A column of a member sheet: its Chinese header, its English alias, and the record field it fills.
///
/// A sheet may use either name for each column, in any order (`姓名` or `name`). Besides the core
/// columns the importer knows `电子邮箱 email` and `住址 address`, which exports write (masked), and
/// `错误 error`, which rejects files add and imports ignore, so that a fixed rejects file re-imports.
///
/// **Threading.** A value type: `Sendable`.
public enum MemberSheetColumn: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    /// 姓名.
    case name
    /// 曾用名.
    case formerNames = "former_names"
    /// 性别: code or name (`1`, `男`).
    case sex
    /// 出生日期: may stay empty when a citizen ID gives it.
    case birthDate = "birth_date"
    /// 民族: code, name or short name (`02`, `蒙古族`, `蒙古`).
    case ethnicity
    /// 籍贯.
    case nativePlace = "native_place"
    /// 证件类型: 居民身份证 when empty.
    case documentType = "document_type"
    /// 签发国家/地区: for passports and other documents a country issues (code, name or alias: `USA`, `美国`).
    case documentCountry = "document_country"
    /// 证件号码.
    case documentNumber = "document_number"
    /// 政治面貌.
    case politicalStatus = "political_status"
    /// 学历.
    case education
    /// 工作单位.
    case workUnit = "work_unit"
    /// 职务.
    case post
    /// 职务层次 (GB/T 12407: `乡科级副职`, `副科级`).
    case rank
    /// 职级 (the 2019 ladder: `四级主任科员`). A 职级 cell holding a 职务层次 (`副科级`), as sheets made before
    /// the two were separate do, is read as 职务层次 when the sheet has no 职务层次 column.
    case grade
    /// 手机.
    case mobile
    /// 电子邮箱.
    case email
    /// 住址.
    case address
    /// 所属区划: a 6-, 9- or 12-digit division code.
    case region
    /// 宗教信仰: code or name (`10`, `佛教`); masked in exports by default.
    case religion
    /// 教职; masked in exports by default.
    case clergyPost = "clergy_post"
    /// 宗教活动场所; masked in exports by default.
    case venue
    /// 统战类别: several separated by `；`, `;` or `、` (exports write `；`).
    case categories
    /// 类别起始日期: one date for all the row's categories, or one per category separated by `；`.
    case categorySince = "category_since"
    /// 代表层级: one tier for all the row's categories, or one per category separated by `；`.
    case tier
    /// 备注.
    case notes
    /// 错误: the reasons a rejects file gives; ignored on import.
    case error

    /// The Chinese header exports write (`姓名`): the record field's label, or the category columns' own.
    public var chineseHeader: String {
        if let field { return field.label }
        return switch self {
        case .categories: "统战类别"
        case .categorySince: "类别起始日期"
        case .tier: "代表层级"
        default: "错误"
        }
    }

    /// The English alias, also the JSON key (`birth_date`).
    public var englishAlias: String { rawValue }

    /// `姓名 name`.
    public var description: String { "\(chineseHeader) \(englishAlias)" }

    /// The member record field the column fills; nil for the category columns and `错误`.
    public var field: MemberField? {
        switch self {
        case .categories, .categorySince, .tier, .error: nil
        default: MemberField(rawValue: rawValue)
        }
    }

    /// The column for a record field, if sheets have one.
    public init?(field: MemberField) {
        guard field != .status, let column = MemberSheetColumn(rawValue: field.rawValue) else { return nil }
        self = column
    }

    /// The columns exports write, in order (every column but `错误`).
    public static let exported: [MemberSheetColumn] = allCases.filter { $0 != .error }

    /// The column a header names: its Chinese header or English alias (case-insensitive), or one of
    /// the common variants Excel sheets use (`身份证号码`, `手机号码`, `出生年月`); surrounding spaces
    /// ignored. Nil for an unknown header.
    public static func named(_ header: String) -> MemberSheetColumn? {
        let key = header.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        return byHeader[key]
    }

    private static let variants: [String: MemberSheetColumn] = [
        "身份证号": .documentNumber, "身份证号码": .documentNumber, "公民身份号码": .documentNumber,
        "手机号": .mobile, "手机号码": .mobile, "联系电话": .mobile,
        "出生年月": .birthDate, "签发国家": .documentCountry, "签发国": .documentCountry, "类别": .categories, "层级": .tier, "邮箱": .email,
        "错误 error": .error,
    ]

    private static let byHeader: [String: MemberSheetColumn] = {
        var table = variants
        for column in allCases {
            table[column.chineseHeader] = column
            table[column.englishAlias] = column
        }
        return table
    }()
}
