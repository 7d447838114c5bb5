/// One-call writes: each runs one operation of ``RegisterTransaction`` as its own changeset. Every one
/// takes the member first, then what it writes, then the date, then who writes it (`by:`); an edit
/// closure comes last. To record several operations as one changeset, use ``Register/write(by:_:)``.
extension Register {
    /// Registers a member; see ``RegisterTransaction/add(_:effective:)``.
    @discardableResult
    public func add(_ record: MemberRecord, effective: LocalDate, by attribution: Attribution) throws -> MemberID {
        try write(by: attribution) { try $0.add(record, effective: effective) }
    }

    /// Records a change; see ``RegisterTransaction/change(_:effective:_:)``.
    @discardableResult
    public func change(_ id: MemberID, effective: LocalDate, by attribution: Attribution,
                       _ edit: (inout MemberRecord) throws -> Void) throws -> Bool {
        try write(by: attribution) { try $0.change(id, effective: effective, edit) }
    }

    /// Records a correction; see ``RegisterTransaction/correct(_:asOf:_:)``.
    @discardableResult
    public func correct(_ id: MemberID, asOf date: LocalDate? = nil, by attribution: Attribution,
                        _ edit: (inout MemberRecord) throws -> Void) throws -> Bool {
        try write(by: attribution) { try $0.correct(id, asOf: date, edit) }
    }

    /// Corrects a wrong registration date; see ``RegisterTransaction/correctRegistration(_:registeredOn:)``.
    @discardableResult
    public func correctRegistration(_ id: MemberID, registeredOn date: LocalDate, by attribution: Attribution) throws -> Bool {
        try write(by: attribution) { try $0.correctRegistration(id, registeredOn: date) }
    }

    /// Archives a member, with an optional reason; see ``RegisterTransaction/archive(_:effective:reason:)``.
    public func archive(_ id: MemberID, effective: LocalDate, reason: ExitReason? = nil, by attribution: Attribution) throws {
        try write(by: attribution) { try $0.archive(id, effective: effective, reason: reason) }
    }

    /// Puts an archived member back; see ``RegisterTransaction/reactivate(_:effective:)``.
    public func reactivate(_ id: MemberID, effective: LocalDate, by attribution: Attribution) throws {
        try write(by: attribution) { try $0.reactivate(id, effective: effective) }
    }

    /// Enters a member into a category; see ``RegisterTransaction/enter(_:category:tier:source:effective:)``.
    public func enter(_ id: MemberID, category: Category, tier: Tier = .general, source: CategorySource? = nil,
                      effective: LocalDate, by attribution: Attribution) throws {
        try write(by: attribution) { try $0.enter(id, category: category, tier: tier, source: source, effective: effective) }
    }

    /// Ends a membership, with an optional reason; see ``RegisterTransaction/leave(_:category:effective:reason:)``.
    public func leave(_ id: MemberID, category: Category, effective: LocalDate, reason: ExitReason? = nil,
                      by attribution: Attribution) throws {
        try write(by: attribution) { try $0.leave(id, category: category, effective: effective, reason: reason) }
    }

    /// Changes a tier (and source); see ``RegisterTransaction/changeTier(_:category:to:source:effective:)``.
    @discardableResult
    public func changeTier(_ id: MemberID, category: Category, to tier: Tier, source: CategorySource? = nil,
                           effective: LocalDate, by attribution: Attribution) throws -> Bool {
        try write(by: attribution) { try $0.changeTier(id, category: category, to: tier, source: source, effective: effective) }
    }

    /// Changes a source (推荐 → 认定); see ``RegisterTransaction/changeSource(_:category:to:effective:)``.
    @discardableResult
    public func changeSource(_ id: MemberID, category: Category, to source: CategorySource, effective: LocalDate,
                             by attribution: Attribution) throws -> Bool {
        try write(by: attribution) { try $0.changeSource(id, category: category, to: source, effective: effective) }
    }

    /// Corrects a membership; see ``RegisterTransaction/correctMembership(_:category:tier:since:asOf:)``.
    @discardableResult
    public func correctMembership(_ id: MemberID, category: Category, tier: Tier? = nil, since: LocalDate? = nil,
                                  asOf date: LocalDate? = nil, by attribution: Attribution) throws -> Bool {
        try write(by: attribution) { try $0.correctMembership(id, category: category, tier: tier, since: since, asOf: date) }
    }

    /// Withdraws a membership that was never held; see ``RegisterTransaction/removeMembership(_:category:asOf:)``.
    public func removeMembership(_ id: MemberID, category: Category, asOf date: LocalDate? = nil,
                                 by attribution: Attribution) throws {
        try write(by: attribution) { try $0.removeMembership(id, category: category, asOf: date) }
    }
}
