/// Assembles a ``WorkReport`` from the register's figures, in one snapshot, under one ``Knowledge``.
///
/// Each figure comes from the one-call API that defines it (``RegisterSnapshot/leadingCadres(asOf:under:knownAt:)``,
/// ``RegisterSnapshot/engagementFigureIDs(in:under:knownAt:)`` …); the builder adds the figures no call
/// gives yet (people per category, 无党派 candidates in the subtree, 推荐 in the year, the 商会 network) and
/// the labels and units of the seed report.
struct WorkReportBuilder {
    let snapshot: RegisterSnapshot
    let year: Int
    let root: OrgUnitID?
    let knownAt: Timestamp?

    private var connection: Connection { snapshot.connection }
    private var codes: CodeCatalog { snapshot.codes }
    private var lastDay: LocalDate { LocalDate(year: year, month: 12, day: 31)! }

    func report() throws -> WorkReport {
        guard (1...9998).contains(year) else {
            throw ValidationError(field: "year", value: String(year), reason: .malformed(expected: "a year such as 2024"))
        }
        let knowledge = try Knowledge.at(knownAt, connection)
        let unit = try root.map { root -> WorkReport.Unit in
            guard let unit = try snapshot.orgUnit(root, asOf: lastDay, knownAt: knownAt) else {
                if try snapshot.orgUnit(root) == nil { throw RegisterError.orgUnitNotFound(root) }
                throw RegisterError.orgUnitNotActive(root, on: lastDay)
            }
            return WorkReport.Unit(id: root, name: unit.name)
        }
        let units = try root.map { root in
            Set(try OrgUnitReader(connection: connection, codes: codes).subtree(of: root, asOf: lastDay, knowledge: knowledge).map(\.id))
        }
        var figures = try people()
        figures += try representatives(units: units, knowledge: knowledge)
        let engagements = try snapshot.engagementFigureIDs(in: year, under: root, knownAt: knownAt)
        figures += representativeEngagements(engagements)
        figures += try privateEconomy(engagements, units: units)
        figures.append(WorkReportFigure(
            key: "overseas_households_visited", section: .overseas, label: "看望慰问侨界群众", unit: "户",
            subjects: engagements.overseasHouseholdsVisited.map(WorkReportSubject.household)))
        return WorkReport(year: year, orgUnit: unit, knownAt: knownAt, figures: figures)
    }

    // MARK: Sections

    /// The members of each category on 31 December, in code-list order.
    private func people() throws -> [WorkReportFigure] {
        try codes.required(Category.list).codes.map { code in
            let category = Category(rawValue: code.code)
            let members = try root.map { try snapshot.members(asOf: lastDay, under: $0, in: category, knownAt: knownAt) }
                ?? snapshot.members(asOf: lastDay, in: category, knownAt: knownAt)
            return WorkReportFigure(key: "people_" + code.code.lowercased(), section: .members, label: code.name, unit: "人",
                                    subjects: members.map { .member($0.id) })
        }
    }

    /// 党外干部, the reserve pool and 无党派人士.
    private func representatives(units: Set<OrgUnitID>?, knowledge: Knowledge) throws -> [WorkReportFigure] {
        let adjusted = try snapshot.adjustedCadres(in: year, under: root, knownAt: knownAt)
        let leading = try snapshot.leadingCadres(asOf: lastDay, under: root, knownAt: knownAt)
        let pool = try snapshot.reservePool(asOf: lastDay, under: root, knownAt: knownAt)
        let inSubtree = try root.map { root in Set(try snapshot.members(asOf: lastDay, under: root, knownAt: knownAt).map(\.id)) }
        let awaiting = try snapshot.workflows(of: .nonPartisanCertification, in: WorkflowKind.nonPartisanAwaitingCertification,
                                              asOf: lastDay, knownAt: knownAt)
            .filter { inSubtree?.contains($0.memberID) ?? true }
        let recommended = try recommendations(units: units, knowledge: knowledge)
        return [
            WorkReportFigure(key: "adjusted_cadres", section: .representatives, label: "年内调整党外领导干部", unit: "人",
                             subjects: adjusted.map { .member($0.id) }),
            WorkReportFigure(key: "leading_cadres", section: .representatives, label: "党外副科级以上领导干部", unit: "人",
                             subjects: leading.map { .member($0.id) }),
            WorkReportFigure(key: "reserve_pool", section: .representatives, label: "储备党外人才 (后备干部)", unit: "人",
                             subjects: pool.map { .member($0.id) }),
            WorkReportFigure(key: "nonpartisan_recommended", section: .representatives, label: "年内推荐无党派人士人选", unit: "人",
                             subjects: recommended.map { .member($0.memberID) }, sources: recommended.map { .workflow($0.id) }),
            WorkReportFigure(key: "nonpartisan_awaiting", section: .representatives, label: "推荐无党派人士人选 待认定", unit: "人",
                             subjects: awaiting.map { .member($0.memberID) }, sources: awaiting.map { .workflow($0.id) }),
        ]
    }

