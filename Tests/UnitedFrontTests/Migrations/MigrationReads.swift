@testable import UnitedFront

/// The reads a migration fixture recorded, asked again of the current library: each returns the same
/// normal form scripts/migration-fixtures/generator (main.swift and eras/*.swift) wrote with the library of
/// the fixture's version, so the two can be compared field by field.
struct MigrationReads {
    let snapshot: RegisterSnapshot

    /// The current library's answer to `read` (an object with `read`, its arguments and `result`).
    func answer(_ read: FixtureJSON) throws -> FixtureJSON {
        let name = read["read"]?.string ?? ""
        switch name {
        case "member":
            let id = try memberID(read)
            guard let date = try date(read, "asOf") else { return try snapshot.member(id).map(Self.member) ?? .null }
            return try snapshot.member(id, asOf: date, knownAt: try instant(read)).map(Self.member) ?? .null
        case "timeline":
            return .array(try snapshot.timeline(of: try memberID(read)).map { entry in
                .array([Self.changeset(entry.changeset), .string(entry.kind.rawValue), .string(entry.effectiveOn.iso8601),
                        .array(entry.changes.map(Self.valueChange))])
            })
        case "members":
            let date = try required(date(read, "asOf"), "asOf"), known = try instant(read)
            guard let category = read["category"]?.string else { return Self.ids(try snapshot.members(asOf: date, knownAt: known)) }
            return .array(try snapshot.members(asOf: date, in: Category(rawValue: category), knownAt: known).map { member in
                .array([.int(member.id.rawValue),
                        FixtureJSON(member.categories.first { $0.category.rawValue == category }?.tier.rawValue)])
            })
        case "changes":
            let events = try snapshot.changes(from: try required(date(read, "from"), "from"), through: try required(date(read, "through"), "through"))
            return .array(events.map { .array([.int($0.memberID.rawValue), .string($0.effectiveOn.iso8601), Self.valueChange($0.change)]) })
        case "changesets":
            return .array(try snapshot.changesets().map(Self.changeset))
        case "orgUnits":
            return .array(try snapshot.orgUnits(asOf: try required(date(read, "asOf"), "asOf"), knownAt: try instant(read)).map(Self.orgUnit))
        case "archivedMembers":
            return Self.ids(try snapshot.archivedMembers(asOf: try required(date(read, "asOf"), "asOf"), knownAt: try instant(read)))
        case "membersUnder":
            let root = OrgUnitID(rawValue: try required(read["under"]?.int, "under"))
            return Self.ids(try snapshot.members(asOf: try required(date(read, "asOf"), "asOf"), under: root, knownAt: try instant(read)))
        case "records":
            return try records(read)
        case "workflows":
            let id = try memberID(read)
            return .array(try snapshot.workflows(of: id, asOf: try date(read, "asOf"), knownAt: try instant(read)).map(Self.workflow))
        case "leadingCadres":
            return Self.ids(try snapshot.leadingCadres(asOf: try required(date(read, "asOf"), "asOf"), knownAt: try instant(read)))
        case "reservePool":
            return Self.ids(try snapshot.reservePool(asOf: try required(date(read, "asOf"), "asOf"), knownAt: try instant(read)))
        case "adjustedCadres":
            return Self.ids(try snapshot.adjustedCadres(in: Int(try required(read["year"]?.int, "year"))))
        case "search":
            return .array(try snapshot.searchMembers(try required(read["text"]?.string, "text"), limit: 20).map { match in
                .array([.int(match.member.rawValue), .string(match.name), .string(match.matchedText), .string(match.field.rawValue),
                        .int(Int64(match.rank.rawValue))])
            })
        default:
            throw FixtureError("unknown read \(name)")
        }
    }

    // MARK: Arguments

    private func required<T>(_ value: T?, _ name: String) throws -> T {
        guard let value else { throw FixtureError("a read lacks \(name)") }
        return value
    }

    private func memberID(_ read: FixtureJSON) throws -> MemberID { MemberID(rawValue: try required(read["id"]?.int, "id")) }

    private func date(_ read: FixtureJSON, _ key: String) throws -> LocalDate? {
        try read[key]?.string.map { try LocalDate(iso8601: $0) }
    }

    private func instant(_ read: FixtureJSON) throws -> Timestamp? {
        read["knownAt"]?.int.map(Timestamp.init(millisecondsSince1970:))
    }

