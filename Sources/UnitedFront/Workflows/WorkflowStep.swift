/// A recorded step of a workflow: the state it entered (and left), when, and what the papers said.
public struct WorkflowStep: Hashable, Sendable, CustomStringConvertible {
    /// The step's row id: recording order.
    public let id: Int64
    /// The state the step entered.
    public let state: WorkflowState
    /// The state it left; nil for a workflow's first step.
    public let previous: WorkflowState?
    /// The day it took effect.
    public let effectiveOn: LocalDate
    /// 经办人.
    public let actor: String?
    /// 经办单位.
    public let orgUnit: OrgUnitID?
    /// 意见 (the reason, for 撤销 and 终止).
    public let opinion: String?
    /// 文号.
    public let documentNumber: String?
    /// Fields of the kind's own.
    public let fields: [String: String]
    /// The changeset that recorded it (see ``Register/changesets()``).
    public let changesetID: Int64

    /// `2023-03-01 考察 → 认定`.
    public var description: String { "\(effectiveOn) \(previous?.name ?? "—") → \(state.name)" }
}
