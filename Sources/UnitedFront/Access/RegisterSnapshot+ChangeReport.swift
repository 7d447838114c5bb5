/// The change report (增减变化) as a library call.
extension RegisterSnapshot {
    /// The change report of the period from `from` through `through` (both included, by effective date):
    /// per category (all of them when `categories` is empty, in code-list order) the opening count (the
    /// day before `from`), who entered, who left and why, who moved into or out of `root`'s subtree, and
    /// the closing count (on `through`); and who changed 职务层次, 职级, 职务, 工作单位, 所属单位, 政治面貌 or
    /// status. See ``ChangeReport`` for the exact rules; per category `opening + entries + transfersIn −
    /// exits − transfersOut = closing`.
    ///
    /// With `root`, a member counts by the unit owning them on each day (opening: the day before `from`;
    /// closing: `through`; an entry or exit: its date), with the tree as it stood that day. With `knownAt`,
    /// the report is the one the register would have given at that instant: later changesets, back-dated
    /// or not, are invisible, and corrections recorded later do not apply.
    /// Reads inside this snapshot's transaction; call it within `register.read { … }`.
    /// - Throws: ``ValidationError`` (field `from`) when `from` is after `through`; ``ValidationError``
    ///   (field `category`) for an unknown category; ``RegisterError/orgUnitNotFound(_:)`` for an unknown
    ///   `root`.
    public func changeReport(from: LocalDate, through: LocalDate, in categories: Set<Category> = [],
                             under root: OrgUnitID? = nil, knownAt: Timestamp? = nil) throws -> ChangeReport {
        guard from <= through else {
            throw ValidationError(field: "from", value: from.iso8601,
                                  reason: .malformed(expected: "a date on or before through (\(through.iso8601))"))
        }
        let resolved = Set(try categories.map { try codes.resolve($0, field: .category) })
        let ordered = (codes[.category]?.codes ?? [])
            .map { Category(rawValue: $0.code) }
            .filter { resolved.isEmpty || resolved.contains($0) }
        if let root, try OrgUnitReader(connection: connection, codes: codes).unit(root) == nil {
            throw RegisterError.orgUnitNotFound(root)
        }
        let builder = ChangeReportBuilder(connection: connection, codes: codes, from: from, through: through,
                                          categories: ordered, root: root, knowledge: try Knowledge.at(knownAt, connection),
                                          labels: try reader.labeler())
        return try builder.build(knownAt: knownAt)
    }
}
