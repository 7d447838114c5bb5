/// Who is reading through a ``RegisterView``, as the office they hold: the "role" axis of an
/// ``AccessPolicy`` (the purpose axis is ``DisclosurePurpose``).
///
/// Roles are open like purposes: a deployment names its own (`AccessRole("township_secretary")`) and
/// gives it rules in an ``AccessPolicy`` of its own. The built-in four are the offices of a district
/// 统战部 and its streets; ``AccessPolicy/standard`` masks for them as its table says.
///
/// **Threading.** A value type: `Sendable`.
public struct AccessRole: OpenKey {
    /// The role's key, as the access log records it (`street_clerk`).
    public let rawValue: String

    /// Wraps a role key.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// 街道（乡镇）统战干事: keeps the records of the people of one street or township. Sees names, the
    /// 政治面貌 and the categories; identifiers, contacts and addresses masked; religion redacted.
    public static let streetClerk: AccessRole = "street_clerk"
    /// 统战部科员: keeps the department's registers and reports. Masked like a street clerk.
    public static let officer: AccessRole = "officer"
    /// 部领导: reads lists and reports to decide. Masked like an officer: a leader who needs a number
    /// asks for it with a reason (``RegisterView/revealing(_:reason:)``), and that read is logged.
    public static let leader: AccessRole = "leader"
    /// 审计/督查: checks how the register is kept, not who is in it. Names show their first character;
    /// identifiers, contacts, addresses, 曾用名, 备注 and religion are redacted.
    public static let auditor: AccessRole = "auditor"
}
