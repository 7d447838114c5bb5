/// One state of a ``WorkflowKind``: `RECOMMENDED` (推荐), `CERTIFIED` (认定) …
public struct WorkflowState: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The state's id within its kind, stored with every step that enters it: `RECOMMENDED`.
    public var id: String
    /// The Chinese name people read: 推荐.
    public var name: String
    /// Whether the workflow ends here (撤销, 终止, 出库): no step leaves a terminal state, and the
    /// member's next step of the kind starts a new workflow.
    public var isTerminal: Bool

    /// A state named `name`, terminal or not.
    public init(id: String, name: String, isTerminal: Bool = false) {
        self.id = id
        self.name = name
        self.isTerminal = isTerminal
    }

    /// The Chinese name.
    public var description: String { name }
}
