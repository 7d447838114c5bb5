/// One group of a ``Statistics`` table: the value of each dimension (a code, nil for "not recorded"), its
/// name as people read it, the count, and its share of the members counted.
public struct StatisticsRow: Hashable, Sendable {
    /// The group's value per dimension: a code (an org unit's id, an age band's key), nil when the
    /// member has none recorded.
    public let group: [StatisticsDimension: String?]
    /// The group's names per dimension: 无党派人士, 蒙古族, 36至45岁; 未填写 for a missing value.
    public let names: [StatisticsDimension: String]
    /// How many members (memberships, for membership dimensions) fall in the group.
    public let count: Int
    /// ``count`` as a percentage of ``Statistics/total``.
    public let percent: Double
}
