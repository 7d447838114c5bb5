/// One-call reads: each reads one consistent snapshot. To read several things from one snapshot, use
/// ``Register/read(_:)``.
extension Register {
    /// The member's latest record; see ``RegisterSnapshot/member(_:)``.
    public func member(_ id: MemberID) throws -> Member? { try read { try $0.member(id) } }

    /// The member as of a date, optionally as known at an instant; see ``RegisterSnapshot/member(_:asOf:knownAt:)``.
    public func member(_ id: MemberID, asOf date: LocalDate, knownAt: Timestamp? = nil) throws -> Member? {
        try read { try $0.member(id, asOf: date, knownAt: knownAt) }
    }

    /// The member holding a document; see ``RegisterSnapshot/member(documentType:documentNumber:country:)``.
    public func member(documentType type: DocumentType = .residentIdentityCard, documentNumber number: String,
                       country: Country? = nil) throws -> Member? {
        try read { try $0.member(documentType: type, documentNumber: number, country: country) }
    }

    /// Members with a name and birth date; see ``RegisterSnapshot/members(named:bornOn:)``.
    public func members(named name: String, bornOn birthDate: LocalDate) throws -> [Member] {
        try read { try $0.members(named: name, bornOn: birthDate) }
    }

    /// The active members on a date; see ``RegisterSnapshot/members(asOf:in:tiers:knownAt:)``.
    public func members(asOf date: LocalDate, in category: Category? = nil, tiers: Set<Tier> = [],
                        knownAt: Timestamp? = nil) throws -> [Member] {
        try read { try $0.members(asOf: date, in: category, tiers: tiers, knownAt: knownAt) }
    }

    /// The archived members on a date; see ``RegisterSnapshot/archivedMembers(asOf:knownAt:)``.
    public func archivedMembers(asOf date: LocalDate, knownAt: Timestamp? = nil) throws -> [Member] {
        try read { try $0.archivedMembers(asOf: date, knownAt: knownAt) }
    }

    /// A member's timeline; see ``RegisterSnapshot/timeline(of:)``.
    public func timeline(of id: MemberID) throws -> [TimelineEntry] { try read { try $0.timeline(of: id) } }

    /// The changes between two dates; see ``RegisterSnapshot/changes(from:through:)``.
    public func changes(from start: LocalDate, through end: LocalDate) throws -> [ChangeEvent] {
        try read { try $0.changes(from: start, through: end) }
    }

    /// The changesets recorded so far; see ``RegisterSnapshot/changesets()``.
    public func changesets() throws -> [Changeset] { try read { try $0.changesets() } }
}
