/// 人员与企业关系: what a person is to an enterprise (出资人, 法定代表人, 高管 …).
///
/// A ``CodedValue``: a static member holds the code; text (a code, name or alias) is resolved by the
/// register. See the `enterprise_role` code list for every entry.
public struct EnterpriseRole: CodedValue {
    /// The `enterprise_role` code list.
    public static let list: CodeListID = .enterpriseRole
    /// The code, or text still to be resolved.
    public let rawValue: String

    /// Wraps a code, or text still to be resolved.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// 出资人 (股东) (`INVESTOR`).
    public static let investor: EnterpriseRole = "INVESTOR"

    /// 法定代表人 (`LEGAL_REPRESENTATIVE`).
    public static let legalRepresentative: EnterpriseRole = "LEGAL_REPRESENTATIVE"

    /// 董事长 (`CHAIR`).
    public static let chair: EnterpriseRole = "CHAIR"

    /// 总经理 (`GENERAL_MANAGER`).
    public static let generalManager: EnterpriseRole = "GENERAL_MANAGER"

    /// 高管 (高级管理人员) (`EXECUTIVE`).
    public static let executive: EnterpriseRole = "EXECUTIVE"

    /// 合伙人 (`PARTNER`).
    public static let partner: EnterpriseRole = "PARTNER"

    /// 其他 (`OTHER`).
    public static let other: EnterpriseRole = "OTHER"
}
