/// Records, workflows, org units, enterprises, organisations and households through a view.
extension ScopedSnapshot {
    // MARK: Member-held records

    /// The records of a kind `member` holds on `date` (posts, 政治安排, 侨情 …); see
    /// ``RegisterSnapshot/records(_:of:asOf:knownAt:)``. A relation's note is masked like 备注.
    /// - Throws: ``RegisterError/outsideScope(subject:scope:)`` when the member is outside the view that day.
    public func records<Record: DatedRecord>(_ type: Record.Type, of member: MemberID, asOf date: LocalDate,
                                             knownAt: Timestamp? = nil) throws -> [Tenure<Record>] where Record.Holder == MemberID {
        try call("records(\(Record.kind.id), of: \(member), asOf: \(date))") {
            try requireInside(member, on: date, knownAt: knownAt)
            return try base.records(type, of: member, asOf: date, knownAt: knownAt).map(masked)
        }
    }

    /// The records of a kind in force on `date` held by members inside the view that day, in id order.
    public func records<Record: DatedRecord>(_ type: Record.Type, asOf date: LocalDate,
                                             knownAt: Timestamp? = nil) throws -> [Tenure<Record>] where Record.Holder == MemberID {
        try call("records(\(Record.kind.id), asOf: \(date))") {
            try base.records(type, asOf: date, knownAt: knownAt)
                .filter { try session.contains($0.holder, base, on: date, knownAt: knownAt) }
                .map(masked)
        }
    }

    /// Every record of a kind `member` holds or held, for a member inside the view today: only the
    /// records that began or last held while the member was inside (the rule of ``timeline(of:)``).
    /// - Throws: ``RegisterError/outsideScope(subject:scope:)`` when the member is outside the view today.
    public func records<Record: DatedRecord>(_ type: Record.Type, of member: MemberID,
                                             knownAt: Timestamp? = nil) throws -> [Tenure<Record>] where Record.Holder == MemberID {
        try call("records(\(Record.kind.id), of: \(member))") {
            try requireInside(member, on: today)
            var inside = InsideCache(snapshot: self)
            return try base.records(type, of: member, knownAt: knownAt).filter { tenure in
                let last = min(tenure.to.map { $0.adding(days: -1) } ?? today, max(tenure.from, today))
                return try inside.on(member, tenure.from) || inside.on(member, last)
            }.map(masked)
        }
    }

    /// A member's record as it stood on `date`; nil before it began or when no record has this id.
    /// - Throws: ``RegisterError/outsideScope(subject:scope:)`` when its holder is outside the view that day.
    public func record<Record: DatedRecord>(_ id: RecordID<Record>, asOf date: LocalDate,
                                            knownAt: Timestamp? = nil) throws -> Tenure<Record>? where Record.Holder == MemberID {
        try call("record(\(Record.kind.id) \(id.rawValue), asOf: \(date))") {
            guard let tenure = try base.record(id, asOf: date, knownAt: knownAt) else { return nil }
            try requireInside(tenure.holder, on: date, knownAt: knownAt)
            return masked(tenure)
        }
    }

    /// The relations of `member` on `date` (held and naming them), for a member inside the view; the
    /// records of relatives outside the view that day are left out; notes masked like 备注.
    public func relations(of member: MemberID, asOf date: LocalDate, knownAt: Timestamp? = nil) throws -> [Tenure<RelationRecord>] {
        try call("relations(of: \(member), asOf: \(date))") {
            try requireInside(member, on: date, knownAt: knownAt)
            return try base.relations(of: member, asOf: date, knownAt: knownAt).filter { relation in
                let other = relation.holder == member ? relation.relative : relation.holder
                return try session.contains(other, base, on: date, knownAt: knownAt)
            }.map(masked)
        }
    }

    /// The 侨眷 records naming `member`, held by members inside the view that day.
    public func overseasRelatives(of member: MemberID, asOf date: LocalDate, knownAt: Timestamp? = nil) throws -> [Tenure<OverseasRecord>] {
        try requireInside(member, on: date, knownAt: knownAt)
        return try base.overseasRelatives(of: member, asOf: date, knownAt: knownAt)
            .filter { try session.contains($0.holder, base, on: date, knownAt: knownAt) }
    }

    func masked<Record: DatedRecord>(_ tenure: Tenure<Record>) -> Tenure<Record> where Record.Holder == MemberID {
        guard var relation = tenure.record as? RelationRecord, relation.note != nil else { return tenure }
        relation.note = masking.notes(relation.note, of: tenure.holder)
        return Tenure(id: tenure.id, holder: tenure.holder, record: relation as! Record, from: tenure.from, to: tenure.to)
    }

    // MARK: Workflows

    /// The workflow kinds shipped and declared (definitions: no personal data).
    public func workflowKinds() throws -> [WorkflowKind] { try base.workflowKinds() }

    /// The member's workflows as of `date` (nil: as they stand), for a member inside the view that day
    /// (today, when `date` is nil).
    public func workflows(of member: MemberID, asOf date: LocalDate? = nil, knownAt: Timestamp? = nil) throws -> [Workflow] {
        try requireInside(member, on: date ?? today, knownAt: knownAt)
        return try base.workflows(of: member, asOf: date, knownAt: knownAt)
    }

