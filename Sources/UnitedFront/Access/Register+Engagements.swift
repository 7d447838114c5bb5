/// One-call forms of the engagement writes and reads, and their `async` forms; each is one changeset or
/// one snapshot.
extension Register {
    /// Adds a participant to an engagement; see ``RegisterTransaction/add(_:to:)``.
    @discardableResult
    public func add(_ participant: ParticipantRecord, to engagement: EngagementID, by attribution: Attribution) throws -> ParticipantID {
        try write(by: attribution) { try $0.add(participant, to: engagement) }
    }

    /// Engagements dated in a range; see ``RegisterSnapshot/engagements(from:through:under:kinds:knownAt:)``.
    public func engagements(from start: LocalDate, through end: LocalDate, under root: OrgUnitID? = nil,
                            kinds: Set<EngagementKind> = [], knownAt: Timestamp? = nil) throws -> [Tenure<EngagementRecord>] {
        try read { try $0.engagements(from: start, through: end, under: root, kinds: kinds, knownAt: knownAt) }
    }

    /// Who took part in an engagement; see ``RegisterSnapshot/participants(of:knownAt:)``.
    public func participants(of engagement: EngagementID, knownAt: Timestamp? = nil) throws -> [Tenure<ParticipantRecord>] {
        try read { try $0.participants(of: engagement, knownAt: knownAt) }
    }

    /// The engagement figures of a year; see ``RegisterSnapshot/engagementFigures(in:under:knownAt:)``.
    public func engagementFigures(in year: Int, under root: OrgUnitID? = nil, knownAt: Timestamp? = nil) throws -> EngagementFigures {
        try read { try $0.engagementFigures(in: year, under: root, knownAt: knownAt) }
    }

    /// The ids behind each engagement figure of a year; see ``RegisterSnapshot/engagementFigureIDs(in:under:knownAt:)``.
    public func engagementFigureIDs(in year: Int, under root: OrgUnitID? = nil, knownAt: Timestamp? = nil) throws -> EngagementFigureIDs {
        try read { try $0.engagementFigureIDs(in: year, under: root, knownAt: knownAt) }
    }

    // MARK: Async

    /// Async form of ``add(_:to:by:)``.
    @discardableResult
    public func add(_ participant: ParticipantRecord, to engagement: EngagementID, by attribution: Attribution) async throws -> ParticipantID {
        try await perform { try $0.add(participant, to: engagement, by: attribution) }
    }

    /// Async form of ``engagements(from:through:under:kinds:knownAt:)``.
    public func engagements(from start: LocalDate, through end: LocalDate, under root: OrgUnitID? = nil,
                            kinds: Set<EngagementKind> = [], knownAt: Timestamp? = nil) async throws -> [Tenure<EngagementRecord>] {
        try await perform { try $0.engagements(from: start, through: end, under: root, kinds: kinds, knownAt: knownAt) }
    }

    /// Async form of ``participants(of:knownAt:)``.
    public func participants(of engagement: EngagementID, knownAt: Timestamp? = nil) async throws -> [Tenure<ParticipantRecord>] {
        try await perform { try $0.participants(of: engagement, knownAt: knownAt) }
    }

    /// Async form of ``engagementFigures(in:under:knownAt:)``.
    public func engagementFigures(in year: Int, under root: OrgUnitID? = nil, knownAt: Timestamp? = nil) async throws -> EngagementFigures {
        try await perform { try $0.engagementFigures(in: year, under: root, knownAt: knownAt) }
    }

    /// Async form of ``engagementFigureIDs(in:under:knownAt:)``.
    public func engagementFigureIDs(in year: Int, under root: OrgUnitID? = nil, knownAt: Timestamp? = nil) async throws -> EngagementFigureIDs {
        try await perform { try $0.engagementFigureIDs(in: year, under: root, knownAt: knownAt) }
    }
}
