/// 企业登记注册类型: an enterprise's registration type (its ownership), with the statistical codes of the
/// 关于划分企业登记注册类型的规定 (110 国有企业 … 170 私营企业, 200 港澳台商投资企业, 300 外商投资企业), and
/// 个体工商户 (`INDIVIDUAL`, project-defined: 个体工商户 are not 企业).
///
/// The sub-types of 200 and 300 (210 与港、澳、台商合资经营企业 … 340 外商投资股份有限公司) have no members; their
/// ``Code/parent`` is 200 or 300.
///
/// A ``CodedValue``: a static member holds the code; text (a code, name or alias) is resolved by the
/// register. See the `ownership_type` code list for every entry.
public struct OwnershipType: CodedValue {
    /// The `ownership_type` code list.
    public static let list: CodeListID = .ownershipType
    /// The code, or text still to be resolved.
    public let rawValue: String

    /// Wraps a code, or text still to be resolved.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// 国有企业 (`110`).
    public static let state: OwnershipType = "110"

    /// 集体企业 (`120`).
    public static let collective: OwnershipType = "120"

    /// 股份合作企业 (`130`).
    public static let jointStockCooperative: OwnershipType = "130"

    /// 联营企业 (`140`).
    public static let jointOperation: OwnershipType = "140"

    /// 有限责任公司 (`150`).
    public static let limitedLiability: OwnershipType = "150"

    /// 股份有限公司 (`160`).
    public static let jointStock: OwnershipType = "160"

    /// 私营企业 (民营企业) (`170`).
    public static let privateEnterprise: OwnershipType = "170"

    /// 其他企业 (`190`).
    public static let otherDomestic: OwnershipType = "190"

    /// 港、澳、台商投资企业 (`200`).
    public static let hongKongMacaoTaiwan: OwnershipType = "200"

    /// 外商投资企业 (`300`).
    public static let foreignInvested: OwnershipType = "300"

    /// 个体工商户 (`INDIVIDUAL`).
    public static let individual: OwnershipType = "INDIVIDUAL"
}
