public import UnitedFront

/// What a write touched, as an `ok` line names it: a member (`m12`) or an org unit (`u3`).
public enum CrashSubject: Hashable, Sendable, CustomStringConvertible {
    /// A member: its timeline entries of the changeset are its part of the digest.
    case member(MemberID)
    /// An org unit the write established.
    case orgUnit(OrgUnitID)

    /// `m12` or `u3`.
    public var description: String {
        switch self {
        case .member(let id): "m\(id.rawValue)"
        case .orgUnit(let id): "u\(id.rawValue)"
        }
    }

    /// Parses `m12` or `u3`.
    public init?(_ text: String) {
        guard let number = Int64(text.dropFirst()) else { return nil }
        switch text.first {
        case "m": self = .member(MemberID(rawValue: number))
        case "u": self = .orgUnit(OrgUnitID(rawValue: number))
        default: return nil
        }
    }
}
