/// Workflows: dated procedures on a member (无党派人士认定, 后备干部入库, 归侨侨眷身份认定 …), declared as data
/// (``WorkflowKind``) and recorded step by step.
///
/// A step enters a state on an effective date. It is refused unless the kind lets it follow the
/// workflow's current state (``RegisterError/illegalWorkflowStep(_:workflow:kind:current:attempted:allowed:)``),
/// gives the fields the kind requires (``ValidationError`` naming the field), is dated no earlier than
/// the workflow's latest step, and falls on a day the member is registered and not archived. What a step
/// does to the member's record (``WorkflowEffect``: 认定 sets 政治面貌 12 and enters 无党派人士 with source
/// 认定) is written in the same changeset, effective the step's date. Steps appear in the member's
/// timeline and in ``Register/changes(from:through:)`` (`无党派人士认定: 推荐 → 考察`).
///
/// Archiving a member leaves their workflows as they are: a workflow is a procedure, not a record in
/// force.
extension RegisterTransaction {
    /// Declares a workflow kind, so that steps of it can be recorded in this register. Returns false when
    /// the same definition was already declared (or is shipped): redeclaring is a no-op.
    /// - Throws: ``RegisterError/workflowKindConflict(_:)`` when a different definition holds the id;
    ///   ``ValidationError`` (field `workflow_kind`, or the code's field) for a definition that cannot run:
    ///   a bad id, states with repeated ids or names, transitions into or out of unknown states or out of
    ///   terminal ones, none that starts a workflow, codes the register does not know.
    @discardableResult
    public func declareWorkflowKind(_ kind: WorkflowKind) throws -> Bool {
        if let existing = try workflows.kind(kind.id) {
            guard existing == kind else { throw RegisterError.workflowKindConflict(kind.id) }
            return false
        }
        try kind.validate(codes: codes)
        try connection.run("INSERT INTO workflow_kind(id, name, definition, declared_in) VALUES (?, ?, ?, ?)",
                           [kind.id, kind.name.trimmingSpaces(), try kind.json(), try memberHistory().changeset()])
        return true
    }

    /// Records a step of `kind` for the member: it continues the member's workflow of that kind in
    /// progress (not in a terminal state), or starts a new one. Returns the workflow's id.
    ///
    /// ```swift
    /// try tx.recordStep(WorkflowStepRecord("推荐", effective: "2022-04-01", actor: "市第一中学党总支"),
    ///                   kind: .nonPartisanCertification, for: id)
    /// ```
    /// - Throws: ``RegisterError/workflowKindNotFound(_:)`` for a kind neither shipped nor declared,
    ///   ``RegisterError/workflowKindConflict(_:)`` when `kind` differs from the definition under its id,
    ///   and as ``recordStep(_:in:)``.
    @discardableResult
    public func recordStep(_ step: WorkflowStepRecord, kind: WorkflowKind, for member: MemberID) throws -> WorkflowID {
        guard let declared = try workflows.kind(kind.id) else { throw RegisterError.workflowKindNotFound(kind.id) }
        guard declared == kind else { throw RegisterError.workflowKindConflict(kind.id) }
        _ = try registeredOn(member)
        let open = try workflows.workflows(of: member, asOf: nil, knowledge: .current)
            .last { $0.kind == kind.id && ($0.state.map { !$0.isTerminal } ?? true) }
        return try record(step, kind: declared, member: member, workflow: open)
    }

    /// Records the next step of a workflow.
    /// - Throws: ``RegisterError/workflowNotFound(_:)``;
    ///   ``RegisterError/illegalWorkflowStep(_:workflow:kind:current:attempted:allowed:)`` when the kind
    ///   does not let the step follow the current state; ``RegisterError/workflowStepOutOfOrder(_:effective:previous:)``
    ///   for a step dated before the latest one; ``RegisterError/effectiveBeforeRegistration(_:effective:registeredOn:)``
    ///   and ``RegisterError/memberArchived(_:on:)`` for a step dated before the member's registration or
    ///   while they are archived; ``RegisterError/orgUnitNotFound(_:)`` and ``RegisterError/orgUnitNotActive(_:on:)``
    ///   for its org unit; ``ValidationError`` naming a required field left empty (`document_number`), a
    ///   state the kind does not have (`workflow_state`), or a bad value; and whatever its effects throw.
    public func recordStep(_ step: WorkflowStepRecord, in workflow: WorkflowID) throws {
        guard let current = try workflows.workflow(workflow, asOf: nil, knowledge: .current) else {
            throw RegisterError.workflowNotFound(workflow)
        }
        guard let kind = try workflows.kind(current.kind) else { throw RegisterError.workflowKindNotFound(current.kind) }
        _ = try record(step, kind: kind, member: current.memberID, workflow: current)
    }