    /// Forums and trainings, quoted with the representatives in the seed report.
    private func representativeEngagements(_ ids: EngagementFigureIDs) -> [WorkReportFigure] {
        [
            WorkReportFigure(key: "forums", section: .representatives, label: "座谈会议", unit: "场",
                             subjects: ids.forums.map(WorkReportSubject.engagement)),
            WorkReportFigure(key: "training_sessions", section: .representatives, label: "培训班", unit: "期",
                             subjects: ids.trainingSessions.map { .session($0.engagement, number: $0.number) },
                             sources: ids.trainings.map(WorkReportSubject.engagement)),
            WorkReportFigure(key: "attendances", section: .representatives, label: "培训", unit: "人次",
                             subjects: ids.attendances.map { .attendance($0.engagement, participant: $0.participant, member: $0.member) }),
            WorkReportFigure(key: "attendees", section: .representatives, label: "培训人员", unit: "人",
                             subjects: ids.attendees.map(WorkReportSubject.member),
                             sources: ids.trainings.map(WorkReportSubject.engagement)),
        ]
    }

    /// 商会, visits, problems solved and 万企兴万村.
    private func privateEconomy(_ ids: EngagementFigureIDs, units: Set<OrgUnitID>?) throws -> [WorkReportFigure] {
        [
            WorkReportFigure(key: "chambers", section: .privateEconomy, label: "商会", unit: "个",
                             subjects: try chambers(units: units).map(WorkReportSubject.organisation)),
            WorkReportFigure(key: "chamber_member_enterprises", section: .privateEconomy, label: "商会会员企业", unit: "家",
                             subjects: ids.chamberMemberEnterprises.map(WorkReportSubject.enterprise)),
            WorkReportFigure(key: "federation_member_enterprises", section: .privateEconomy, label: "工商联会员企业", unit: "家",
                             subjects: ids.federationMemberEnterprises.map(WorkReportSubject.enterprise)),
            WorkReportFigure(key: "enterprises_visited", section: .privateEconomy, label: "走访民营企业", unit: "家",
                             subjects: ids.enterprisesVisited.map(WorkReportSubject.enterprise),
                             sources: ids.visits.map(WorkReportSubject.engagement)),
            WorkReportFigure(key: "visits", section: .privateEconomy, label: "走访", unit: "次",
                             subjects: ids.visits.map(WorkReportSubject.engagement)),
            WorkReportFigure(key: "problems_solved", section: .privateEconomy, label: "协助解决问题", unit: "个",
                             subjects: ids.problemsSolved.map(WorkReportSubject.engagement)),
            WorkReportFigure(key: "paired_enterprises", section: .privateEconomy, label: "结对帮扶民营企业", unit: "家",
                             subjects: ids.pairedEnterprises.map(WorkReportSubject.enterprise),
                             sources: ids.pairings.map(WorkReportSubject.pairing)),
            WorkReportFigure(key: "paired_villages", section: .privateEconomy, label: "结对帮扶重点村", unit: "个",
                             subjects: ids.pairedVillages.map(WorkReportSubject.village),
                             sources: ids.pairings.map(WorkReportSubject.pairing)),
        ]
    }

    // MARK: Figures no other call gives

    /// The 无党派人士认定 workflows with a 推荐 step dated in the year, of members registered, not archived
    /// and (with a subtree) owned by a unit of it on the step's date; a member once.
    private func recommendations(units: Set<OrgUnitID>?, knowledge: Knowledge) throws -> [Workflow] {
        let kind = WorkflowKind.nonPartisanCertification
        let visible = WorkflowReader.workflowCondition(knowledge)
        let ids = try connection.fetchAll("SELECT w.id FROM workflow w WHERE w.kind = ? AND \(visible.sql) ORDER BY w.id",
                                          [kind.id] + visible.arguments) { WorkflowID(rawValue: $0.int64(0)) }
        let reader = WorkflowReader(connection: connection)
        var found: [MemberID: Workflow] = [:]
        for id in ids {
            guard let workflow = try reader.workflow(id, asOf: lastDay, knowledge: knowledge), found[workflow.memberID] == nil else { continue }
            for step in workflow.steps where step.state.id == "RECOMMENDED" && step.effectiveOn.year == year {
                guard let member = try snapshot.reader.member(workflow.memberID, asOf: step.effectiveOn, knowledge: knowledge),
                      member.record.status == .active,
                      units.map({ units in member.record.orgUnit.map(units.contains) ?? false }) ?? true
                else { continue }
                found[workflow.memberID] = workflow
                break
            }
        }
        return found.values.sorted { $0.memberID < $1.memberID }
    }

    /// The 商会 in force on 31 December covering a unit of the subtree: whose area is a unit of the
    /// subtree or a unit above the root (every 商会, for the whole register).
    private func chambers(units: Set<OrgUnitID>?) throws -> [OrganisationID] {
        let chambers = try snapshot.records(OrganisationRecord.self, asOf: lastDay, knownAt: knownAt)
            .filter { OrganisationRecord.chamberKinds.contains($0.kind.rawValue) }
        guard let root, let units else { return chambers.map(\.id) }
        let covering = Set(try snapshot.chambers(covering: root, asOf: lastDay, knownAt: knownAt).map(\.id))
        return chambers.filter { covering.contains($0.id) || $0.area.map(units.contains) == true }.map(\.id)
    }
}
