/// How sensitive a member field is: the classes of personal information an ``AccessPolicy`` masks by
/// (PIPL Art. 51 asks for classification; Art. 28 names religious belief and 特定身份 sensitive).
///
/// Every ``MemberField`` has one class (``of(_:)``, a fixed table); category membership, which is not a
/// field, is the class ``membership`` of its own, a pseudo-field.
///
/// | class | fields |
/// |---|---|
/// | ``identifier`` | 证件号码 |
/// | ``contact`` | 手机, 电子邮箱 |
/// | ``location`` | 住址 |
/// | ``special`` | 宗教信仰, 教职, 宗教活动场所 (Art. 28) |
/// | ``political`` | 政治面貌 (plausibly 特定身份) |
/// | ``membership`` | the united-front categories a member is in (plausibly 特定身份) |
/// | ``personal`` | 姓名, 曾用名, 备注 |
/// | ``general`` | every other field (性别, 出生日期, 民族, 工作单位, 职务, 所属单位 …) |
///
/// **Threading.** A value type: `Sendable`.
public enum FieldSensitivity: String, CaseIterable, Hashable, Sendable, Codable, CustomStringConvertible {
    /// Numbers that identify a person on their own: 证件号码.
    case identifier
    /// Ways to reach a person: 手机, 电子邮箱.
    case contact
    /// Where a person lives: 住址.
    case location
    /// Sensitive personal information of PIPL Art. 28: 宗教信仰, 教职, 宗教活动场所.
    case special
    /// 政治面貌.
    case political
    /// Membership of the united-front categories (a pseudo-field: no ``MemberField`` has this class).
    case membership
    /// Names and free text about a person: 姓名, 曾用名, 备注.
    case personal
    /// Everything else.
    case general

    /// The class of `field` (the table above).
    public static func of(_ field: MemberField) -> FieldSensitivity {
        switch field {
        case .documentNumber: .identifier
        case .mobile, .email: .contact
        case .address: .location
        case .religion, .clergyPost, .venue: .special
        case .politicalStatus: .political
        case .name, .formerNames, .notes: .personal
        default: .general
        }
    }

    /// The fields of this class, in field order (none for ``membership``).
    public var fields: [MemberField] { MemberField.allCases.filter { Self.of($0) == self } }

    /// The key.
    public var description: String { rawValue }
}