    // MARK: Records

    private func records(_ read: FixtureJSON) throws -> FixtureJSON {
        let kind = try required(read["kind"]?.string, "kind")
        let date = try required(date(read, "asOf"), "asOf"), known = try instant(read)
        func tenures<R: StoredRecord>(_ type: R.Type) throws -> FixtureJSON {
            .array(try snapshot.records(R.self, asOf: date, knownAt: known).map(Self.tenure))
        }
        let types: [any StoredRecord.Type] = [
            PostRecord.self, ArrangementRecord.self, PoolRecord.self, CultivationRecord.self, PartyMembershipRecord.self,
            OverseasRecord.self, NewStratumRecord.self, RelationRecord.self, HonourRecord.self, EnterpriseRecord.self,
            EnterpriseRoleRecord.self, PairingRecord.self, OrganisationRecord.self, TermRecord.self,
            OrganisationMembershipRecord.self, EnterpriseMembershipRecord.self, HouseholdRecord.self,
            HouseholdMembershipRecord.self, EngagementRecord.self, ParticipantRecord.self,
        ]
        guard let type = types.first(where: { $0.kind.id == kind }) else { throw FixtureError("unknown record kind \(kind)") }
        return try tenures(type)
    }

    // MARK: Normal forms

    static func member(_ member: Member) -> FixtureJSON {
        var record: [String: FixtureJSON] = [:]
        for field in MemberField.allCases { record[field.rawValue] = FixtureJSON(member.record[field]) }
        let categories = member.categories.map { membership -> FixtureJSON in
            .array([.string(membership.category.rawValue), .string(membership.tier.rawValue), FixtureJSON(membership.source?.rawValue),
                    .string(membership.since.iso8601), .string(membership.validFrom.iso8601), FixtureJSON(membership.validTo?.iso8601)])
        }
        return .object(["id": .int(member.id.rawValue), "registeredOn": .string(member.registeredOn.iso8601),
                        "record": .object(record), "categories": .array(categories)])
    }

    static func changeset(_ changeset: Changeset) -> FixtureJSON {
        .array([.int(changeset.id), .int(changeset.recordedAt.millisecondsSince1970), .string(changeset.actor),
                FixtureJSON(changeset.reason), FixtureJSON(changeset.source)])
    }

    static func valueChange(_ change: ValueChange) -> FixtureJSON {
        .array([.string(change.subject.description), FixtureJSON(change.from), FixtureJSON(change.to)])
    }

    static func ids(_ members: [Member]) -> FixtureJSON { .array(members.map { .int($0.id.rawValue) }) }

    static func orgUnit(_ unit: OrgUnit) -> FixtureJSON {
        var fields: [String: FixtureJSON] = [:]
        for field in OrgUnitField.allCases { fields[field.rawValue] = FixtureJSON(unit.record[field]) }
        return .object(["id": .int(unit.id.rawValue), "establishedOn": .string(unit.establishedOn.iso8601), "fields": .object(fields)])
    }

    static func tenure<R: StoredRecord>(_ tenure: Tenure<R>) -> FixtureJSON {
        var fields: [String: FixtureJSON] = [:]
        for field in R.Field.allCases { fields[field.rawValue] = FixtureJSON(tenure.record[field]) }
        return .object(["id": .int(tenure.id.rawValue), "holder": .string(tenure.holder.description), "from": .string(tenure.from.iso8601),
                        "to": FixtureJSON(tenure.to?.iso8601), "fields": .object(fields)])
    }

    static func workflow(_ workflow: Workflow) -> FixtureJSON {
        .object(["id": .int(workflow.id.rawValue), "kind": .string(workflow.kind), "member": .int(workflow.memberID.rawValue),
                 "state": FixtureJSON(workflow.state?.id),
                 "steps": .array(workflow.steps.map { step in
                     .object(["id": .int(step.id), "state": .string(step.state.id), "previous": FixtureJSON(step.previous?.id),
                              "effectiveOn": .string(step.effectiveOn.iso8601), "actor": FixtureJSON(step.actor),
                              "orgUnit": FixtureJSON(step.orgUnit?.rawValue), "opinion": FixtureJSON(step.opinion),
                              "documentNumber": FixtureJSON(step.documentNumber), "fields": .object(step.fields.mapValues(FixtureJSON.string)),
                              "changeset": .int(step.changesetID)])
                 })])
    }
}
