public import UnitedFront

/// A dated record of a synthetic person's history, as ``SyntheticEvent/Step/add(_:key:)`` begins it
/// and later steps change and end it: the records the person holds (a post, a 政治安排, a reserve-pool
/// entry, a cultivation, a democratic-party membership, 侨情, a 新的社会阶层 group, an honour, a relation,
/// a role in an enterprise, a seat in an organisation, a place in a household), and the entities their
/// history brings along (the enterprise they run with its 万企兴万村 pairings and 商会/工商联 memberships, the
/// household they head).
///
/// Records of one person are numbered by a *key* (0, 1, 2 … in the order they are added); writing the
/// population maps each key to the register's ``UnitedFront/RecordID``. A cultivation names the key of
/// the pool entry it serves. Enterprises and households are numbered population-wide (the index in
/// ``Population/enterprises`` and ``Population/households``), organisations and their terms by their
/// index in ``Population/organisations``, and other people by their person index; writing resolves
/// each to the register's id. A record's own id fields (``UnitedFront/EnterpriseRoleRecord/enterprise``,
/// ``UnitedFront/OverseasRecord/relative`` …) are left unset here.
public enum SyntheticRecord: Sendable, Hashable, CustomStringConvertible {
    /// 职务.
    case post(PostRecord)
    /// 政治安排.
    case arrangement(ArrangementRecord)
    /// 后备干部库 entry.
    case poolEntry(PoolRecord)
    /// 培养 (培训, 挂职 …), for the person's pool entry with key `poolEntry` when given.
    case cultivation(CultivationRecord, poolEntry: Int?)
    /// 民主党派 membership.
    case partyMembership(PartyMembershipRecord)
    /// 侨情; a 侨眷's relative is the person with index `relative`.
    case overseas(OverseasRecord, relative: Int?)
    /// 新的社会阶层 group.
    case newStratum(NewStratumRecord)
    /// 表彰.
    case honour(HonourRecord)
    /// A relation to the person with index `relative` (what they are to this person).
    case relation(Relation, relative: Int, note: String?)
    /// A role in enterprise `enterprise` (an index in ``Population/enterprises``).
    case enterpriseRole(EnterpriseRoleRecord, enterprise: Int)
    /// A seat in organisation `organisation` (an index in ``Population/organisations``), for its term
    /// `term` (an index in its ``SyntheticOrganisation/terms``).
    case seat(OrganisationRole, organisation: Int, term: Int?)
    /// A place in household `household` (an index in ``Population/households``): the 户主 without a
    /// relation, else what the person is to the 户主.
    case householdMembership(Relation?, household: Int)
    /// An enterprise the person's history brings along: number `index` in ``Population/enterprises``,
    /// owned by org unit `orgUnit` (an index in ``Population/orgUnits``), in force from `since`. Nobody
    /// holds it: archiving the person leaves it in force.
    case enterprise(EnterpriseRecord, index: Int, orgUnit: Int?, since: LocalDate)
    /// A 万企兴万村 pairing held by enterprise `enterprise`.
    case pairing(PairingRecord, enterprise: Int)
    /// Enterprise `enterprise`'s membership of organisation `organisation`.
    case enterpriseMembership(OrganisationRole, enterprise: Int, organisation: Int)
    /// A household (户) the person's history brings along: number `index` in ``Population/households``,
    /// owned by org unit `orgUnit`. Nobody holds it.
    case household(HouseholdRecord, index: Int, orgUnit: Int?)

    /// The post, when this is one.
    public var post: PostRecord? {
        if case .post(let post) = self { post } else { nil }
    }

    /// The party membership, when this is one.
    public var partyMembership: PartyMembershipRecord? {
        if case .partyMembership(let membership) = self { membership } else { nil }
    }

    /// The 侨情 record, when this is one.
    public var overseas: OverseasRecord? {
        if case .overseas(let record, _) = self { record } else { nil }
    }

    /// Whether the person holds the record (archiving them ends it), rather than an entity their
    /// history brings along (an enterprise, its pairings and memberships, a household).
    public var isHeldByPerson: Bool {
        switch self {
        case .enterprise, .pairing, .enterpriseMembership, .household: false
        default: true
        }
    }

