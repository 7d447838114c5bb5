/// The writes of one changeset through a ``RegisterView``: the register's writes, allowed only inside the
/// view's scope. What ``RegisterView/write(reason:_:)`` hands its closure.
///
/// A write to a member needs the member inside the scope on the write's date before the write and after
/// it (a change that would move them out is undone and refused); a new member needs an owning unit
/// inside the scope; a transfer needs a destination inside the scope (a move out of the scope is made
/// by a wider view, which sees both ends). Writes to a member's records and workflows need the member
/// inside on their date. Anything else is ``RegisterError/outsideScope(subject:scope:)``, with nothing
/// of that write kept. Reads inside the transaction are scoped and masked like the view's reads.
///
/// **Threading.** Not `Sendable`: use it only inside the closure, on the thread that runs it.
public final class ScopedTransaction {
    let base: RegisterTransaction
    let session: ViewSession

    init(base: RegisterTransaction, session: ViewSession) {
        self.base = base
        self.session = session
    }

    /// The register's code lists.
    public var codes: CodeCatalog { base.codes }
    /// The register's clock when the transaction began.
    public var now: Timestamp { base.now }
    /// ``now``'s date.
    public var today: LocalDate { base.today }

    /// The transaction's own writes, read as a snapshot (org units may change within it: no cache).
    private var snapshot: RegisterSnapshot { RegisterSnapshot(connection: base.connection, codes: base.codes, today: base.today) }

    private func requireInside(_ id: MemberID, on date: LocalDate) throws {
        session.forgetUnits()
        guard try session.contains(id, snapshot, on: date, knownAt: nil) else { throw session.outside("member \(id) on \(date)") }
    }

    private func requireInside(unit: OrgUnitID?, on date: LocalDate) throws {
        session.forgetUnits()
        guard try session.contains(unit: unit, snapshot, on: date, knownAt: nil) else {
            throw session.outside(unit.map { "org unit \($0.rawValue) on \(date)" } ?? "a member owned by no org unit")
        }
    }

    /// Runs a write to `id` effective `date` in a savepoint, requiring the member inside before and after.
    private func guarded<T>(_ id: MemberID, on date: LocalDate, _ write: () throws -> T) throws -> T {
        try requireInside(id, on: date)
        return try base.savepoint {
            let result = try write()
            try requireInside(id, on: date)
            return result
        }
    }

    // MARK: Reads

    /// The member as of `date` including this transaction's writes, masked; nil when not registered then.
    /// - Throws: ``RegisterError/outsideScope(subject:scope:)`` when the member is outside that day.
    public func member(_ id: MemberID, asOf date: LocalDate) throws -> Member? {
        guard let member = try base.member(id, asOf: date) else { return nil }
        try requireInside(id, on: date)
        return session.masking.member(member)
    }

    // MARK: Members

    /// Registers a member owned by a unit inside the scope on `effective`; see ``RegisterTransaction/add(_:effective:)``.
    /// - Throws: ``RegisterError/outsideScope(subject:scope:)`` when `record.orgUnit` is nil or outside.
    @discardableResult
    public func add(_ record: MemberRecord, effective: LocalDate) throws -> MemberID {
        try requireInside(unit: record.orgUnit, on: effective)
        return try base.add(record, effective: effective)
    }

    /// Changes a member inside the scope on `effective`; refused when the change would move them out.
    @discardableResult
    public func change(_ id: MemberID, effective: LocalDate, _ edit: (inout MemberRecord) throws -> Void) throws -> Bool {
        try guarded(id, on: effective) { try base.change(id, effective: effective, edit) }
    }

    /// Corrects a member inside the scope on `date` (default: today); refused when the correction would
    /// put them outside.
    @discardableResult
    public func correct(_ id: MemberID, asOf date: LocalDate? = nil, _ edit: (inout MemberRecord) throws -> Void) throws -> Bool {
        try guarded(id, on: date ?? today) { try base.correct(id, asOf: date, edit) }
    }

