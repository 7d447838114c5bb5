/// Consistent reads: everything read through one snapshot sees the register at one instant, even while
/// a writer commits. What ``Register/read(_:)`` hands its closure.
///
/// **Threading.** Not `Sendable`: use it only inside the closure.
public struct RegisterSnapshot {
    /// The register's code lists.
    public let codes: CodeCatalog
    let reader: HistoryReader
    let connection: Connection
    /// The register's today when the snapshot was taken: the date of reads that name none.
    let today: LocalDate

    init(connection: Connection, codes: CodeCatalog, today: LocalDate) {
        self.connection = connection
        self.codes = codes
        self.today = today
        self.reader = HistoryReader(connection: connection, codes: codes)
    }

    /// The member's latest record and memberships (open intervals, including changes dated in the future).
    public func member(_ id: MemberID) throws -> Member? { try reader.member(id) }

    /// The member as of `date`: the record and memberships in force that day.
    ///
    /// With `knownAt`, as the register knew it at that instant: later changes and corrections are
    /// ignored. Nil when the member was not registered (or not yet recorded) then.
    public func member(_ id: MemberID, asOf date: LocalDate, knownAt: Timestamp? = nil) throws -> Member? {
        try reader.member(id, asOf: date, knowledge: try Knowledge.at(knownAt, connection))
    }

    /// The active members on `date`, ordered by id, with their memberships that day.
    ///
    /// - Parameters:
    ///   - category: only members in this category that day (`.nonPartisan`, or a name or alias typed
    ///     by a person).
    ///   - tiers: only members with a membership that day in one of these tiers, in `category` when one
    ///     is given; no tier filter when empty.
    ///   - knownAt: as the register knew it at that instant.
    /// - Throws: ``ValidationError`` for an unknown category or tier.
    public func members(asOf date: LocalDate, in category: Category? = nil, tiers: Set<Tier> = [],
                        knownAt: Timestamp? = nil) throws -> [Member] {
        let category = try category.map { try codes.resolve($0, field: .category).rawValue }
        let tiers = Set(try tiers.map { try codes.resolve($0, field: .tier).rawValue })
        return try reader.members(asOf: date, category: category, tiers: tiers,
                                  knowledge: try Knowledge.at(knownAt, connection))
    }

    /// The members archived on `date` (moved away, deceased, no longer a contact), ordered by id.
    /// Archived members hold no memberships.
    public func archivedMembers(asOf date: LocalDate, knownAt: Timestamp? = nil) throws -> [Member] {
        try reader.members(asOf: date, status: .archived, category: nil, tiers: [],
                           knowledge: try Knowledge.at(knownAt, connection))
    }

    /// The member whose latest record holds the document `type` `number` (issued by `country`, for
    /// documents that name one); nil when nobody does or the type or number is not valid. A citizen ID
    /// is normalised first (`x` → `X`, 15 digits → 18, full-width digits to ASCII).
    public func member(documentType type: DocumentType = .residentIdentityCard, documentNumber number: String,
                       country: Country? = nil) throws -> Member? {
        guard let id = try identities.member(documentType: type, number: number, country: country) else { return nil }
        return try member(id)
    }

    /// The members whose latest record has this name and birth date, in id order: candidates for
    /// "possibly the same person".
    public func members(named name: String, bornOn birthDate: LocalDate) throws -> [Member] {
        try identities.members(named: name, bornOn: birthDate).compactMap { try member($0) }
    }

    private var identities: IdentityLookup { IdentityLookup(connection: connection, codes: codes) }

    /// The member's registrations, changes and corrections in recorded order, each with its changeset.
    ///
    /// One entry groups what one changeset did with one kind and effective date. Memberships entered in
    /// the registration's own changeset on the registration date belong to the registration entry
    /// (registering someone as a 无党派人士 is one step, not two).
    /// - Throws: ``RegisterError/memberNotFound(_:)``.
    public func timeline(of id: MemberID) throws -> [TimelineEntry] { try reader.timeline(of: id) }

    /// What changed in reality with effective dates from `start` through `end`, both inclusive: the
    /// difference between the register as of the day before `start` and as of `end`, event by event.
    /// Corrections are not changes and never appear.
    ///
    /// Events are registrations, field changes, and membership entries, exits, tier changes and source
    /// changes (推荐 → 认定). They come ordered by effective date, then member id; within one member and
    /// day, the registration and field changes first (in ``MemberField`` order), then membership events
    /// by category code, a tier change before a source change.
    public func changes(from start: LocalDate, through end: LocalDate) throws -> [ChangeEvent] {
        try reader.changes(from: start, through: end)
    }

    /// The changesets recorded so far, in order.
    public func changesets() throws -> [Changeset] {
        try connection.fetchAll("SELECT id, recorded_at, actor, reason, source FROM changeset ORDER BY id") { row in
            Changeset(id: row.int64(0), recordedAt: try Timestamp(iso8601: row.text(1)), actor: row.text(2),
                      reason: row.optionalText(3), source: row.optionalText(4))
        }
    }
}
