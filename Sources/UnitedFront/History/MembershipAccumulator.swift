/// Folds one member's category intervals, read in (category, valid_from) order, into the memberships
/// in force on a date. `since` is the start of the unbroken run of intervals that reaches the date.
struct MembershipAccumulator {
    private let day: String
    private let codes: CodeCatalog
    private var run: (category: String, start: String, end: String?)?
    private(set) var memberships: [CategoryMembership] = []

    init(on date: LocalDate, codes: CodeCatalog) {
        day = date.iso8601
        self.codes = codes
    }

    /// Takes the next interval of the member.
    mutating func add(category: String, tier: String, source: String?, validFrom: String, validTo: String?) throws {
        if let current = run, current.category == category, current.end == validFrom {
            run?.end = validTo
        } else {
            run = (category, validFrom, validTo)
        }
        guard validTo.map({ day < $0 }) ?? true, let since = run?.start else { return }
        memberships.append(CategoryMembership(
            category: category, tier: tier, source: source, since: try LocalDate.stored(since),
            validFrom: try LocalDate.stored(validFrom), validTo: validTo.flatMap(LocalDate.parse), codes: codes))
    }
}