    /// The enterprise the record names or belongs to, by index; nil for records about no enterprise.
    public var enterpriseIndex: Int? {
        switch self {
        case .enterpriseRole(_, let index), .pairing(_, let index), .enterpriseMembership(_, let index, _): index
        case .enterprise(_, let index, _, _): index
        default: nil
        }
    }

    /// `post 呼和浩特市新城区教育局副局长 142 PRINCIPAL_STAFF_3 leadership 新党干字〔2021〕15号 …`: every value, for
    /// fingerprints and failure messages.
    public var description: String {
        func text(_ values: [String?]) -> String { values.map { $0 ?? "-" }.joined(separator: " ") }
        switch self {
        case .post(let post):
            return "post " + text([post.unit, post.title, post.rank?.rawValue, post.grade?.rawValue,
                                   post.isLeadership ? "leadership" : "non-leadership", post.appointmentDocument,
                                   post.appointingAuthority, post.removalDocument, post.removalAuthority])
        case .arrangement(let seat):
            return "arrangement " + text([seat.kind.rawValue, seat.level.rawValue, seat.body, seat.term, seat.role?.rawValue,
                                          seat.sector, seat.document])
        case .poolEntry(let entry):
            return "pool " + text([entry.targetRank.rawValue, entry.targetPost, entry.entryReason, entry.exitReason, entry.document])
        case .cultivation(let cultivation, let entry):
            return "cultivation " + text([cultivation.kind.rawValue, entry.map { "pool#\($0)" }, cultivation.place,
                                          cultivation.content, cultivation.result])
        case .partyMembership(let membership):
            return "party " + text([membership.party.rawValue, membership.branch, membership.introducers, membership.partyPost,
                                    membership.isFiled ? "filed" : "not-filed", membership.exit?.rawValue, membership.exitReason])
        case .overseas(let record, let relative):
            return "overseas " + text([record.type.rawValue, record.country?.rawValue, record.nationality?.rawValue,
                                       record.residenceRight?.rawValue, record.residentSince?.description,
                                       record.monthsPresent.map(String.init), relative.map { "person#\($0)" }])
        case .newStratum(let record):
            return "stratum " + text([record.group.rawValue, record.subtype])
        case .honour(let honour):
            return "honour " + text([honour.name, honour.level?.rawValue, honour.body, honour.document])
        case .relation(let relation, let relative, let note):
            return "relation " + text([relation.rawValue, "person#\(relative)", note])
        case .enterpriseRole(let role, let enterprise):
            return "role " + text([role.role.rawValue, "enterprise#\(enterprise)", role.share])
        case .seat(let role, let organisation, let term):
            return "seat " + text([role.rawValue, "organisation#\(organisation)", term.map { "term#\($0)" }])
        case .householdMembership(let relation, let household):
            return "household-member " + text([relation?.rawValue ?? "HEAD", "household#\(household)"])
        case .enterprise(let record, let index, let unit, let since):
            return "enterprise#\(index) " + text([record.creditCode, record.name, record.industry?.rawValue, record.scale?.rawValue,
                                                  record.ownership?.rawValue, record.foundedOn?.description, record.address,
                                                  record.region, unit.map { "unit#\($0)" }, since.description])
        case .pairing(let pairing, let enterprise):
            return "pairing " + text(["enterprise#\(enterprise)", pairing.village, pairing.villageName, pairing.project,
                                      pairing.committed.map(String.init), pairing.paid.map(String.init)])
        case .enterpriseMembership(let role, let enterprise, let organisation):
            return "enterprise-member " + text(["enterprise#\(enterprise)", role.rawValue, "organisation#\(organisation)"])
        case .household(let record, let index, let unit):
            return "household#\(index) " + text([record.name, record.address, record.region, unit.map { "unit#\($0)" }])
        }
    }

    /// The first day the record is in force when added by an event effective `date`: an enterprise's
    /// own date, else `date`.
    func since(_ date: LocalDate) -> LocalDate {
        if case .enterprise(_, _, _, let since) = self { return since }
        return date
    }

