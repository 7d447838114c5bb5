/// Who reads or writes through a ``RegisterView``, in what role, for what purpose, and over which part of
/// the register: the org-unit subtree of ``scope`` (nil: the whole register).
///
/// ```swift
/// let grant = AccessGrant(actor: "锡林路街道 李干事", role: .streetClerk, purpose: .workList, scope: street)
/// let view = try register.view(for: grant)
/// ```
///
/// **Threading.** A value type: `Sendable`.
public struct AccessGrant: Sendable, Hashable, CustomStringConvertible {
    /// Who: recorded on every changeset written and every access-log entry (required, not blank).
    public var actor: String
    /// The office they hold: selects the masking rules of the view's ``AccessPolicy``.
    public var role: AccessRole
    /// Why they read: selects the masking rules too, and is logged with every export and unmasked read.
    public var purpose: DisclosurePurpose
    /// The org unit whose subtree the view sees; nil for the whole register (the owner's view).
    public var scope: OrgUnitID?

    /// A grant; `scope` nil sees the whole register.
    public init(actor: String, role: AccessRole, purpose: DisclosurePurpose = .workList, scope: OrgUnitID?) {
        self.actor = actor
        self.role = role
        self.purpose = purpose
        self.scope = scope
    }

    /// `李干事 as street_clerk for work_list under org unit 2`.
    public var description: String {
        "\(actor) as \(role) for \(purpose) " + (scope.map { "under org unit \($0.rawValue)" } ?? "over the whole register")
    }
}
