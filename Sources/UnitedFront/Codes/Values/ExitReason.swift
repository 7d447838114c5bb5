/// 离开原因: why a member left a category or was archived (调离, 退休, 去世, 加入中共, 不再符合条件 …).
///
/// A ``CodedValue``: a static member holds the code; text (a code, name or alias) is resolved by the
/// register. See the `exit_reason` code list for every entry. ``RegisterTransaction/leave(_:category:effective:reason:)``
/// and ``RegisterTransaction/archive(_:effective:reason:)`` take one; the change report
/// (``ChangeReport``) lists each exit with it.
public struct ExitReason: CodedValue {
    /// The `exit_reason` code list.
    public static let list: CodeListID = .exitReason
    /// The code, or text still to be resolved.
    public let rawValue: String

    /// Wraps a code, or text still to be resolved.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// 调离 (`TRANSFERRED`): moved to work elsewhere, out of the register's reach.
    public static let transferred: ExitReason = "TRANSFERRED"
    /// 退休 (`RETIRED`).
    public static let retired: ExitReason = "RETIRED"
    /// 去世 (`DECEASED`).
    public static let deceased: ExitReason = "DECEASED"
    /// 加入中共 (`JOINED_CPC`): a 中共党员 is no longer 党外.
    public static let joinedCPC: ExitReason = "JOINED_CPC"
    /// 加入民主党派 (`JOINED_PARTY`): ends a 无党派人士 membership (the register does this itself when a
    /// party membership begins).
    public static let joinedParty: ExitReason = "JOINED_PARTY"
    /// 退出民主党派 (`LEFT_PARTY`): leaves 民主党派成员.
    public static let leftParty: ExitReason = "LEFT_PARTY"
    /// 不再符合条件 (`NO_LONGER_ELIGIBLE`).
    public static let noLongerEligible: ExitReason = "NO_LONGER_ELIGIBLE"
    /// 撤销认定 (`CERTIFICATION_REVOKED`): a certification (无党派人士认定 …) was revoked; a workflow's 撤销
    /// step leaves the category with it.
    public static let certificationRevoked: ExitReason = "CERTIFICATION_REVOKED"
    /// 迁出 (`MOVED_AWAY`): moved out of the register's area.
    public static let movedAway: ExitReason = "MOVED_AWAY"
    /// 出国定居 (`EMIGRATED`): settled abroad.
    public static let emigrated: ExitReason = "EMIGRATED"
    /// 其他 (`OTHER`).
    public static let other: ExitReason = "OTHER"
}
