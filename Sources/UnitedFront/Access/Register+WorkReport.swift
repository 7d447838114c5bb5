/// One-call forms of the yearly work report.
extension Register {
    /// The yearly work report; see ``RegisterSnapshot/workReport(year:under:knownAt:)``.
    public func workReport(year: Int, under root: OrgUnitID? = nil, knownAt: Timestamp? = nil) throws -> WorkReport {
        try read { try $0.workReport(year: year, under: root, knownAt: knownAt) }
    }

    /// Async form of ``workReport(year:under:knownAt:)``.
    public func workReport(year: Int, under root: OrgUnitID? = nil, knownAt: Timestamp? = nil) async throws -> WorkReport {
        try await perform { try $0.workReport(year: year, under: root, knownAt: knownAt) }
    }
}
