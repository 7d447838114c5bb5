public import UnitedFront

/// A category membership a synthetic person holds: what the register's
/// ``UnitedFront/CategoryMembership`` should read back, without the dates.
public struct SyntheticMembership: Sendable, Hashable, CustomStringConvertible {
    /// The category (a code: ``UnitedFront/Category/nonPartyCadre``).
    public let category: Category
    /// The tier (a code: ``UnitedFront/Tier/reserve``).
    public var tier: Tier
    /// The source (a code: ``UnitedFront/CategorySource/nominated``).
    public var source: CategorySource?

    /// A membership.
    public init(category: Category, tier: Tier, source: CategorySource?) {
        self.category = category
        self.tier = tier
        self.source = source
    }

    /// `NON_PARTY_CADRE/RESERVE (NOMINATED)`.
    public var description: String { "\(category)/\(tier)" + (source.map { " (\($0))" } ?? "") }
}
