/// Engagements read by date and organiser, their participants in one call, and the engagement figures of
/// a yearly work report (see ``EngagementFigures``).
extension RegisterSnapshot {
    /// The engagements dated from `start` through `end` (both inclusive) that were in force on their date,
    /// only those organised by `root` or a unit below it (as the tree stands on `end`) when `root` is
    /// given, only of `kinds` when given; each as it stands on its last day (with its outcome), in date
    /// order then id, optionally as the register knew them at `knownAt`.
    /// - Throws: ``ValidationError`` for an unknown kind.
    public func engagements(from start: LocalDate, through end: LocalDate, under root: OrgUnitID? = nil,
                            kinds: Set<EngagementKind> = [], knownAt: Timestamp? = nil) throws -> [Tenure<EngagementRecord>] {
        let kinds = Set(try kinds.map { try codes.resolve($0, field: "kind") })
        let knowledge = try Knowledge.at(knownAt, connection)
        let units = try subtree(of: root, on: end, knowledge: knowledge)
        return try RecordReader<EngagementRecord>(connection: connection).allRecords(of: nil, knowledge: knowledge)
            .filter { engagement in
                engagement.from >= start && engagement.from <= end && engagement.to != engagement.from
                    && (kinds.isEmpty || kinds.contains(engagement.kind))
                    && units.map { $0.contains(String(engagement.organiser.rawValue)) } ?? true
            }
            .sorted { ($0.from, $0.id) < ($1.from, $1.id) }
    }

    /// Who took part in `engagement`: its participant records that were not withdrawn (ended on their first
    /// day), in the order added, each as it stands on its last day, optionally as the register knew them at
    /// `knownAt`. Each names one member, enterprise or household.
    public func participants(of engagement: EngagementID, knownAt: Timestamp? = nil) throws -> [Tenure<ParticipantRecord>] {
        try RecordReader<ParticipantRecord>(connection: connection)
            .allRecords(of: engagement, knowledge: try Knowledge.at(knownAt, connection))
            .filter { $0.to != $0.from }
    }

    /// The engagement figures of `year` (visits and enterprises visited, problems solved, 万企兴万村
    /// enterprises and villages, 侨界 households visited, training sessions with attendances and
    /// attendees, forums, 商会 and 工商联 member enterprises), for the whole register or, when `root` is
    /// given, for the subtree below it as it stands on 31 December of the year, optionally as the register
    /// knew them at `knownAt`. Each figure's counting rule is documented on ``EngagementFigures``.
    public func engagementFigures(in year: Int, under root: OrgUnitID? = nil, knownAt: Timestamp? = nil) throws -> EngagementFigures {
        try engagementFigureIDs(in: year, under: root, knownAt: knownAt).counts
    }

    /// The ids behind each engagement figure of `year`, counted as by
    /// ``engagementFigures(in:under:knownAt:)``: the 走访 records, enterprises visited, problems solved,
    /// pairings with their enterprises and villages, households, trainings with their sessions and
    /// attendances, forums and member enterprises, each list sorted and without repeats.
    public func engagementFigureIDs(in year: Int, under root: OrgUnitID? = nil, knownAt: Timestamp? = nil) throws -> EngagementFigureIDs {
        let knowledge = try Knowledge.at(knownAt, connection)
        let end = LocalDate(year: year, month: 12, day: 31) ?? .init(daysSince1970: 0)
        let units = try subtree(of: root, on: end, knowledge: knowledge)
        return try EngagementTally(connection: connection, codes: codes, knowledge: knowledge, year: year, units: units)
            .ids(root: root)
    }

    /// The ids, as stored, of `root`'s subtree on `date`; nil for no root.
    private func subtree(of root: OrgUnitID?, on date: LocalDate, knowledge: Knowledge) throws -> Set<String>? {
        try root.map { root in
            Set(try OrgUnitReader(connection: connection, codes: codes).subtree(of: root, asOf: date, knowledge: knowledge)
                .map { String($0.id.rawValue) })
        }
    }
}
