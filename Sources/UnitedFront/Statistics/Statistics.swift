/// Counts of the active members on a date, grouped by one or two ``StatisticsDimension``s, with the
/// total and each group's share: what ``RegisterSnapshot/statistics(asOf:by:in:under:knownAt:)`` returns.
public struct Statistics: Hashable, Sendable {
    /// The date counted.
    public let asOf: LocalDate
    /// The dimensions, in the order asked.
    public let dimensions: [StatisticsDimension]
    /// The members counted (distinct, whatever the dimensions).
    public let total: Int
    /// The groups in code-list order of the first dimension, then the second (not recorded last).
    public let rows: [StatisticsRow]
}
