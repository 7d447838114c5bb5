/// A category membership a synthetic person holds: what the register's
/// ``UnitedFront/CategoryMembership`` should read back, without the dates.
public struct SyntheticMembership: Sendable, Hashable, CustomStringConvertible {
    /// The category code (`NON_PARTY_CADRE`).
    public let category: String
    /// The tier code (`GENERAL`, `REPRESENTATIVE`, `KEY_REPRESENTATIVE`, `RESERVE`).
    public var tier: String
    /// The source code (`SURVEY`, `NOMINATED`, `CERTIFIED`, `SELF_REPORTED`).
    public var source: String?

    /// A membership.
    public init(category: String, tier: String, source: String?) {
        self.category = category
        self.tier = tier
        self.source = source
    }

    /// `NON_PARTY_CADRE/RESERVE (NOMINATED)`.
    public var description: String { "\(category)/\(tier)" + (source.map { " (\($0))" } ?? "") }
}
