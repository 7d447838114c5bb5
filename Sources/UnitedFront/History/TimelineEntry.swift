/// One step of a member's history as a person reads it: what changed, from what to what, effective
/// when, recorded when, by whom and why.
public struct TimelineEntry: Hashable, Sendable, CustomStringConvertible {
    /// Whether reality changed or the record was put right.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// The member entered the register.
        case registration
        /// Reality changed on ``TimelineEntry/effectiveOn``.
        case change
        /// The record was wrong; the values were corrected for the interval starting ``TimelineEntry/effectiveOn``.
        case correction
    }

    /// The changeset: recorded when, by whom, why, from what source.
    public let changeset: Changeset
    /// Registration, change or correction.
    public let kind: Kind
    /// When it took effect (for corrections: the start of the corrected interval).
    public let effectiveOn: LocalDate
    /// The values that changed.
    public let changes: [ValueChange]

    /// `2023-06-01 变更 (recorded 2023-06-05T… by 张科员: 晋升文件) 职级: 乡科级副职 → 乡科级正职`.
    public var description: String {
        let verb = switch kind {
        case .registration: "登记"
        case .change: "变更"
        case .correction: "更正"
        }
        var text = "\(effectiveOn) \(verb) (recorded \(changeset.recordedAt) by \(changeset.actor)"
        if let reason = changeset.reason { text += ": \(reason)" }
        text += ") " + changes.map(\.description).joined(separator: "; ")
        return text
    }
}
