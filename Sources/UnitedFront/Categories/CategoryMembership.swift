/// A member's membership in one united-front category, with its tier and source.
public struct CategoryMembership: Hashable, Sendable {
    /// The category code (`NON_PARTISAN`; see the `category` code list).
    public let category: String
    /// The tier code (`GENERAL`, `REPRESENTATIVE`, `KEY_REPRESENTATIVE`, `RESERVE`).
    public let tier: String
    /// How the member came to be recorded in it (`SURVEY`, `NOMINATED`, `CERTIFIED`, `SELF_REPORTED`).
    public let source: String?
    /// The start of the unbroken membership, across tier changes.
    public let since: LocalDate
    /// The start of the interval with this tier and source.
    public let validFrom: LocalDate
    /// The end of that interval (exclusive); nil while open.
    public let validTo: LocalDate?
}