    /// Adds the record for `member` in `transaction` and returns its raw id; `keys` resolves a
    /// cultivation's pool entry, `context` the people, org units and entities the record names (and
    /// gains the entities it adds).
    func add(for member: MemberID, effective: LocalDate, in transaction: RegisterTransaction, keys: [Int: Int64],
             context: inout WriteContext) throws -> Int64 {
        switch self {
        case .post(let post): return try transaction.add(post, for: member, effective: effective).rawValue
        case .arrangement(let seat): return try transaction.add(seat, for: member, effective: effective).rawValue
        case .poolEntry(let entry): return try transaction.add(entry, for: member, effective: effective).rawValue
        case .cultivation(let cultivation, let entry):
            return try transaction.add(Self.resolved(cultivation, entry, keys), for: member, effective: effective).rawValue
        case .partyMembership(let membership): return try transaction.add(membership, for: member, effective: effective).rawValue
        case .enterprise(let record, let index, _, let since):
            let id = try transaction.add(try resolved(record, context), effective: since)
            context.enterprises[index] = id
            return id.rawValue
        case .household(let record, let index, _):
            let id = try transaction.add(try resolved(record, context), effective: effective)
            context.households[index] = id
            return id.rawValue
        case .pairing(let pairing, let enterprise):
            return try transaction.add(pairing, for: context.enterprise(enterprise), effective: effective).rawValue
        case .enterpriseMembership(_, let enterprise, _):
            let record = try resolvedMembership(context)
            return try transaction.add(record, for: context.enterprise(enterprise), effective: effective).rawValue
        default:
            return try addHeld(for: member, effective: effective, in: transaction, context: context)
        }
    }

    private func addHeld(for member: MemberID, effective: LocalDate, in transaction: RegisterTransaction,
                         context: WriteContext) throws -> Int64 {
        switch self {
        case .overseas(let record, _): try transaction.add(try resolved(record, context), for: member, effective: effective).rawValue
        case .newStratum(let record): try transaction.add(record, for: member, effective: effective).rawValue
        case .honour(let honour): try transaction.add(honour, for: member, effective: effective).rawValue
        case .relation(let relation, let relative, let note):
            try transaction.add(RelationRecord(relative: context.member(relative), relation: relation, note: note), for: member,
                                effective: effective).rawValue
        case .enterpriseRole(let role, _): try transaction.add(try resolved(role, context), for: member, effective: effective).rawValue
        case .seat: try transaction.add(try resolvedSeat(context), for: member, effective: effective).rawValue
        case .householdMembership(let relation, let household):
            try transaction.add(HouseholdMembershipRecord(household: context.household(household), relation: relation), for: member,
                                effective: effective).rawValue
        default: throw RegisterError.schema("\(self) is not held by a member")
        }
    }

    /// Changes (or, with `ending`, ends) record `id` on `effective` to these values.
    func update(_ id: Int64, effective: LocalDate, ending: Bool, in transaction: RegisterTransaction, keys: [Int: Int64],
                context: WriteContext) throws {
        func write<Record: DatedRecord>(_ value: Record) throws {
            let id = RecordID<Record>(rawValue: id)
            if ending {
                try transaction.end(id, effective: effective) { $0 = value }
            } else {
                try transaction.change(id, effective: effective) { $0 = value }
            }
        }
        switch self {
        case .post(let post): try write(post)
        case .arrangement(let seat): try write(seat)
        case .poolEntry(let entry): try write(entry)
        case .cultivation(let cultivation, let entry): try write(Self.resolved(cultivation, entry, keys))
        case .partyMembership(let membership): try write(membership)
        case .overseas(let record, _): try write(resolved(record, context))
        case .newStratum(let record): try write(record)
        case .honour(let honour): try write(honour)
        case .relation(let relation, let relative, let note):
            try write(RelationRecord(relative: context.member(relative), relation: relation, note: note))
        case .enterpriseRole(let role, _): try write(resolved(role, context))
        case .seat: try write(resolvedSeat(context))
        case .householdMembership(let relation, let household):
            try write(HouseholdMembershipRecord(household: context.household(household), relation: relation))
        case .enterprise(let record, _, _, _): try write(resolved(record, context))
        case .pairing(let pairing, _): try write(pairing)
        case .enterpriseMembership: try write(resolvedMembership(context))
        case .household(let record, _, _): try write(resolved(record, context))
        }
    }

