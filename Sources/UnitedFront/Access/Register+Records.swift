/// One-call forms of the record writes and reads and the 党外干部 figures, and their `async` forms; each
/// is one changeset or one snapshot. Use ``write(by:_:)`` to combine writes (changes and corrections of
/// records are made in a transaction), and ``read(_:)-(_)`` for several reads that must agree.
extension Register {
    /// Adds a record; see ``RegisterTransaction/add(_:for:effective:)``.
    @discardableResult
    public func add<Record: DatedRecord>(_ record: Record, for holder: Record.Holder, effective: LocalDate,
                                         by attribution: Attribution) throws -> RecordID<Record> {
        try write(by: attribution) { try $0.add(record, for: holder, effective: effective) }
    }

    /// Adds a record nobody holds (an enterprise, an organisation); see ``RegisterTransaction/add(_:effective:)``.
    @discardableResult
    public func add<Record: DatedRecord>(_ record: Record, effective: LocalDate,
                                         by attribution: Attribution) throws -> RecordID<Record> where Record.Holder == NoHolder {
        try write(by: attribution) { try $0.add(record, effective: effective) }
    }

    /// Ends a record; see ``RegisterTransaction/end(_:effective:_:)``.
    public func end<Record: DatedRecord>(_ id: RecordID<Record>, effective: LocalDate, by attribution: Attribution,
                                         _ edit: (inout Record) throws -> Void = { _ in }) throws {
        try write(by: attribution) { try $0.end(id, effective: effective, edit) }
    }

    /// The records in force on a date; see ``RegisterSnapshot/records(_:of:asOf:knownAt:)``.
    public func records<Record: DatedRecord>(_ type: Record.Type, of holder: Record.Holder? = nil, asOf date: LocalDate,
                                             knownAt: Timestamp? = nil) throws -> [Tenure<Record>] {
        try read { try $0.records(type, of: holder, asOf: date, knownAt: knownAt) }
    }

    /// Every record of a holder; see ``RegisterSnapshot/records(_:of:knownAt:)``.
    public func records<Record: DatedRecord>(_ type: Record.Type, of holder: Record.Holder,
                                             knownAt: Timestamp? = nil) throws -> [Tenure<Record>] {
        try read { try $0.records(type, of: holder, knownAt: knownAt) }
    }

    /// 党外副科级以上领导干部; see ``RegisterSnapshot/leadingCadres(asOf:under:knownAt:)``.
    public func leadingCadres(asOf date: LocalDate, under root: OrgUnitID? = nil, knownAt: Timestamp? = nil) throws -> [Member] {
        try read { try $0.leadingCadres(asOf: date, under: root, knownAt: knownAt) }
    }

    /// 党外干部 adjusted in a year; see ``RegisterSnapshot/adjustedCadres(in:under:knownAt:)``.
    public func adjustedCadres(in year: Int, under root: OrgUnitID? = nil, knownAt: Timestamp? = nil) throws -> [Member] {
        try read { try $0.adjustedCadres(in: year, under: root, knownAt: knownAt) }
    }

    /// The reserve pool on a date; see ``RegisterSnapshot/reservePool(asOf:under:knownAt:)``.
    public func reservePool(asOf date: LocalDate, under root: OrgUnitID? = nil, knownAt: Timestamp? = nil) throws -> [Member] {
        try read { try $0.reservePool(asOf: date, under: root, knownAt: knownAt) }
    }

    // MARK: Async

    /// Async form of ``add(_:for:effective:by:)``.
    @discardableResult
    public func add<Record: DatedRecord>(_ record: Record, for holder: Record.Holder, effective: LocalDate,
                                         by attribution: Attribution) async throws -> RecordID<Record> {
        try await perform { try $0.add(record, for: holder, effective: effective, by: attribution) }
    }

    /// Async form of ``end(_:effective:by:_:)``.
    public func end<Record: DatedRecord>(_ id: RecordID<Record>, effective: LocalDate, by attribution: Attribution,
                                         _ edit: @escaping @Sendable (inout Record) throws -> Void = { _ in }) async throws {
        try await perform { try $0.end(id, effective: effective, by: attribution, edit) }
    }

    /// Async form of ``records(_:of:asOf:knownAt:)``.
    public func records<Record: DatedRecord>(_ type: Record.Type, of holder: Record.Holder? = nil, asOf date: LocalDate,
                                             knownAt: Timestamp? = nil) async throws -> [Tenure<Record>] {
        try await perform { try $0.records(type, of: holder, asOf: date, knownAt: knownAt) }
    }

    /// Async form of ``records(_:of:knownAt:)``.
    public func records<Record: DatedRecord>(_ type: Record.Type, of holder: Record.Holder,
                                             knownAt: Timestamp? = nil) async throws -> [Tenure<Record>] {
        try await perform { try $0.records(type, of: holder, knownAt: knownAt) }
    }

    /// Async form of ``leadingCadres(asOf:under:knownAt:)``.
    public func leadingCadres(asOf date: LocalDate, under root: OrgUnitID? = nil, knownAt: Timestamp? = nil) async throws -> [Member] {
        try await perform { try $0.leadingCadres(asOf: date, under: root, knownAt: knownAt) }
    }

    /// Async form of ``adjustedCadres(in:under:knownAt:)``.
    public func adjustedCadres(in year: Int, under root: OrgUnitID? = nil, knownAt: Timestamp? = nil) async throws -> [Member] {
        try await perform { try $0.adjustedCadres(in: year, under: root, knownAt: knownAt) }
    }

    /// Async form of ``reservePool(asOf:under:knownAt:)``.
    public func reservePool(asOf date: LocalDate, under root: OrgUnitID? = nil, knownAt: Timestamp? = nil) async throws -> [Member] {
        try await perform { try $0.reservePool(asOf: date, under: root, knownAt: knownAt) }
    }
}