    /// Withdraws the workflow's latest step: it was recorded wrongly. Like every correction, the step
    /// stays in history for "as known at" reads, shows in the timeline as a correction, and no longer
    /// appears in ``Register/changes(from:through:)``; the workflow is back in the state before it.
    ///
    /// What the step did to the member's record (its ``WorkflowEffect``s) is not undone: correct the
    /// record in the same ``Register/write(by:_:)`` (``correct(_:asOf:_:)``, ``removeMembership(_:category:asOf:)``).
    /// - Throws: ``RegisterError/workflowNotFound(_:)``, ``RegisterError/noWorkflowStepToWithdraw(_:)``.
    public func withdrawLatestStep(in workflow: WorkflowID) throws {
        guard let current = try workflows.workflow(workflow, asOf: nil, knowledge: .current) else {
            throw RegisterError.workflowNotFound(workflow)
        }
        guard let latest = current.steps.last else { throw RegisterError.noWorkflowStepToWithdraw(workflow) }
        try connection.run("UPDATE workflow_step SET superseded_by = ? WHERE id = ?", [try memberHistory().changeset(), latest.id])
        try memberHistory().log(LogLine(kind: .correction, effective: latest.effectiveOn.iso8601,
                                        subject: .workflow(kind: current.kind, workflow),
                                        from: latest.state.id, to: latest.previous?.id), for: current.memberID)
    }

    /// Ends the member's 无党派人士 certifications on `effective` because they joined a democratic party
    /// (or otherwise took a political status): every ``WorkflowKind/nonPartisanCertification`` workflow
    /// in 认定, 登记 or 复核 that day gets a 撤销 step with `reason`, which sets 政治面貌 to
    /// `politicalStatus` (not 群众) and ends the 无党派人士 membership, in this transaction.
    /// - Throws: as ``recordStep(_:in:)``.
    func endCertifications(of member: MemberID, effective: LocalDate, reason: String,
                           politicalStatus: PoliticalStatus) throws {
        for workflow in try workflows.workflows(of: member, asOf: effective, knowledge: .current)
        where workflow.kind == WorkflowKind.nonPartisanCertification.id
            && workflow.state.map({ WorkflowKind.nonPartisanCertified.contains($0.id) }) ?? false {
            try recordStep(WorkflowStepRecord("REVOKED", effective: effective, opinion: reason,
                                              fields: [WorkflowField.politicalStatus.rawValue: politicalStatus.rawValue]),
                           in: workflow.id)
        }
    }

    // MARK: Internals

    var workflows: WorkflowReader { WorkflowReader(connection: connection) }