    private func resolved(_ record: OverseasRecord, _ context: WriteContext) throws -> OverseasRecord {
        var result = record
        if case .overseas(_, let relative?) = self { result.relative = try context.member(relative) }
        return result
    }

    private func resolved(_ role: EnterpriseRoleRecord, _ context: WriteContext) throws -> EnterpriseRoleRecord {
        var result = role
        if case .enterpriseRole(_, let enterprise) = self { result.enterprise = try context.enterprise(enterprise) }
        return result
    }

    private func resolved(_ record: EnterpriseRecord, _ context: WriteContext) throws -> EnterpriseRecord {
        var result = record
        if case .enterprise(_, _, let unit?, _) = self { result.orgUnit = try context.orgUnit(unit) }
        return result
    }

    private func resolved(_ record: HouseholdRecord, _ context: WriteContext) throws -> HouseholdRecord {
        var result = record
        if case .household(_, _, let unit?) = self { result.orgUnit = try context.orgUnit(unit) }
        return result
    }

    private func resolvedSeat(_ context: WriteContext) throws -> OrganisationMembershipRecord {
        guard case .seat(let role, let organisation, let term) = self else { throw RegisterError.schema("\(self) is not a seat") }
        var seat = OrganisationMembershipRecord(organisation: try context.organisation(organisation), role: role)
        if let term { seat.term = try context.term(term, of: organisation) }
        return seat
    }

    private func resolvedMembership(_ context: WriteContext) throws -> EnterpriseMembershipRecord {
        guard case .enterpriseMembership(let role, _, let organisation) = self else {
            throw RegisterError.schema("\(self) is not an enterprise membership")
        }
        return EnterpriseMembershipRecord(organisation: try context.organisation(organisation), role: role)
    }

    private static func resolved(_ cultivation: CultivationRecord, _ entry: Int?, _ keys: [Int: Int64]) throws -> CultivationRecord {
        var result = cultivation
        if let entry {
            guard let id = keys[entry] else { throw RegisterError.schema("cultivation names pool entry #\(entry), not yet written") }
            result.poolEntry = PoolEntryID(rawValue: id)
        }
        return result
    }
}

/// What writing a history has resolved so far: the ids of the org units, people, organisations and
/// their terms, enterprises and households, by their fixture indexes.
struct WriteContext {
    var orgUnits: [OrgUnitID] = []
    var members: [MemberID?] = []
    var organisations: [OrganisationID] = []
    var terms: [[TermID?]] = []
    var enterprises: [Int: EnterpriseID] = [:]
    var households: [Int: HouseholdID] = [:]
    var engagements: [Int: EngagementID] = [:]

    func orgUnit(_ index: Int) throws -> OrgUnitID {
        guard orgUnits.indices.contains(index) else { throw RegisterError.schema("org unit \(index) is not written") }
        return orgUnits[index]
    }

    func member(_ index: Int) throws -> MemberID {
        guard members.indices.contains(index), let id = members[index] else {
            throw RegisterError.schema("person \(index) is not yet registered")
        }
        return id
    }

    func organisation(_ index: Int) throws -> OrganisationID {
        guard organisations.indices.contains(index) else { throw RegisterError.schema("organisation \(index) is not written") }
        return organisations[index]
    }

    func term(_ index: Int, of organisation: Int) throws -> TermID {
        guard terms.indices.contains(organisation), terms[organisation].indices.contains(index),
              let id = terms[organisation][index] else {
            throw RegisterError.schema("term \(index) of organisation \(organisation) is not yet written")
        }
        return id
    }

    func enterprise(_ index: Int) throws -> EnterpriseID {
        guard let id = enterprises[index] else { throw RegisterError.schema("enterprise \(index) is not yet written") }
        return id
    }

    func household(_ index: Int) throws -> HouseholdID {
        guard let id = households[index] else { throw RegisterError.schema("household \(index) is not yet written") }
        return id
    }
}
