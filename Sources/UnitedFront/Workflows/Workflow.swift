/// One run of a ``WorkflowKind`` for one member, as of a date: the state it was in and the steps that
/// led there.
public struct Workflow: Hashable, Sendable, CustomStringConvertible {
    /// The workflow's id.
    public let id: WorkflowID
    /// The kind's id (`NON_PARTISAN_CERTIFICATION`).
    public let kind: String
    /// The kind's Chinese name (无党派人士认定).
    public let kindName: String
    /// Whose procedure it is.
    public let memberID: MemberID
    /// The state on the date read: the state entered by the latest step dated on or before it; nil
    /// when no step had taken effect yet (or every step was withdrawn).
    public let state: WorkflowState?
    /// The steps dated on or before the date read, in order.
    public let steps: [WorkflowStep]

    /// Whether the workflow is still running on the date read: started, and not in a terminal state.
    public var isInProgress: Bool { state.map { !$0.isTerminal } ?? false }

    /// `无党派人士认定 of member 3: 考察`.
    public var description: String { "\(kindName) of member \(memberID): \(state?.name ?? "—")" }
}