    /// Checks `step` against `kind` and the workflow's current state (a new workflow when nil), then
    /// writes the workflow (when new), the step, its log line and its effects.
    private func record(_ step: WorkflowStepRecord, kind: WorkflowKind, member: MemberID, workflow: Workflow?) throws -> WorkflowID {
        guard let state = kind.state(step.state) else {
            throw ValidationError(field: .workflowState, value: step.state, reason: .malformed(
                expected: "a state of \(kind.name): " + kind.states.map(\.name).joined(separator: ", ")))
        }
        let current = workflow?.state
        guard let transition = kind.transition(to: state.id), transition.from.contains(current?.id) else {
            throw RegisterError.illegalWorkflowStep(member, workflow: workflow?.id, kind: kind.name, current: current?.name,
                                                    attempted: state.name,
                                                    allowed: kind.allowedStates(after: current?.id).map(\.name))
        }
        if let workflow, let previous = workflow.steps.last, step.effective < previous.effectiveOn {
            throw RegisterError.workflowStepOutOfOrder(workflow.id, effective: step.effective, previous: previous.effectiveOn)
        }
        guard try status(of: member, on: step.effective) == .active else {
            throw RegisterError.memberArchived(member, on: step.effective)
        }
        for field in transition.required where step.value(of: field) == nil {
            throw ValidationError(field: field.validationField, value: "", reason: .missing)
        }
        let texts = try normalizedTexts(step)
        if let unit = step.orgUnit {
            try checkOrgUnitActive(unit, from: step.effective.iso8601, to: step.effective.adding(days: 1).iso8601)
        }
        let id: WorkflowID
        if let workflow {
            id = workflow.id
        } else {
            try connection.run("INSERT INTO workflow(kind, member_id, created_in) VALUES (?, ?, ?)",
                               [kind.id, member, try memberHistory().changeset()])
            id = WorkflowID(rawValue: connection.lastInsertedRowID)
        }
        try connection.run("""
            INSERT INTO workflow_step(workflow_id, state, previous_state, effective_on, actor, org_unit, opinion,
                                      document_number, fields, changeset_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [id, state.id, current?.id, step.effective, texts.actor, step.orgUnit, texts.opinion,
                  texts.documentNumber, try WorkflowReader.storedFields(texts.fields), try memberHistory().changeset()])
        try memberHistory().log(LogLine(kind: .change, effective: step.effective.iso8601,
                                        subject: .workflow(kind: kind.id, id), from: current?.id, to: state.id),
                                for: member)
        for effect in transition.effects { try apply(effect, of: step, to: member) }
        return id
    }

    /// Applies one effect of `step`, effective its date.
    private func apply(_ effect: WorkflowEffect, of step: WorkflowStepRecord, to member: MemberID) throws {
        let day = step.effective.iso8601
        switch effect {
        case .setPoliticalStatus(let status, let field):
            let target = field.flatMap(step.value(of:)).map(PoliticalStatus.init(rawValue:)) ?? status
            try change(member, effective: step.effective) { $0.politicalStatus = target }
        case .enterCategory(let category, let source, let tier):
            let category = try codes.resolve(category, field: .category)
            if try categoryHistory().categories(of: member, on: day).contains(category) {
                try changeSource(member, category: category, to: source, effective: step.effective)
            } else {
                try enter(member, category: category, tier: tier, source: source, effective: step.effective)
            }
        case .leaveCategory(let category, let reason):
            let category = try codes.resolve(category, field: .category)
            if try categoryHistory().categories(of: member, on: day).contains(category) {
                try leave(member, category: category, effective: step.effective, reason: reason)
            }
        case .enterPool(let field):
            let rank = CadreRank(rawValue: step.value(of: field) ?? "")
            var entry = PoolRecord(targetRank: rank, entryReason: step.value(of: .opinion))
            entry.document = step.value(of: .documentNumber)
            do {
                try add(entry, for: member, effective: step.effective)
            } catch var error as ValidationError where error.field == "target_rank" {
                error.field = field.validationField
                throw error
            }
        case .leavePool:
            for entry in try records(PoolRecord.self, of: member, on: step.effective) {
                try end(entry.id, effective: step.effective) { pool in
                    pool.exitReason = step.value(of: .opinion)
                    if let document = step.value(of: .documentNumber) { pool.document = document }
                }
            }
        case .fileParty:
            for membership in try records(PartyMembershipRecord.self, of: member, on: step.effective) {
                try change(membership.id, effective: step.effective) { $0.isFiled = true }
            }
        }
    }

    /// The step's texts trimmed (empty as nil) and checked like every record's text (``RecordText``): no
    /// control characters, not over-long; the opinion and the kind's own fields may hold line breaks.
    private func normalizedTexts(_ step: WorkflowStepRecord) throws
        -> (actor: String?, opinion: String?, documentNumber: String?, fields: [String: String]) {
        var fields: [String: String] = [:]
        for (name, value) in step.fields {
            let key = name.trimmingSpaces()
            guard !key.isEmpty else { throw ValidationError(field: "fields", value: name, reason: .missing) }
            if let value = try RecordText.notes(value, field: WorkflowField(rawValue: key).validationField) {
                fields[key] = value
            }
        }
        return (try RecordText.normalized(step.actor, field: WorkflowField.actor.validationField),
                try RecordText.notes(step.opinion, field: WorkflowField.opinion.validationField),
                try RecordText.normalized(step.documentNumber, field: WorkflowField.documentNumber.validationField), fields)
    }
}