    /// A workflow as of `date`, when its member is inside the view that day; nil when none has this id
    /// or it had not started.
    public func workflow(_ id: WorkflowID, asOf date: LocalDate, knownAt: Timestamp? = nil) throws -> Workflow? {
        guard let workflow = try base.workflow(id, asOf: date, knownAt: knownAt) else { return nil }
        try requireInside(workflow.memberID, on: date, knownAt: knownAt)
        return workflow
    }

    /// The workflows of `kind` in one of `states` on `date`, of members inside the view that day.
    public func workflows(of kind: WorkflowKind, in states: Set<String>, asOf date: LocalDate,
                          knownAt: Timestamp? = nil) throws -> [Workflow] {
        try base.workflows(of: kind, in: states, asOf: date, knownAt: knownAt)
            .filter { try session.contains($0.memberID, base, on: date, knownAt: knownAt) }
    }

    // MARK: Org units

    /// The view's subtree on `date`, in tree order (the whole tree for a view of the whole register).
    public func orgUnits(asOf date: LocalDate, knownAt: Timestamp? = nil) throws -> [OrgUnit] {
        try session.scope.map { try base.orgUnits(under: $0, asOf: date, knownAt: knownAt) }
            ?? base.orgUnits(asOf: date, knownAt: knownAt)
    }

    /// `root`'s subtree on `date`, for a `root` inside the view.
    /// - Throws: ``RegisterError/outsideScope(subject:scope:)`` for a `root` outside the view that day.
    public func orgUnits(under root: OrgUnitID, asOf date: LocalDate, knownAt: Timestamp? = nil) throws -> [OrgUnit] {
        try base.orgUnits(under: self.root(root, on: date, knownAt: knownAt) ?? root, asOf: date, knownAt: knownAt)
    }

    /// The unit as of `date`; nil when it was not established then.
    /// - Throws: ``RegisterError/outsideScope(subject:scope:)`` for a unit outside the view that day.
    public func orgUnit(_ id: OrgUnitID, asOf date: LocalDate, knownAt: Timestamp? = nil) throws -> OrgUnit? {
        guard let unit = try base.orgUnit(id, asOf: date, knownAt: knownAt) else { return nil }
        _ = try root(id, on: date, knownAt: knownAt)
        return unit
    }

    // MARK: Enterprises, organisations, households

    /// Whether the view sees an enterprise (today): owned by a unit inside the scope, or with a role held
    /// by a member inside the view.
    public func isVisible(_ enterprise: EnterpriseID) throws -> Bool {
        guard session.scope != nil else { return true }
        if let record = try base.records(EnterpriseRecord.self, asOf: today).first(where: { $0.id == enterprise }),
           try session.contains(unit: record.orgUnit, base, on: today, knownAt: nil) {
            return true
        }
        return try base.people(of: enterprise, asOf: today).contains { try isInside($0.holder, on: today) }
    }

    /// The roles held in an enterprise on `date` by members inside the view that day.
    /// - Throws: ``RegisterError/outsideScope(subject:scope:)`` when the view does not see the enterprise
    ///   (``isVisible(_:)``).
    public func people(of enterprise: EnterpriseID, asOf date: LocalDate, knownAt: Timestamp? = nil) throws -> [Tenure<EnterpriseRoleRecord>] {
        guard try isVisible(enterprise) else { throw session.outside("enterprise \(enterprise.rawValue)") }
        return try base.people(of: enterprise, asOf: date, knownAt: knownAt)
            .filter { try session.contains($0.holder, base, on: date, knownAt: knownAt) }
    }

    /// The seats in an organisation on `date` held by members inside the view that day (an organisation
    /// spans units: its other members are not the view's).
    public func members(of organisation: OrganisationID, roles: Set<OrganisationRole> = [], asOf date: LocalDate,
                        knownAt: Timestamp? = nil) throws -> [Tenure<OrganisationMembershipRecord>] {
        try base.members(of: organisation, roles: roles, asOf: date, knownAt: knownAt)
            .filter { try session.contains($0.holder, base, on: date, knownAt: knownAt) }
    }

    /// The members of a household on `date` who are inside the view that day.
    public func members(of household: HouseholdID, asOf date: LocalDate,
                        knownAt: Timestamp? = nil) throws -> [Tenure<HouseholdMembershipRecord>] {
        try base.members(of: household, asOf: date, knownAt: knownAt)
            .filter { try session.contains($0.holder, base, on: date, knownAt: knownAt) }
    }

    /// The households owned on `date` by a unit inside the view, their 住址 masked like a member's.
    public func households(asOf date: LocalDate, knownAt: Timestamp? = nil) throws -> [Tenure<HouseholdRecord>] {
        try base.records(HouseholdRecord.self, asOf: date, knownAt: knownAt)
            .filter { try session.contains(unit: $0.orgUnit, base, on: date, knownAt: knownAt) }
            .map { tenure in
                var record = tenure.record
                record.address = masking.address(record.address)
                return Tenure(id: tenure.id, holder: tenure.holder, record: record, from: tenure.from, to: tenure.to)
            }
    }
}
