/// Whether a member is on the active register. Archiving replaces deletion: the history stays.
public enum MemberStatus: String, Hashable, Sendable, Codable, CaseIterable {
    /// On the register.
    case active
    /// Retired from the register (moved away, deceased, no longer a contact), effective on a date.
    case archived

    /// 在册 or 已归档.
    public var label: String {
        switch self {
        case .active: "在册"
        case .archived: "已归档"
        }
    }
}
