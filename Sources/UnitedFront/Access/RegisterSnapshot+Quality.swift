/// The data-quality report.
extension RegisterSnapshot {
    /// The records that contradict each other on `date` (see ``QualityRule`` for every rule), by member
    /// and rule, optionally as the register knew them at `knownAt`. Only active members are checked;
    /// nothing is corrected.
    public func dataQuality(asOf date: LocalDate, knownAt: Timestamp? = nil) throws -> [QualityFinding] {
        try QualityChecker(snapshot: self, date: date, knownAt: knownAt).findings()
    }
}
