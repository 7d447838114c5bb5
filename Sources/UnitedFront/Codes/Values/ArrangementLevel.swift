/// 政治安排级别: the level of the body a 政治安排 is in (全国, 省, 市, 县, 乡).
///
/// A ``CodedValue``: a static member holds the code; text (a code, name or alias) is resolved by the
/// register. See the `arrangement_level` code list for every entry.
public struct ArrangementLevel: CodedValue {
    /// The `arrangement_level` code list.
    public static let list: CodeListID = .arrangementLevel
    /// The code, or text still to be resolved.
    public let rawValue: String

    /// Wraps a code, or text still to be resolved.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// 全国 (`NATIONAL`).
    public static let national: ArrangementLevel = "NATIONAL"
    /// 省 (自治区、直辖市) (`PROVINCIAL`).
    public static let provincial: ArrangementLevel = "PROVINCIAL"
    /// 市 (地、州、盟) (`MUNICIPAL`).
    public static let municipal: ArrangementLevel = "MUNICIPAL"
    /// 县 (市、区、旗) (`COUNTY`).
    public static let county: ArrangementLevel = "COUNTY"
    /// 乡 (镇、苏木) (`TOWNSHIP`).
    public static let township: ArrangementLevel = "TOWNSHIP"
}
