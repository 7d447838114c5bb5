/// 侨界 and 港澳台 types.
///
/// A ``CodedValue``: a static member holds the code; text (a code, name or alias) is resolved by the
/// register. See the `overseas_type` code list for every entry.
public struct OverseasType: CodedValue {
    /// The `overseas_type` code list.
    public static let list: CodeListID = .overseasType
    /// The code, or text still to be resolved.
    public let rawValue: String

    /// Wraps a code, or text still to be resolved.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// 华侨 (`HUAQIAO`).
    public static let huaqiao: OverseasType = "HUAQIAO"
    /// 归侨 (`GUIQIAO`).
    public static let guiqiao: OverseasType = "GUIQIAO"
    /// 侨眷 (`QIAOJUAN`).
    public static let qiaojuan: OverseasType = "QIAOJUAN"
    /// 外籍华人 (`FOREIGN_CHINESE`).
    public static let foreignChinese: OverseasType = "FOREIGN_CHINESE"
    /// 香港同胞 (`HONG_KONG`).
    public static let hongKong: OverseasType = "HONG_KONG"
    /// 澳门同胞 (`MACAO`).
    public static let macao: OverseasType = "MACAO"
    /// 台湾同胞 (`TAIWAN`).
    public static let taiwan: OverseasType = "TAIWAN"
    /// 留学人员 (`STUDY_ABROAD`).
    public static let studyAbroad: OverseasType = "STUDY_ABROAD"
}
