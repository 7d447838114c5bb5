/// One-call workflow writes and reads, and their `async` forms. See
/// ``RegisterTransaction/recordStep(_:kind:for:)`` and ``RegisterSnapshot/workflows(of:in:asOf:knownAt:)``.
extension Register {
    /// Declares a workflow kind; see ``RegisterTransaction/declareWorkflowKind(_:)``.
    @discardableResult
    public func declareWorkflowKind(_ kind: WorkflowKind, by attribution: Attribution) throws -> Bool {
        try write(by: attribution) { try $0.declareWorkflowKind(kind) }
    }

    /// Records a step of a kind for a member; see ``RegisterTransaction/recordStep(_:kind:for:)``.
    @discardableResult
    public func recordStep(_ step: WorkflowStepRecord, kind: WorkflowKind, for member: MemberID,
                           by attribution: Attribution) throws -> WorkflowID {
        try write(by: attribution) { try $0.recordStep(step, kind: kind, for: member) }
    }

    /// Records the next step of a workflow; see ``RegisterTransaction/recordStep(_:in:)``.
    public func recordStep(_ step: WorkflowStepRecord, in workflow: WorkflowID, by attribution: Attribution) throws {
        try write(by: attribution) { try $0.recordStep(step, in: workflow) }
    }

    /// Withdraws a workflow's latest step; see ``RegisterTransaction/withdrawLatestStep(in:)``.
    public func withdrawLatestStep(in workflow: WorkflowID, by attribution: Attribution) throws {
        try write(by: attribution) { try $0.withdrawLatestStep(in: workflow) }
    }

    /// A workflow kind; see ``RegisterSnapshot/workflowKind(_:)``.
    public func workflowKind(_ id: String) throws -> WorkflowKind? { try read { try $0.workflowKind(id) } }

    /// A workflow in its latest state; see ``RegisterSnapshot/workflow(_:)``.
    public func workflow(_ id: WorkflowID) throws -> Workflow? { try read { try $0.workflow(id) } }

    /// A workflow as of a date; see ``RegisterSnapshot/workflow(_:asOf:knownAt:)``.
    public func workflow(_ id: WorkflowID, asOf date: LocalDate, knownAt: Timestamp? = nil) throws -> Workflow? {
        try read { try $0.workflow(id, asOf: date, knownAt: knownAt) }
    }

    /// A member's workflows; see ``RegisterSnapshot/workflows(of:asOf:knownAt:)``.
    public func workflows(of member: MemberID, asOf date: LocalDate? = nil, knownAt: Timestamp? = nil) throws -> [Workflow] {
        try read { try $0.workflows(of: member, asOf: date, knownAt: knownAt) }
    }

    /// The workflows of a kind in given states on a date; see ``RegisterSnapshot/workflows(of:in:asOf:knownAt:)``.
    public func workflows(of kind: WorkflowKind, in states: Set<String>, asOf date: LocalDate,
                          knownAt: Timestamp? = nil) throws -> [Workflow] {
        try read { try $0.workflows(of: kind, in: states, asOf: date, knownAt: knownAt) }
    }

    // MARK: Async

    /// Async form of ``declareWorkflowKind(_:by:)``.
    @discardableResult
    public func declareWorkflowKind(_ kind: WorkflowKind, by attribution: Attribution) async throws -> Bool {
        try await perform { try $0.declareWorkflowKind(kind, by: attribution) }
    }

    /// Async form of ``recordStep(_:kind:for:by:)``.
    @discardableResult
    public func recordStep(_ step: WorkflowStepRecord, kind: WorkflowKind, for member: MemberID,
                           by attribution: Attribution) async throws -> WorkflowID {
        try await perform { try $0.recordStep(step, kind: kind, for: member, by: attribution) }
    }

    /// Async form of ``recordStep(_:in:by:)``.
    public func recordStep(_ step: WorkflowStepRecord, in workflow: WorkflowID, by attribution: Attribution) async throws {
        try await perform { try $0.recordStep(step, in: workflow, by: attribution) }
    }

    /// Async form of ``withdrawLatestStep(in:by:)``.
    public func withdrawLatestStep(in workflow: WorkflowID, by attribution: Attribution) async throws {
        try await perform { try $0.withdrawLatestStep(in: workflow, by: attribution) }
    }

    /// Async form of ``workflowKind(_:)``.
    public func workflowKind(_ id: String) async throws -> WorkflowKind? {
        try await perform { try $0.workflowKind(id) }
    }

    /// Async form of ``workflow(_:)``.
    public func workflow(_ id: WorkflowID) async throws -> Workflow? {
        try await perform { try $0.workflow(id) }
    }

    /// Async form of ``workflow(_:asOf:knownAt:)``.
    public func workflow(_ id: WorkflowID, asOf date: LocalDate, knownAt: Timestamp? = nil) async throws -> Workflow? {
        try await perform { try $0.workflow(id, asOf: date, knownAt: knownAt) }
    }

    /// Async form of ``workflows(of:asOf:knownAt:)``.
    public func workflows(of member: MemberID, asOf date: LocalDate? = nil, knownAt: Timestamp? = nil) async throws -> [Workflow] {
        try await perform { try $0.workflows(of: member, asOf: date, knownAt: knownAt) }
    }

    /// Async form of ``workflows(of:in:asOf:knownAt:)``.
    public func workflows(of kind: WorkflowKind, in states: Set<String>, asOf date: LocalDate,
                          knownAt: Timestamp? = nil) async throws -> [Workflow] {
        try await perform { try $0.workflows(of: kind, in: states, asOf: date, knownAt: knownAt) }
    }
}
