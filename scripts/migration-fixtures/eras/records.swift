// Era of schemas 016 (stop 14, 1464571) and later: dated records, workflows, enterprises, organisations,
// households and engagements, all written by the population (its org units, organisations and engagements too).
// Paired with nosearch.swift (016) or search.swift (017 and later) for searchReads.
@testable import UnitedFront
import UnitedFrontFixtures

let eraName = "records"

func categoryArgument(_ code: String) -> Category { Category(rawValue: code) }
func tierArgument(_ code: String) -> Tier { Tier(rawValue: code) }

func writePopulation(_ register: Register) throws {
    try Population(PopulationSpec(seed: 2026, size: 24, regions: [.hohhotXincheng])).writeAll(to: register)
}

func eraEdits(_ register: Register, ids: [MemberID], edit: (String, (RegisterTransaction) throws -> Void) -> Void) throws {
    try handWrittenRecords(register, ids: ids, edit: edit)
    // A correction and a back-dated change of a post, recorded after everything else.
    let posts = try register.read { try $0.records(PostRecord.self, asOf: "2024-12-31") }
    for (index, post) in posts.prefix(6).enumerated() {
        if index % 2 == 0 {
            edit("更正任职文号") { tx in
                _ = try tx.correct(post.id, asOf: post.from) { $0.appointmentDocument = "新党干字〔\(post.from.year)〕\(index + 1)号" }
            }
        } else if post.from.adding(days: 180) <= "2024-12-31" {
            edit("补记职务名称调整") { tx in
                _ = try tx.change(post.id, effective: post.from.adding(days: 180)) { $0.title = $0.title + "（兼）" }
            }
        }
    }
}

/// Kinds the population leaves out at this size (households, relations, honours), written by hand for members
/// registered by 2020 and still in the register at the end of 2024.
func handWrittenRecords(_ register: Register, ids: [MemberID],
                        edit: (String, (RegisterTransaction) throws -> Void) -> Void) throws {
    let settled = try ids.filter { id in
        guard let member = try register.member(id, asOf: "2024-12-31") else { return false }
        return member.registeredOn <= "2020-01-01" && member.record[.status] == "active"
    }
    guard settled.count >= 3 else { return }
    let (head, spouse, other) = (settled[0], settled[1], settled[2])
    var household: HouseholdID?
    edit("登记家庭户") { tx in household = try tx.add(HouseholdRecord(name: "巴特尔家"), effective: "2020-03-01") }
    guard let household else { return }
    var spouseInHousehold: RecordID<HouseholdMembershipRecord>?
    edit("登记家庭成员") { tx in
        _ = try tx.add(HouseholdMembershipRecord(household: household), for: head, effective: "2020-03-01")
        spouseInHousehold = try tx.add(HouseholdMembershipRecord(household: household, relation: "妻"), for: spouse, effective: "2020-03-01")
    }
    if let spouseInHousehold {
        edit("迁出家庭户") { tx in try tx.end(spouseInHousehold, effective: "2023-05-01") }
    }
    var relation: RelationID?
    edit("登记亲属关系") { tx in
        relation = try tx.add(RelationRecord(relative: spouse, relation: "配偶"), for: head, effective: "2020-03-01")
    }
    if let relation {
        edit("更正关系备注") { tx in _ = try tx.correct(relation, asOf: "2020-03-01") { $0.note = "经户籍核实" } }
    }
    edit("登记荣誉") { tx in
        _ = try tx.add(HonourRecord(name: "全国民族团结进步模范个人", level: "国家级", body: "国务院"), for: other, effective: "2021-09-01")
    }
}

func orgUnitJSON(_ unit: OrgUnit) -> Json {
    var fields: [String: Json] = [:]
    for field in OrgUnitField.allCases { fields[field.rawValue] = json(unit.record[field]) }
    return .object(["id": .int(unit.id.rawValue), "establishedOn": .string(unit.establishedOn.iso8601), "fields": .object(fields)])
}

func tenureJSON<R: StoredRecord>(_ tenure: Tenure<R>) -> Json {
    var fields: [String: Json] = [:]
    for field in R.Field.allCases { fields[field.rawValue] = json(tenure.record[field]) }
    return .object(["id": .int(tenure.id.rawValue), "holder": .string(tenure.holder.description), "from": .string(tenure.from.iso8601),
                    "to": json(tenure.to?.iso8601), "fields": .object(fields)])
}

func workflowJSON(_ workflow: Workflow) -> Json {
    .object(["id": .int(workflow.id.rawValue), "kind": .string(workflow.kind), "member": .int(workflow.memberID.rawValue),
             "state": json(workflow.state?.id),
             "steps": .array(workflow.steps.map { step in
                 .object(["id": .int(step.id), "state": .string(step.state.id), "previous": json(step.previous?.id),
                          "effectiveOn": .string(step.effectiveOn.iso8601), "actor": json(step.actor),
                          "orgUnit": json(step.orgUnit?.rawValue), "opinion": json(step.opinion),
                          "documentNumber": json(step.documentNumber), "fields": .object(step.fields.mapValues(Json.string)),
                          "changeset": .int(step.changesetID)])
             })])
}

