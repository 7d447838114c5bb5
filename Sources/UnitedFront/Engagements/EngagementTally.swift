/// Collects the ids behind the ``EngagementFigures`` (``EngagementFigureIDs``) for one year from the history tables, under one ``Knowledge``; the rules
/// are those documented on each figure.
struct EngagementTally {
    let connection: Connection
    let codes: CodeCatalog
    let knowledge: Knowledge
    let year: Int
    /// The units of the subtree counted, as stored; nil for the whole register.
    let units: Set<String>?

    private var first: String { LocalDate(year: year, month: 1, day: 1)!.iso8601 }
    private var next: String { LocalDate(year: year + 1, month: 1, day: 1)!.iso8601 }
    private var lastDay: LocalDate { LocalDate(year: year, month: 12, day: 31)! }

    /// The ids behind each figure, for `root` (as given to the caller).
    func ids(root: OrgUnitID?) throws -> EngagementFigureIDs {
        let (dated, solved) = try engagements()
        let participants = try participants(of: Set(dated.map(\.id)))
        func of(_ kinds: EngagementKind...) -> [Engagement] { dated.filter { kinds.map(\.rawValue).contains($0.kind) } }
        let visits = of(.visit), trainings = of(.training)
        let visited = Set(visits.flatMap { participants[$0.id] ?? [] }.compactMap(\.enterprise))
        var households: Set<Int64> = []
        for visit in of(.visit, .condolence) {
            for household in Set((participants[visit.id] ?? []).compactMap(\.household)) where !households.contains(household) {
                if try isOverseas(household, on: visit.date) { households.insert(household) }
            }
        }
        var attendances: [EngagementFigureIDs.Attendance] = []
        let reader = HistoryReader(connection: connection, codes: codes)
        for training in trainings {
            for participant in participants[training.id] ?? [] {
                guard let member = participant.member,
                      let person = try reader.member(MemberID(rawValue: member), asOf: training.date, knowledge: knowledge),
                      person.record.status == .active else { continue }
                attendances.append(.init(engagement: EngagementID(rawValue: training.id), participant: ParticipantID(rawValue: participant.id),
                                         member: MemberID(rawValue: member)))
            }
        }
        let pairings = try pairings()
        func engagementIDs(_ list: [Engagement]) -> [EngagementID] { list.map { EngagementID(rawValue: $0.id) }.sorted() }
        return EngagementFigureIDs(
            year: year, root: root, visits: engagementIDs(visits), enterprisesVisited: visited.sorted().map(EnterpriseID.init(rawValue:)),
            problemsSolved: solved.sorted().map(EngagementID.init(rawValue:)),
            pairings: pairings.pairings.sorted().map(PairingID.init(rawValue:)),
            pairedEnterprises: pairings.enterprises.sorted().map(EnterpriseID.init(rawValue:)), pairedVillages: pairings.villages.sorted(),
            overseasHouseholdsVisited: households.sorted().map(HouseholdID.init(rawValue:)),
            trainings: engagementIDs(trainings),
            trainingSessions: trainings.flatMap { training in
                (0..<max(training.sessions, 0)).map { EngagementFigureIDs.Session(engagement: EngagementID(rawValue: training.id), number: $0 + 1) }
            }.sorted(),
            attendances: attendances.sorted(), attendees: Set(attendances.map(\.member)).sorted(),
            forums: engagementIDs(of(.forum, .fellowship)),
            chamberMemberEnterprises: try memberEnterprises { OrganisationRecord.chamberKinds.contains($0) }.sorted()
                .map(EnterpriseID.init(rawValue:)),
            federationMemberEnterprises: try memberEnterprises { $0 == OrganisationKind.federation.rawValue }.sorted()
                .map(EnterpriseID.init(rawValue:)))
    }

    // MARK: Engagements

    /// An engagement as it stood on its date.
    private struct Engagement {
        var id: Int64
        var date: LocalDate
        var kind: String
        var sessions: Int
    }

    /// One visible history row of an engagement.
    private struct Row {
        var validFrom: String
        var active: Bool
        var kind: String
        var organiser: String?
        var sessions: Int?
        var outcome: String?
    }

    /// The engagements dated in the year, in force on their date and organised in the subtree, by id;
    /// and the ids of the problems solved in the year.
    private func engagements() throws -> ([Engagement], [Int64]) {
        let visible = knowledge.condition("h")
        var runs: [Int64: [Row]] = [:]
        try connection.forEachRow("""
            SELECT h.record_id, h.valid_from, h.status, h.kind, h.organiser, h.sessions, h.outcome
            FROM engagement_history h WHERE \(visible.sql) ORDER BY h.record_id, h.valid_from
            """, visible.arguments) { row in
            runs[row.int64(0), default: []].append(Row(
                validFrom: row.text(1), active: row.text(2) == RecordStatus.active, kind: row.text(3),
                organiser: row.optionalText(4), sessions: row.optionalText(5).flatMap { Int($0) }, outcome: row.optionalText(6)))
        }
        var dated: [Engagement] = []
        var solved: [Int64] = []
        for id in runs.keys.sorted() {
            let rows = runs[id]!
            guard let start = rows.first, start.active else { continue }  // withdrawn: never in force
            if start.validFrom >= first, start.validFrom < next, counts(start.organiser) {
                dated.append(Engagement(id: id, date: try LocalDate.stored(start.validFrom), kind: start.kind, sessions: start.sessions ?? 0))
            }
            let solvedRows = rows.indices.filter { index in
                let row = rows[index]
                return row.outcome == EngagementOutcome.solved.rawValue && row.kind == EngagementKind.problem.rawValue
                    && (index == 0 || rows[index - 1].outcome != row.outcome)
                    && row.validFrom >= first && row.validFrom < next && counts(row.organiser)
            }
            if !solvedRows.isEmpty { solved.append(id) }
        }
        return (dated, solved)
    }

