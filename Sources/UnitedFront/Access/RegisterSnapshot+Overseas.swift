/// Overseas contacts: the 华侨 residence test, and who is a 侨眷 of whom.
extension RegisterSnapshot {
    /// The 华侨 records in force on `date` whose residence facts fail the legal test of the
    /// 归侨侨眷权益保护法 (see ``ResidenceFinding``), by record id, optionally as known at `knownAt`.
    public func overseasChineseFailingResidenceTest(asOf date: LocalDate, knownAt: Timestamp? = nil) throws -> [ResidenceFinding] {
        try records(OverseasRecord.self, asOf: date, knownAt: knownAt)
            .filter { $0.type == .huaqiao }
            .compactMap { record in ResidenceFinding.check(record, on: date).map { ResidenceFinding(record: record, reason: $0) } }
    }

    /// The overseas records in force on `date` that name `member` as their relative (the 侨眷 of a
    /// 华侨 or 归侨), by record id, optionally as known at `knownAt`.
    public func overseasRelatives(of member: MemberID, asOf date: LocalDate, knownAt: Timestamp? = nil) throws -> [Tenure<OverseasRecord>] {
        try records(OverseasRecord.self, asOf: date, knownAt: knownAt).filter { $0.relative == member }
    }
}
