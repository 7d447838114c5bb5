/// A register operation that cannot be carried out as asked. Nothing was written.
///
/// Bad field values are ``ValidationError``; SQLite failures are ``DatabaseError``.
public enum RegisterError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No member has this id.
    case memberNotFound(MemberID)
    /// Another member already holds this identity document.
    case duplicateDocument(type: DocumentType, number: String, existing: MemberID)
    /// A change dated before the member entered the register.
    case effectiveBeforeRegistration(MemberID, effective: LocalDate, registeredOn: LocalDate)
    /// The member already belongs to the category on that date.
    case alreadyInCategory(MemberID, category: Category, on: LocalDate)
    /// The member does not belong to the category on that date.
    case notInCategory(MemberID, category: Category, on: LocalDate)
    /// The member is archived on that date and takes no new category memberships.
    case memberArchived(MemberID, on: LocalDate)
    /// An archive would make the member archived on a day a category membership begins: that
    /// membership is not dropped silently. Leave or remove it first.
    case membershipWhileArchived(MemberID, category: Category, on: LocalDate)
    /// No org unit has this id.
    case orgUnitNotFound(OrgUnitID)
    /// The org unit does not exist (not yet established, or dissolved) on that date, so nothing can
    /// belong to it then.
    case orgUnitNotActive(OrgUnitID, on: LocalDate)
    /// Moving the unit under `parent` would put it below itself.
    case orgUnitCycle(OrgUnitID, parent: OrgUnitID)
    /// The unit still owns members or units on that date or later: move them before dissolving it.
    case orgUnitInUse(OrgUnitID, on: LocalDate)
    /// No record of this kind has this id (or it belongs to another member where one was named).
    case recordNotFound(RecordKind, id: Int64)
    /// The record is not in force on that date (not yet begun, or already ended), so it cannot change
    /// or end then.
    case recordNotInForce(RecordKind, id: Int64, on: LocalDate)
    /// An archive would leave a record (post, pool entry …) beginning on a day the member is archived:
    /// it is not dropped silently. End or correct it first.
    case recordWhileArchived(MemberID, kind: RecordKind, id: Int64, on: LocalDate)
    /// No workflow kind is shipped or declared with this id.
    case workflowKindNotFound(String)
    /// A different definition is already shipped or declared under this workflow kind id: a kind's id
    /// names one definition for good; declare a changed procedure under a new id.
    case workflowKindConflict(String)
    /// No workflow has this id.
    case workflowNotFound(WorkflowID)
    /// The step cannot follow the workflow's current state. The payload holds Chinese names as people
    /// read them: the kind (无党派人士认定), the current state (nil: not started), the state the step
    /// would enter, and the states that may follow (or start) instead. `workflow` is nil when the step
    /// would have started a new workflow.
    case illegalWorkflowStep(MemberID, workflow: WorkflowID?, kind: String, current: String?, attempted: String,
                             allowed: [String])
    /// A step may not be dated before the workflow's latest step.
    case workflowStepOutOfOrder(WorkflowID, effective: LocalDate, previous: LocalDate)
    /// The workflow has no step left to withdraw.
    case noWorkflowStepToWithdraw(WorkflowID)
    /// Ending an enterprise or organisation on that date would leave a record it holds or that names it
    /// beginning after it ended: that record is not dropped silently. End or correct it first.
    case recordBeginsAfterEnd(RecordKind, id: Int64, on: LocalDate)
    /// Another enterprise already holds this 统一社会信用代码.
    case duplicateCreditCode(String, existing: EnterpriseID)
    /// A changeset may not be recorded before the latest one: "as known at" depends on that order.
    case recordedBeforeLatest(recordedAt: Timestamp, latest: Timestamp)
    /// A changeset may not be recorded later than the register's clock reads now (beyond
    /// ``Register/clockSkewToleranceMilliseconds``): changesets are immutable and later writes are never
    /// recorded before them, so one typo in `recordedAt` would shift every later write.
    case recordedInFuture(recordedAt: Timestamp, now: Timestamp)
    /// Every changeset names who made it.
    case missingActor
    /// The database schema is not one this library can use; the payload says why.
    case schema(String)
    /// A register call from inside a ``Register/write(by:_:)`` closure (or, in memory, a
    /// ``Register/read(_:)`` closure) on the same thread: use the transaction or snapshot the closure
    /// was handed instead.
    case nestedAccess
    /// A database failed ``RegisterSnapshot/check(quick:progress:)`` (a backup offered to
    /// ``Register/restore(from:to:replacing:progress:)``): the findings say what does not hold.
    case integrityCheckFailed([IntegrityFinding])
    /// A file is already at the path a backup or a restore would create (restore with `replacing: true`
    /// to overwrite a register).
    case fileExists(String)
    /// A ``RegisterView`` was asked to read or write something outside its scope (the org-unit subtree of
    /// its grant): `subject` says what (`member 3 on 2024-06-30`, `org unit 5`), `scope` the view's unit.
    /// Lists, counts, searches and reports leave such things out silently instead.
    case outsideScope(subject: String, scope: OrgUnitID)
    /// The member's identifying values were already erased (``RegisterTransaction/erase(_:reason:)``):
    /// a person is erased once.
    case memberErased(MemberID)

    /// An English sentence for logs and the CLI.
    public var description: String {
        switch self {
        case .memberNotFound(let id):
            "no member has id \(id)"
        case .duplicateDocument(let type, let number, let existing):
            "document \(type) \(number) already belongs to member \(existing)"
        case .effectiveBeforeRegistration(let id, let effective, let registeredOn):
            "member \(id) entered the register on \(registeredOn); a change effective \(effective) is earlier"
        case .alreadyInCategory(let id, let category, let date):
            "member \(id) already belongs to \(category) on \(date)"
        case .notInCategory(let id, let category, let date):
            "member \(id) does not belong to \(category) on \(date)"
        case .memberArchived(let id, let date):
            "member \(id) is archived on \(date)"
        case .membershipWhileArchived(let id, let category, let date):
            "member \(id) would be archived when their membership in \(category) begins on \(date); leave or remove it first"
        case .orgUnitNotFound(let id):
            "no org unit has id \(id)"
        case .orgUnitNotActive(let id, let date):
            "org unit \(id) does not exist on \(date) (not yet established, or dissolved)"
        case .orgUnitCycle(let id, let parent):
            "org unit \(id) cannot be placed under \(parent), which lies below it"
        case .orgUnitInUse(let id, let date):
            "org unit \(id) still owns members or units on \(date) or later; move them first"
        case .recordBeginsAfterEnd(let kind, let id, let date):
            "\(kind.id) record \(id) begins on \(date), after the end being recorded: end or correct it first"
        case .duplicateCreditCode(let code, let existing):
            "enterprise \(existing) already holds credit code \(code)"
        case .recordNotFound(let kind, let id):
            "no \(kind.id) record has id \(id)"
        case .recordNotInForce(let kind, let id, let date):
            "\(kind.id) record \(id) is not in force on \(date)"
        case .recordWhileArchived(let member, let kind, let id, let date):
            "member \(member) would be archived on \(date), when \(kind.id) record \(id) begins: end or correct it first"
        case .workflowKindNotFound(let id):
            "no workflow kind is shipped or declared with id \(id)"
        case .workflowKindConflict(let id):
            "a different definition of workflow kind \(id) is already shipped or declared; declare the changed procedure under a new id"
        case .workflowNotFound(let id):
            "no workflow has id \(id)"
        case .illegalWorkflowStep(let member, let workflow, let kind, let current, let attempted, let allowed):
            if let current {
                "\(kind) of member \(member) (workflow \(workflow.map(String.init(describing:)) ?? "—")) is at \(current): "
                    + "\(attempted) cannot follow it; allowed next: \(allowed.isEmpty ? "none (it has ended)" : allowed.joined(separator: ", "))"
            } else {
                "\(kind) of member \(member) has not started: \(attempted) cannot start it; "
                    + "allowed first steps: \(allowed.joined(separator: ", "))"
            }
        case .workflowStepOutOfOrder(let id, let effective, let previous):
            "workflow \(id) has a step effective \(previous); a step effective \(effective) cannot come after it"
        case .noWorkflowStepToWithdraw(let id):
            "workflow \(id) has no step to withdraw"
        case .recordedInFuture(let recordedAt, let now):
            "a changeset cannot be recorded at \(recordedAt), later than now (\(now))"
        case .recordedBeforeLatest(let recordedAt, let latest):
            "a changeset recorded at \(recordedAt) would precede the latest one (\(latest))"
        case .missingActor:
            "a changeset needs an actor"
        case .schema(let reason):
            "unusable database schema: \(reason)"
        case .integrityCheckFailed(let findings):
            "the database fails its integrity check (\(findings.count) finding\(findings.count == 1 ? "" : "s")): "
                + findings.map(\.description).joined(separator: "; ")
        case .fileExists(let path):
            "a file already exists at \(path)"
        case .outsideScope(let subject, let scope):
            "\(subject) is outside this view's scope (org unit \(scope.rawValue) and the units below it)"
        case .memberErased(let id):
            "member \(id) has already been erased"
        case .nestedAccess:
            "the register was called from inside one of its own write (or in-memory read) closures; use the transaction or snapshot the closure was handed"
        }
    }
}
