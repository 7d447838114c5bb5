/// 企业规模: the size of an enterprise as the 统计上大中小微型企业划分办法 (2017) classifies it.
///
/// A ``CodedValue``: a static member holds the code; text (a code, name or alias) is resolved by the
/// register. See the `enterprise_scale` code list for every entry.
public struct EnterpriseScale: CodedValue {
    /// The `enterprise_scale` code list.
    public static let list: CodeListID = .enterpriseScale
    /// The code, or text still to be resolved.
    public let rawValue: String

    /// Wraps a code, or text still to be resolved.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// 大型 (`LARGE`).
    public static let large: EnterpriseScale = "LARGE"

    /// 中型 (`MEDIUM`).
    public static let medium: EnterpriseScale = "MEDIUM"

    /// 小型 (`SMALL`).
    public static let small: EnterpriseScale = "SMALL"

    /// 微型 (`MICRO`).
    public static let micro: EnterpriseScale = "MICRO"
}
