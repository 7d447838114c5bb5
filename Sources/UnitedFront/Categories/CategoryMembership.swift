/// A member's membership in one united-front category, with its tier and source, as a read returns it.
public struct CategoryMembership: Hashable, Sendable {
    /// The category (a code: ``Category/nonPartisan``).
    public let category: Category
    /// The tier (a code: ``Tier/representative``).
    public let tier: Tier
    /// How the member came to be recorded in it (``CategorySource/certified`` …), when recorded.
    public let source: CategorySource?
    /// The start of the unbroken membership, across tier and source changes.
    public let since: LocalDate
    /// The start of the interval with this tier and source.
    public let validFrom: LocalDate
    /// The end of that interval (exclusive); nil while open.
    public let validTo: LocalDate?
    /// The category's Chinese name: 无党派人士.
    public let categoryName: String
    /// The tier's Chinese name: 代表人士.
    public let tierName: String
    /// The source's Chinese name: 认定; nil without a source.
    public let sourceName: String?
}

extension CategoryMembership {
    /// A membership read from stored codes, named from `codes`.
    init(category: String, tier: String, source: String?, since: LocalDate, validFrom: LocalDate, validTo: LocalDate?,
         codes: CodeCatalog) {
        self.init(
            category: Category(rawValue: category), tier: Tier(rawValue: tier), source: source.map(CategorySource.init(rawValue:)),
            since: since, validFrom: validFrom, validTo: validTo,
            categoryName: codes[.category]?.name(of: category) ?? category, tierName: codes[.tier]?.name(of: tier) ?? tier,
            sourceName: source.map { codes[.categorySource]?.name(of: $0) ?? $0 })
    }
}