    private func counts(_ organiser: String?) -> Bool {
        guard let units else { return true }
        return organiser.map(units.contains) ?? false
    }

    // MARK: Participants

    /// Who a participant names.
    private struct Participant {
        var id: Int64
        var member: Int64?
        var enterprise: Int64?
        var household: Int64?
    }

    /// The participants of `engagements` that were not withdrawn, as on their first day, by engagement.
    private func participants(of engagements: Set<Int64>) throws -> [Int64: [Participant]] {
        let visible = knowledge.condition("h")
        var seen: Set<Int64> = []
        var result: [Int64: [Participant]] = [:]
        try connection.forEachRow("""
            SELECT p.engagement_id, h.record_id, h.status, h.member, h.enterprise, h.household
            FROM participant_history h JOIN participant p ON p.id = h.record_id
            WHERE \(visible.sql) ORDER BY h.record_id, h.valid_from
            """, visible.arguments) { row in
            let engagement = row.int64(0)
            guard engagements.contains(engagement), seen.insert(row.int64(1)).inserted, row.text(2) == RecordStatus.active else { return }
            result[engagement, default: []].append(Participant(
                id: row.int64(1), member: row.optionalText(3).flatMap { Int64($0) }, enterprise: row.optionalText(4).flatMap { Int64($0) },
                household: row.optionalText(5).flatMap { Int64($0) }))
        }
        return result
    }

    /// Whether a member of `household` holds a 华侨, 归侨 or 侨眷 record on `date`.
    private func isOverseas(_ household: Int64, on date: LocalDate) throws -> Bool {
        let types: Set<OverseasType> = [.huaqiao, .guiqiao, .qiaojuan]
        let members = try RecordReader<HouseholdMembershipRecord>(connection: connection)
            .records(of: nil, asOf: date, knowledge: knowledge).filter { $0.household.rawValue == household }
        let overseas = RecordReader<OverseasRecord>(connection: connection)
        for member in members where try overseas.records(of: member.member, asOf: date, knowledge: knowledge)
            .contains(where: { types.contains($0.type) }) {
            return true
        }
        return false
    }

    // MARK: Enterprises

    /// The pairings in force on at least one day of the year whose enterprise is owned in the subtree on
    /// the pairing's last day in force in the year, with their distinct enterprises and villages.
    private func pairings() throws -> (pairings: Set<Int64>, enterprises: Set<Int64>, villages: Set<String>) {
        let visible = knowledge.condition("h")
        var pairings: [Int64: (enterprise: Int64, villages: Set<String>, last: String)] = [:]
        try connection.forEachRow("""
            SELECT h.record_id, p.enterprise_id, h.village, coalesce(h.valid_to, '9999-12-31')
            FROM pairing_history h JOIN pairing p ON p.id = h.record_id
            WHERE \(visible.sql) AND h.status = 'active' AND h.valid_from < ? AND (h.valid_to IS NULL OR h.valid_to > ?)
            """, visible.arguments + [next, first]) { row in
            let until = min(row.text(3), next)
            var pairing = pairings[row.int64(0)] ?? (row.int64(1), [], until)
            pairing.villages.insert(row.text(2))
            pairing.last = max(pairing.last, until)
            pairings[row.int64(0)] = pairing
        }
        var counted: Set<Int64> = [], enterprises: Set<Int64> = [], villages: Set<String> = []
        for (id, pairing) in pairings {
            let day = try LocalDate.stored(pairing.last).adding(days: -1)
            guard try owned(pairing.enterprise, on: day) else { continue }
            counted.insert(id)
            enterprises.insert(pairing.enterprise)
            villages.formUnion(pairing.villages)
        }
        return (counted, enterprises, villages)
    }

    /// Distinct enterprises, owned in the subtree, with a membership in force on 31 December in an
    /// organisation in force that day whose kind passes `kind`.
    private func memberEnterprises(_ kind: (String) -> Bool) throws -> Set<Int64> {
        let organisations = RecordReader<OrganisationRecord>(connection: connection)
        var enterprises: Set<Int64> = []
        for membership in try RecordReader<EnterpriseMembershipRecord>(connection: connection)
            .records(of: nil, asOf: lastDay, knowledge: knowledge) where !enterprises.contains(membership.holder.rawValue) {
            guard let organisation = try organisations.record(membership.organisation.rawValue, asOf: lastDay, knowledge: knowledge),
                  organisation.record.isActive, kind(organisation.kind.rawValue),
                  try owned(membership.holder.rawValue, on: lastDay)
            else { continue }
            enterprises.insert(membership.holder.rawValue)
        }
        return enterprises
    }

    /// Whether `enterprise` is owned by a unit of the subtree on `date` (always, for the whole register).
    private func owned(_ enterprise: Int64, on date: LocalDate) throws -> Bool {
        guard let units else { return true }
        let record = try RecordReader<EnterpriseRecord>(connection: connection).record(enterprise, asOf: date, knowledge: knowledge)
        return record?.orgUnit.map { units.contains(String($0.rawValue)) } ?? false
    }
}
