/// Reading posts, 政治安排, pool entries, cultivation and party memberships (see ``DatedRecord``).
extension RegisterSnapshot {
    /// The records of a kind in force on `date` (of `holder`, or all of them), in id order, optionally
    /// as the register knew them at `knownAt`: `records(PostRecord.self, of: zhang, asOf: "2022-12-31")`.
    /// - Throws: ``RegisterError/schema(_:)`` for a type that is not one of the register's record kinds.
    public func records<Record: DatedRecord>(_ type: Record.Type, of holder: Record.Holder? = nil, asOf date: LocalDate,
                                             knownAt: Timestamp? = nil) throws -> [Tenure<Record>] {
        try recordsInForce(try type.storedType(), of: holder, asOf: date, knowledge: try Knowledge.at(knownAt, connection))
    }

    /// Every record of a kind `holder` holds or held (for ``NoHolder``: every one), in id order, each as
    /// it stands on its last day (an ended post with its 免职文号), optionally as the register knew them
    /// at `knownAt`.
    public func records<Record: DatedRecord>(_ type: Record.Type, of holder: Record.Holder,
                                             knownAt: Timestamp? = nil) throws -> [Tenure<Record>] {
        try everyRecord(try type.storedType(), of: holder, knowledge: try Knowledge.at(knownAt, connection))
    }

    /// A record as it stood on `date` (in force or ended), optionally as known at `knownAt`; nil before it
    /// began, or when no record has this id.
    public func record<Record: DatedRecord>(_ id: RecordID<Record>, asOf date: LocalDate,
                                            knownAt: Timestamp? = nil) throws -> Tenure<Record>? {
        try oneRecord(try Record.storedType(), id, asOf: date, knowledge: try Knowledge.at(knownAt, connection))
    }

    // MARK: Internals

    private func recordsInForce<S: StoredRecord, Record: DatedRecord>(
        _ type: S.Type, of holder: Record.Holder?, asOf date: LocalDate, knowledge: Knowledge
    ) throws -> [Tenure<Record>] {
        try RecordReader<S>(connection: connection).records(of: holder.map { $0 as! S.Holder }, asOf: date, knowledge: knowledge)
            .map { $0.cast() }
    }

    private func everyRecord<S: StoredRecord, Record: DatedRecord>(
        _ type: S.Type, of holder: Record.Holder, knowledge: Knowledge
    ) throws -> [Tenure<Record>] {
        try RecordReader<S>(connection: connection).allRecords(of: holder as? S.Holder, knowledge: knowledge).map { $0.cast() }
    }

    private func oneRecord<S: StoredRecord, Record: DatedRecord>(
        _ type: S.Type, _ id: RecordID<Record>, asOf date: LocalDate, knowledge: Knowledge
    ) throws -> Tenure<Record>? {
        try RecordReader<S>(connection: connection).record(id.rawValue, asOf: date, knowledge: knowledge).map { $0.cast() }
    }
}
