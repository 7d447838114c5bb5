/// One-call forms of the data-quality report and the statistics.
extension Register {
    /// The records that contradict each other on a date; see ``RegisterSnapshot/dataQuality(asOf:knownAt:)``.
    public func dataQuality(asOf date: LocalDate, knownAt: Timestamp? = nil) throws -> [QualityFinding] {
        try read { try $0.dataQuality(asOf: date, knownAt: knownAt) }
    }

    /// Async form of ``dataQuality(asOf:knownAt:)``.
    public func dataQuality(asOf date: LocalDate, knownAt: Timestamp? = nil) async throws -> [QualityFinding] {
        try await perform { try $0.dataQuality(asOf: date, knownAt: knownAt) }
    }

    /// Statistics on a date; see ``RegisterSnapshot/statistics(asOf:by:in:under:knownAt:)``.
    public func statistics(asOf date: LocalDate, by dimensions: [StatisticsDimension], in category: Category? = nil,
                           under root: OrgUnitID? = nil, knownAt: Timestamp? = nil) throws -> Statistics {
        try read { try $0.statistics(asOf: date, by: dimensions, in: category, under: root, knownAt: knownAt) }
    }

    /// Async form of ``statistics(asOf:by:in:under:knownAt:)``.
    public func statistics(asOf date: LocalDate, by dimensions: [StatisticsDimension], in category: Category? = nil,
                           under root: OrgUnitID? = nil, knownAt: Timestamp? = nil) async throws -> Statistics {
        try await perform { try $0.statistics(asOf: date, by: dimensions, in: category, under: root, knownAt: knownAt) }
    }
}
