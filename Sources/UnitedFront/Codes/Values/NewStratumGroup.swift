/// 新的社会阶层人士 sub-groups (the four groups of the 2015 条例).
///
/// A ``CodedValue``: a static member holds the code; text (a code, name or alias) is resolved by the
/// register. See the `new_stratum_group` code list for every entry.
public struct NewStratumGroup: CodedValue {
    /// The `new_stratum_group` code list.
    public static let list: CodeListID = .newStratumGroup
    /// The code, or text still to be resolved.
    public let rawValue: String

    /// Wraps a code, or text still to be resolved.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// 民营企业和外商投资企业管理技术人员 (`1`).
    public static let enterpriseStaff: NewStratumGroup = "1"
    /// 中介组织和社会组织从业人员 (`2`).
    public static let intermediaryStaff: NewStratumGroup = "2"
    /// 自由职业人员 (`3`).
    public static let freelancer: NewStratumGroup = "3"
    /// 新媒体从业人员 (`4`).
    public static let newMedia: NewStratumGroup = "4"
}
