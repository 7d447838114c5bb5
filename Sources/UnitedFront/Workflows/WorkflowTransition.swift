/// How a ``WorkflowKind`` enters one of its states: from which states, with which fields, doing what.
///
/// ```swift
/// WorkflowTransition(to: "CERTIFIED", from: ["INVESTIGATED"], required: [.documentNumber],
///                    effects: [.setPoliticalStatus(.nonPartisan),
///                              .enterCategory(.nonPartisan, source: .certified)])
/// ```
public struct WorkflowTransition: Hashable, Sendable, Codable {
    /// The state the step enters (a ``WorkflowState/id``).
    public var to: String
    /// The states the step may be taken from; `nil` among them means "not started": the step may open
    /// a workflow.
    public var from: [String?]
    /// The fields the step must give, besides its date.
    public var required: [WorkflowField]
    /// What the step does to the member's record, in order, in the step's changeset.
    public var effects: [WorkflowEffect]

    /// A transition into `to`.
    public init(to: String, from: [String?], required: [WorkflowField] = [], effects: [WorkflowEffect] = []) {
        self.to = to
        self.from = from
        self.required = required
        self.effects = effects
    }

    /// Whether the step may open a workflow.
    public var startsWorkflow: Bool { from.contains(nil) }
}