    /// Moves a member inside the scope to another unit inside it, from `effective`.
    /// - Throws: ``RegisterError/outsideScope(subject:scope:)`` when the member or `unit` is outside that
    ///   day (nil, owned by no unit, is outside a scoped view).
    @discardableResult
    public func transfer(_ id: MemberID, to unit: OrgUnitID?, effective: LocalDate) throws -> Bool {
        try requireInside(id, on: effective)
        try requireInside(unit: unit, on: effective)
        return try base.transfer(id, to: unit, effective: effective)
    }

    /// Archives a member inside the scope on `effective`.
    public func archive(_ id: MemberID, effective: LocalDate, reason: ExitReason? = nil) throws {
        try guarded(id, on: effective) { try base.archive(id, effective: effective, reason: reason) }
    }

    /// Reactivates a member inside the scope on `effective`.
    public func reactivate(_ id: MemberID, effective: LocalDate) throws {
        try guarded(id, on: effective) { try base.reactivate(id, effective: effective) }
    }

    // MARK: Categories

    /// Enters a member inside the scope into a category from `effective`.
    public func enter(_ id: MemberID, category: Category, tier: Tier = .general, source: CategorySource? = nil,
                      effective: LocalDate) throws {
        try guarded(id, on: effective) { try base.enter(id, category: category, tier: tier, source: source, effective: effective) }
    }

    /// Ends the membership of a member inside the scope from `effective`.
    public func leave(_ id: MemberID, category: Category, effective: LocalDate, reason: ExitReason? = nil) throws {
        try guarded(id, on: effective) { try base.leave(id, category: category, effective: effective, reason: reason) }
    }

    /// Changes the tier of a member inside the scope from `effective`.
    @discardableResult
    public func changeTier(_ id: MemberID, category: Category, to tier: Tier, source: CategorySource? = nil,
                           effective: LocalDate) throws -> Bool {
        try guarded(id, on: effective) { try base.changeTier(id, category: category, to: tier, source: source, effective: effective) }
    }

    // MARK: Records and workflows

    /// Adds a record (a post, 政治安排 …) to a member inside the scope on `effective`.
    @discardableResult
    public func add<Record: DatedRecord>(_ record: Record, for member: MemberID,
                                         effective: LocalDate) throws -> RecordID<Record> where Record.Holder == MemberID {
        try guarded(member, on: effective) { try base.add(record, for: member, effective: effective) }
    }

    /// Changes a member's record from `effective`, for a holder inside the scope that day.
    @discardableResult
    public func change<Record: DatedRecord>(_ id: RecordID<Record>, effective: LocalDate,
                                            _ edit: (inout Record) throws -> Void) throws -> Bool where Record.Holder == MemberID {
        try guarded(try holder(of: id, on: effective), on: effective) { try base.change(id, effective: effective, edit) }
    }

    /// Ends a member's record on `effective`, for a holder inside the scope that day.
    public func end<Record: DatedRecord>(_ id: RecordID<Record>, effective: LocalDate,
                                         _ edit: (inout Record) throws -> Void = { _ in }) throws where Record.Holder == MemberID {
        try guarded(try holder(of: id, on: effective), on: effective) { try base.end(id, effective: effective, edit) }
    }

    private func holder<Record: DatedRecord>(of id: RecordID<Record>, on date: LocalDate) throws -> MemberID where Record.Holder == MemberID {
        guard let tenure = try snapshot.record(id, asOf: date) else { throw RegisterError.recordNotFound(Record.kind, id: id.rawValue) }
        return tenure.holder
    }

    /// Records a workflow's first step for a member inside the scope on the step's date.
    @discardableResult
    public func recordStep(_ step: WorkflowStepRecord, kind: WorkflowKind, for member: MemberID) throws -> WorkflowID {
        try guarded(member, on: step.effective) { try base.recordStep(step, kind: kind, for: member) }
    }

    /// Records the next step of a workflow whose member is inside the scope on the step's date.
    public func recordStep(_ step: WorkflowStepRecord, in workflow: WorkflowID) throws {
        guard let current = try snapshot.workflow(workflow) else { throw RegisterError.workflowNotFound(workflow) }
        try guarded(current.memberID, on: step.effective) { try base.recordStep(step, in: workflow) }
    }
}