func recordReads<R: StoredRecord>(_ type: R.Type, _ snapshot: RegisterSnapshot, grid: [(LocalDate, Timestamp?)],
                                  into reads: inout Reads) throws {
    // Engagements happen on a day: most grid dates see none, so a few dates are asked (the reads stay small).
    let dated = R.kind.id == EngagementRecord.kind.id || R.kind.id == ParticipantRecord.kind.id
    for (date, known) in grid where !dated || isShort(date, known, in: grid) {
        reads.add("records", ["kind": .string(R.kind.id), "asOf": .string(date.iso8601), "knownAt": knownJSON(known)],
                  .array(try snapshot.records(R.self, asOf: date, knownAt: known).map(tenureJSON)))
    }
}

func eraReads(_ snapshot: RegisterSnapshot, ids: [MemberID], grid: [(LocalDate, Timestamp?)], into reads: inout Reads) throws {
    try orgUnitReads(snapshot, grid: grid, into: &reads)
    try recordReads(PostRecord.self, snapshot, grid: grid, into: &reads)
    try recordReads(ArrangementRecord.self, snapshot, grid: grid, into: &reads)
    try recordReads(PoolRecord.self, snapshot, grid: grid, into: &reads)
    try recordReads(CultivationRecord.self, snapshot, grid: grid, into: &reads)
    try recordReads(PartyMembershipRecord.self, snapshot, grid: grid, into: &reads)
    try recordReads(OverseasRecord.self, snapshot, grid: grid, into: &reads)
    try recordReads(NewStratumRecord.self, snapshot, grid: grid, into: &reads)
    try recordReads(RelationRecord.self, snapshot, grid: grid, into: &reads)
    try recordReads(HonourRecord.self, snapshot, grid: grid, into: &reads)
    try recordReads(EnterpriseRecord.self, snapshot, grid: grid, into: &reads)
    try recordReads(EnterpriseRoleRecord.self, snapshot, grid: grid, into: &reads)
    try recordReads(PairingRecord.self, snapshot, grid: grid, into: &reads)
    try recordReads(OrganisationRecord.self, snapshot, grid: grid, into: &reads)
    try recordReads(TermRecord.self, snapshot, grid: grid, into: &reads)
    try recordReads(OrganisationMembershipRecord.self, snapshot, grid: grid, into: &reads)
    try recordReads(EnterpriseMembershipRecord.self, snapshot, grid: grid, into: &reads)
    try recordReads(HouseholdRecord.self, snapshot, grid: grid, into: &reads)
    try recordReads(HouseholdMembershipRecord.self, snapshot, grid: grid, into: &reads)
    try recordReads(EngagementRecord.self, snapshot, grid: grid, into: &reads)
    try recordReads(ParticipantRecord.self, snapshot, grid: grid, into: &reads)
    for id in ids {
        let all = try snapshot.workflows(of: id)
        reads.add("workflows", ["id": .int(id.rawValue)], .array(all.map(workflowJSON)))
        for (date, known) in grid where !all.isEmpty {
            reads.add("workflows", ["id": .int(id.rawValue), "asOf": .string(date.iso8601), "knownAt": knownJSON(known)],
                      .array(try snapshot.workflows(of: id, asOf: date, knownAt: known).map(workflowJSON)))
        }
    }
    for (date, known) in grid {
        let asOf: [String: Json] = ["asOf": .string(date.iso8601), "knownAt": knownJSON(known)]
        reads.add("leadingCadres", asOf, idsJSON(try snapshot.leadingCadres(asOf: date, knownAt: known)))
        reads.add("reservePool", asOf, idsJSON(try snapshot.reservePool(asOf: date, knownAt: known)))
    }
    try searchReads(snapshot, ids: ids, into: &reads)
    for year in 2018...2025 {
        reads.add("adjustedCadres", ["year": .int(Int64(year))], idsJSON(try snapshot.adjustedCadres(in: year)))
    }
}

/// The points of `grid` asked for reads that would otherwise be large: three dates, as known now and before
/// the corrections (the grid's second point).
func isShort(_ date: LocalDate, _ known: Timestamp?, in grid: [(LocalDate, Timestamp?)]) -> Bool {
    let dates: [LocalDate] = ["2019-06-30", "2022-12-31", "2024-12-31"]
    return dates.contains(date) && (known == nil || known == grid[1].1)
}

func orgUnitReads(_ snapshot: RegisterSnapshot, grid: [(LocalDate, Timestamp?)], into reads: inout Reads) throws {
    for (date, known) in grid {
        let asOf: [String: Json] = ["asOf": .string(date.iso8601), "knownAt": knownJSON(known)]
        let units = try snapshot.orgUnits(asOf: date, knownAt: known)
        reads.add("orgUnits", asOf, .array(units.map(orgUnitJSON)))
        reads.add("archivedMembers", asOf, idsJSON(try snapshot.archivedMembers(asOf: date, knownAt: known)))
        // Subtrees of the department and its streets, on a few dates (each read lists members only).
        for unit in units where unit.record.parent == nil || units.contains(where: { $0.id == unit.record.parent && $0.record.parent == nil }) {
            guard isShort(date, known, in: grid) else { break }
            var arguments = asOf
            arguments["under"] = .int(unit.id.rawValue)
            reads.add("membersUnder", arguments, idsJSON(try snapshot.members(asOf: date, under: unit.id, knownAt: known)))
        }
    }
}
