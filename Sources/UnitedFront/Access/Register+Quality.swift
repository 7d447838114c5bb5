/// One-call form of the data-quality report.
extension Register {
    /// The records that contradict each other on a date; see ``RegisterSnapshot/dataQuality(asOf:knownAt:)``.
    public func dataQuality(asOf date: LocalDate, knownAt: Timestamp? = nil) throws -> [QualityFinding] {
        try read { try $0.dataQuality(asOf: date, knownAt: knownAt) }
    }

    /// Async form of ``dataQuality(asOf:knownAt:)``.
    public func dataQuality(asOf date: LocalDate, knownAt: Timestamp? = nil) async throws -> [QualityFinding] {
        try await perform { try $0.dataQuality(asOf: date, knownAt: knownAt) }
    }
}
