/// Relations between members, read from both ends.
extension RegisterSnapshot {
    /// The relations in force on `date` that `member` holds or is named in (as the relative), by record
    /// id, optionally as known at `knownAt`. Each record says what its ``RelationRecord/relative`` is to its
    /// holder (``Tenure/member``): for a record naming `member`, read it from the other end.
    public func relations(of member: MemberID, asOf date: LocalDate, knownAt: Timestamp? = nil) throws -> [Tenure<RelationRecord>] {
        try records(RelationRecord.self, asOf: date, knownAt: knownAt).filter { $0.member == member || $0.relative == member }
    }
}
