/// The `async` forms of every one-call read and write: each runs its blocking form off Swift
/// concurrency's cooperative pool (see ``Register/perform(_:)``), so awaiting one never blocks a
/// cooperative thread.
extension Register {
    // MARK: Writes

    /// Async form of ``add(_:effective:by:)``.
    @discardableResult
    public func add(_ record: MemberRecord, effective: LocalDate, by attribution: Attribution) async throws -> MemberID {
        try await perform { try $0.add(record, effective: effective, by: attribution) }
    }

    /// Async form of ``change(_:effective:by:_:)``.
    @discardableResult
    public func change(_ id: MemberID, effective: LocalDate, by attribution: Attribution,
                       _ edit: @escaping @Sendable (inout MemberRecord) throws -> Void) async throws -> Bool {
        try await perform { try $0.change(id, effective: effective, by: attribution, edit) }
    }

    /// Async form of ``correct(_:asOf:by:_:)``.
    @discardableResult
    public func correct(_ id: MemberID, asOf date: LocalDate? = nil, by attribution: Attribution,
                        _ edit: @escaping @Sendable (inout MemberRecord) throws -> Void) async throws -> Bool {
        try await perform { try $0.correct(id, asOf: date, by: attribution, edit) }
    }

    /// Async form of ``correctRegistration(_:registeredOn:by:)``.
    @discardableResult
    public func correctRegistration(_ id: MemberID, registeredOn date: LocalDate, by attribution: Attribution) async throws -> Bool {
        try await perform { try $0.correctRegistration(id, registeredOn: date, by: attribution) }
    }

    /// Async form of ``archive(_:effective:reason:by:)``.
    public func archive(_ id: MemberID, effective: LocalDate, reason: ExitReason? = nil, by attribution: Attribution) async throws {
        try await perform { try $0.archive(id, effective: effective, reason: reason, by: attribution) }
    }

    /// Async form of ``reactivate(_:effective:by:)``.
    public func reactivate(_ id: MemberID, effective: LocalDate, by attribution: Attribution) async throws {
        try await perform { try $0.reactivate(id, effective: effective, by: attribution) }
    }

    /// Async form of ``enter(_:category:tier:source:effective:by:)``.
    public func enter(_ id: MemberID, category: Category, tier: Tier = .general, source: CategorySource? = nil,
                      effective: LocalDate, by attribution: Attribution) async throws {
        try await perform { try $0.enter(id, category: category, tier: tier, source: source, effective: effective, by: attribution) }
    }

    /// Async form of ``leave(_:category:effective:reason:by:)``.
    public func leave(_ id: MemberID, category: Category, effective: LocalDate, reason: ExitReason? = nil,
                      by attribution: Attribution) async throws {
        try await perform { try $0.leave(id, category: category, effective: effective, reason: reason, by: attribution) }
    }

    /// Async form of ``changeTier(_:category:to:source:effective:by:)``.
    @discardableResult
    public func changeTier(_ id: MemberID, category: Category, to tier: Tier, source: CategorySource? = nil,
                           effective: LocalDate, by attribution: Attribution) async throws -> Bool {
        try await perform { try $0.changeTier(id, category: category, to: tier, source: source, effective: effective, by: attribution) }
    }

    /// Async form of ``changeSource(_:category:to:effective:by:)``.
    @discardableResult
    public func changeSource(_ id: MemberID, category: Category, to source: CategorySource, effective: LocalDate,
                             by attribution: Attribution) async throws -> Bool {
        try await perform { try $0.changeSource(id, category: category, to: source, effective: effective, by: attribution) }
    }

    /// Async form of ``correctMembership(_:category:tier:since:asOf:by:)``.
    @discardableResult
    public func correctMembership(_ id: MemberID, category: Category, tier: Tier? = nil, since: LocalDate? = nil,
                                  asOf date: LocalDate? = nil, by attribution: Attribution) async throws -> Bool {
        try await perform { try $0.correctMembership(id, category: category, tier: tier, since: since, asOf: date, by: attribution) }
    }

    /// Async form of ``removeMembership(_:category:asOf:by:)``.
    public func removeMembership(_ id: MemberID, category: Category, asOf date: LocalDate? = nil,
                                 by attribution: Attribution) async throws {
        try await perform { try $0.removeMembership(id, category: category, asOf: date, by: attribution) }
    }

    // MARK: Reads

    /// Async form of ``member(_:)``.
    public func member(_ id: MemberID) async throws -> Member? { try await perform { try $0.member(id) } }

    /// Async form of ``member(_:asOf:knownAt:)``.
    public func member(_ id: MemberID, asOf date: LocalDate, knownAt: Timestamp? = nil) async throws -> Member? {
        try await perform { try $0.member(id, asOf: date, knownAt: knownAt) }
    }

    /// Async form of ``member(documentType:documentNumber:country:)``.
    public func member(documentType type: DocumentType = .residentIdentityCard, documentNumber number: String,
                       country: Country? = nil) async throws -> Member? {
        try await perform { try $0.member(documentType: type, documentNumber: number, country: country) }
    }

    /// Async form of ``members(named:bornOn:)``.
    public func members(named name: String, bornOn birthDate: LocalDate) async throws -> [Member] {
        try await perform { try $0.members(named: name, bornOn: birthDate) }
    }

    /// Async form of ``members(asOf:in:tiers:knownAt:)``.
    public func members(asOf date: LocalDate, in category: Category? = nil, tiers: Set<Tier> = [],
                        knownAt: Timestamp? = nil) async throws -> [Member] {
        try await perform { try $0.members(asOf: date, in: category, tiers: tiers, knownAt: knownAt) }
    }

    /// Async form of ``archivedMembers(asOf:knownAt:)``.
    public func archivedMembers(asOf date: LocalDate, knownAt: Timestamp? = nil) async throws -> [Member] {
        try await perform { try $0.archivedMembers(asOf: date, knownAt: knownAt) }
    }

    /// Async form of ``timeline(of:)``.
    public func timeline(of id: MemberID) async throws -> [TimelineEntry] { try await perform { try $0.timeline(of: id) } }

    /// Async form of ``changes(from:through:)``.
    public func changes(from start: LocalDate, through end: LocalDate) async throws -> [ChangeEvent] {
        try await perform { try $0.changes(from: start, through: end) }
    }

    /// Async form of ``changesets()``.
    public func changesets() async throws -> [Changeset] { try await perform { try $0.changesets() } }
}
