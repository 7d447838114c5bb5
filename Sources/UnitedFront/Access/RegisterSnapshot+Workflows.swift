/// Reading workflow kinds and workflows, in one snapshot.
///
/// A workflow's state on a date is the state entered by its latest step dated on or before that day;
/// with `knownAt`, only among the steps the register knew at that instant (withdrawn steps count until
/// their withdrawal was recorded).
extension RegisterSnapshot {
    /// The workflow kind with this id, shipped or declared; nil when there is none.
    public func workflowKind(_ id: String) throws -> WorkflowKind? { try workflows.kind(id) }

    /// The shipped workflow kinds, then those declared in this register, in declaration order.
    public func workflowKinds() throws -> [WorkflowKind] { try workflows.kinds() }

    /// The workflow with every step not withdrawn, future-dated ones included, in its latest state;
    /// nil when no workflow has this id.
    public func workflow(_ id: WorkflowID) throws -> Workflow? {
        try workflows.workflow(id, asOf: nil, knowledge: .current)
    }

    /// The workflow as of `date`: its steps dated on or before it and the state they led to, optionally
    /// as the register knew it at `knownAt`. Nil when the workflow was not yet recorded then; its
    /// ``Workflow/state`` is nil when no step had taken effect by `date`.
    public func workflow(_ id: WorkflowID, asOf date: LocalDate, knownAt: Timestamp? = nil) throws -> Workflow? {
        try workflows.workflow(id, asOf: date, knowledge: try Knowledge.at(knownAt, connection))
    }

    /// The member's workflows, in id order: in their latest state when `date` is nil, otherwise as of
    /// `date` (as known at `knownAt`).
    public func workflows(of member: MemberID, asOf date: LocalDate? = nil, knownAt: Timestamp? = nil) throws -> [Workflow] {
        try workflows.workflows(of: member, asOf: date, knowledge: try Knowledge.at(knownAt, connection))
    }

    /// The workflows of `kind` in one of `states` (ids or Chinese names) on `date`, of members registered
    /// and not archived that day, by member id then workflow id. "Awaiting 认定 on 2022-12-31":
    ///
    /// ```swift
    /// try snapshot.workflows(of: .nonPartisanCertification, in: WorkflowKind.nonPartisanAwaitingCertification,
    ///                        asOf: "2022-12-31")
    /// ```
    /// - Throws: ``ValidationError`` (field `workflow_state`) for a state the kind does not have.
    public func workflows(of kind: WorkflowKind, in states: Set<String>, asOf date: LocalDate,
                          knownAt: Timestamp? = nil) throws -> [Workflow] {
        let ids = try Set(states.map { text in
            guard let state = kind.state(text) else {
                throw ValidationError(field: .workflowState, value: text, reason: .malformed(
                    expected: "a state of \(kind.name): " + kind.states.map(\.name).joined(separator: ", ")))
            }
            return state.id
        })
        return try workflows.workflows(kind: kind.id, in: ids, asOf: date, knowledge: try Knowledge.at(knownAt, connection))
    }

    private var workflows: WorkflowReader { WorkflowReader(connection: connection) }
}
