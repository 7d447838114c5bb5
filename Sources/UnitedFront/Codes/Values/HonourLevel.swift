/// 表彰级别: the level of an honour or award (国家级, 省级, 市级, 县级).
///
/// A ``CodedValue``: a static member holds the code; text (a code, name or alias) is resolved by the
/// register. See the `honour_level` code list for every entry.
public struct HonourLevel: CodedValue {
    /// The `honour_level` code list.
    public static let list: CodeListID = .honourLevel
    /// The code, or text still to be resolved.
    public let rawValue: String

    /// Wraps a code, or text still to be resolved.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// 国家级 (`NATIONAL`).
    public static let national: HonourLevel = "NATIONAL"

    /// 省级 (`PROVINCIAL`).
    public static let provincial: HonourLevel = "PROVINCIAL"

    /// 市级 (`MUNICIPAL`).
    public static let municipal: HonourLevel = "MUNICIPAL"

    /// 县级 (`COUNTY`).
    public static let county: HonourLevel = "COUNTY"

    /// 其他 (`OTHER`).
    public static let other: HonourLevel = "OTHER"
}
