/// One-call forms of the change report.
extension Register {
    /// The change report of a period; see ``RegisterSnapshot/changeReport(from:through:in:under:knownAt:)``.
    public func changeReport(from: LocalDate, through: LocalDate, in categories: Set<Category> = [],
                             under root: OrgUnitID? = nil, knownAt: Timestamp? = nil) throws -> ChangeReport {
        try read { try $0.changeReport(from: from, through: through, in: categories, under: root, knownAt: knownAt) }
    }

    /// Async form of ``changeReport(from:through:in:under:knownAt:)``.
    public func changeReport(from: LocalDate, through: LocalDate, in categories: Set<Category> = [],
                             under root: OrgUnitID? = nil, knownAt: Timestamp? = nil) async throws -> ChangeReport {
        try await perform { try $0.changeReport(from: from, through: through, in: categories, under: root, knownAt: knownAt) }
    }
}
