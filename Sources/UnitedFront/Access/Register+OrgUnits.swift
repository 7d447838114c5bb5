/// One-call writes and reads of org units, and their `async` forms. See
/// ``RegisterTransaction/addOrgUnit(_:effective:)`` and ``RegisterSnapshot/orgUnits(under:asOf:knownAt:)``.
extension Register {
    /// Establishes an org unit; see ``RegisterTransaction/addOrgUnit(_:effective:)``.
    @discardableResult
    public func addOrgUnit(_ record: OrgUnitRecord, effective: LocalDate, by attribution: Attribution) throws -> OrgUnitID {
        try write(by: attribution) { try $0.addOrgUnit(record, effective: effective) }
    }

    /// Records a change of a unit; see ``RegisterTransaction/changeOrgUnit(_:effective:_:)``.
    @discardableResult
    public func changeOrgUnit(_ id: OrgUnitID, effective: LocalDate, by attribution: Attribution,
                              _ edit: (inout OrgUnitRecord) throws -> Void) throws -> Bool {
        try write(by: attribution) { try $0.changeOrgUnit(id, effective: effective, edit) }
    }

    /// Dissolves a unit; see ``RegisterTransaction/dissolveOrgUnit(_:effective:)``.
    public func dissolveOrgUnit(_ id: OrgUnitID, effective: LocalDate, by attribution: Attribution) throws {
        try write(by: attribution) { try $0.dissolveOrgUnit(id, effective: effective) }
    }

    /// Moves a member to another unit; see ``RegisterTransaction/transfer(_:to:effective:)``.
    @discardableResult
    public func transfer(_ id: MemberID, to unit: OrgUnitID?, effective: LocalDate, by attribution: Attribution) throws -> Bool {
        try write(by: attribution) { try $0.transfer(id, to: unit, effective: effective) }
    }

    /// A unit as of a date; see ``RegisterSnapshot/orgUnit(_:asOf:knownAt:)``.
    public func orgUnit(_ id: OrgUnitID, asOf date: LocalDate, knownAt: Timestamp? = nil) throws -> OrgUnit? {
        try read { try $0.orgUnit(id, asOf: date, knownAt: knownAt) }
    }

    /// The units on a date; see ``RegisterSnapshot/orgUnits(asOf:knownAt:)``.
    public func orgUnits(asOf date: LocalDate, knownAt: Timestamp? = nil) throws -> [OrgUnit] {
        try read { try $0.orgUnits(asOf: date, knownAt: knownAt) }
    }

    /// A subtree on a date; see ``RegisterSnapshot/orgUnits(under:asOf:knownAt:)``.
    public func orgUnits(under root: OrgUnitID, asOf date: LocalDate, knownAt: Timestamp? = nil) throws -> [OrgUnit] {
        try read { try $0.orgUnits(under: root, asOf: date, knownAt: knownAt) }
    }

    /// The members under a unit on a date; see ``RegisterSnapshot/members(asOf:under:in:tiers:knownAt:)``.
    public func members(asOf date: LocalDate, under root: OrgUnitID, in category: Category? = nil, tiers: Set<Tier> = [],
                        knownAt: Timestamp? = nil) throws -> [Member] {
        try read { try $0.members(asOf: date, under: root, in: category, tiers: tiers, knownAt: knownAt) }
    }

    // MARK: Async

    /// Async form of ``addOrgUnit(_:effective:by:)``.
    @discardableResult
    public func addOrgUnit(_ record: OrgUnitRecord, effective: LocalDate, by attribution: Attribution) async throws -> OrgUnitID {
        try await perform { try $0.addOrgUnit(record, effective: effective, by: attribution) }
    }

    /// Async form of ``changeOrgUnit(_:effective:by:_:)``.
    @discardableResult
    public func changeOrgUnit(_ id: OrgUnitID, effective: LocalDate, by attribution: Attribution,
                              _ edit: @escaping @Sendable (inout OrgUnitRecord) throws -> Void) async throws -> Bool {
        try await perform { try $0.changeOrgUnit(id, effective: effective, by: attribution, edit) }
    }

    /// Async form of ``dissolveOrgUnit(_:effective:by:)``.
    public func dissolveOrgUnit(_ id: OrgUnitID, effective: LocalDate, by attribution: Attribution) async throws {
        try await perform { try $0.dissolveOrgUnit(id, effective: effective, by: attribution) }
    }

    /// Async form of ``transfer(_:to:effective:by:)``.
    @discardableResult
    public func transfer(_ id: MemberID, to unit: OrgUnitID?, effective: LocalDate, by attribution: Attribution) async throws -> Bool {
        try await perform { try $0.transfer(id, to: unit, effective: effective, by: attribution) }
    }

    /// Async form of ``orgUnit(_:asOf:knownAt:)``.
    public func orgUnit(_ id: OrgUnitID, asOf date: LocalDate, knownAt: Timestamp? = nil) async throws -> OrgUnit? {
        try await perform { try $0.orgUnit(id, asOf: date, knownAt: knownAt) }
    }

    /// Async form of ``orgUnits(asOf:knownAt:)``.
    public func orgUnits(asOf date: LocalDate, knownAt: Timestamp? = nil) async throws -> [OrgUnit] {
        try await perform { try $0.orgUnits(asOf: date, knownAt: knownAt) }
    }

    /// Async form of ``orgUnits(under:asOf:knownAt:)``.
    public func orgUnits(under root: OrgUnitID, asOf date: LocalDate, knownAt: Timestamp? = nil) async throws -> [OrgUnit] {
        try await perform { try $0.orgUnits(under: root, asOf: date, knownAt: knownAt) }
    }

    /// Async form of ``members(asOf:under:in:tiers:knownAt:)``.
    public func members(asOf date: LocalDate, under root: OrgUnitID, in category: Category? = nil, tiers: Set<Tier> = [],
                        knownAt: Timestamp? = nil) async throws -> [Member] {
        try await perform { try $0.members(asOf: date, under: root, in: category, tiers: tiers, knownAt: knownAt) }
    }
}
