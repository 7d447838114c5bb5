public import UnitedFront

/// A person's state as the register will hold it after a prefix of their history: the record, the
/// category memberships, the owning unit and the dated records. The generator keeps one to make every
/// event apply cleanly; ``SyntheticPerson`` replays one to predict what the register reads back.
///
/// Events apply in the order the register applies them (see ``SyntheticEvent``), with the register's
/// own consequences: the member's 职务, 职务层次 and 职级 follow their posts (``UnitedFront/PostRecord``);
/// joining a democratic party sets the political status and ends a 无党派人士 membership, and leaving it
/// returns the status to 群众 (``UnitedFront/PartyMembershipRecord``); archiving ends every membership
/// and every record.
public struct SyntheticState: Sendable, Hashable {
    /// A record as held: its latest values and the dates it began and ended.
    public struct Held: Sendable, Hashable {
        /// The values (the final ones once ended).
        public var value: SyntheticRecord
        /// The first day in force.
        public var from: LocalDate
        /// The first day no longer in force; nil while open.
        public var to: LocalDate?

        /// Whether it is in force on `date`.
        public func isInForce(on date: LocalDate) -> Bool { from <= date && to.map { date < $0 } ?? true }
    }

    /// The record; nil before the registration. The owning unit is ``orgUnit``, not the record's
    /// ``UnitedFront/MemberRecord/orgUnit`` (an id only the register knows).
    public internal(set) var record: MemberRecord?
    /// The category memberships, in the order entered.
    public internal(set) var memberships: [SyntheticMembership] = []
    /// The owning unit, an index into ``Population/orgUnits``.
    public internal(set) var orgUnit: Int?
    /// The dated records by key.
    public internal(set) var records: [Int: Held] = [:]

    init() {}

    /// The records in force (not yet ended), by key.
    var open: [(key: Int, held: Held)] {
        records.keys.sorted().compactMap { key in records[key]!.to == nil ? (key, records[key]!) : nil }
    }

    /// The next unused record key.
    var nextKey: Int { (records.keys.max() ?? -1) + 1 }

    /// Folds one event into the state.
    mutating func apply(_ steps: [SyntheticEvent.Step], effective date: LocalDate) {
        for case .register(let registered) in steps { record = registered }
        for step in steps {
            switch step {
            case .set(let field, let value): record?[field] = value
            case .assign(let unit): orgUnit = unit
            default: continue
            }
        }
        for step in steps {
            switch step {
            case .enter(let membership): memberships.append(membership)
            case .changeTier(let category, let tier, let source):
                if let index = memberships.firstIndex(where: { $0.category == category }) {
                    memberships[index].tier = tier
                    if let source { memberships[index].source = source }
                }
            case .leave(let category): memberships.removeAll { $0.category == category }
            default: continue
            }
        }
        for step in steps {
            switch step {
            case .add(let value, let key):
                records[key] = Held(value: value, from: date)
                if let party = value.partyMembership?.party {
                    memberships.removeAll { $0.category == .nonPartisan }
                    record?.politicalStatus = party
                }
                if value.post != nil { followPosts() }
            case .change(let key, let value):
                records[key]?.value = value
                if value.post != nil { followPosts() }
            case .end(let key, let value):
                records[key]?.value = value
                records[key]?.to = date
                if let party = value.partyMembership?.party, record?.politicalStatus == party { record?.politicalStatus = .masses }
                if value.post != nil { followPosts() }
            default: continue
            }
        }
        if steps.contains(.archive) {
            record?[.status] = MemberStatus.archived.rawValue
            memberships.removeAll()
            let heldPost = open.contains { $0.held.value.post != nil }
            for (key, _) in open { records[key]?.to = date }
            if heldPost { followPosts() }
        }
    }

    /// Sets 职务, 职务层次 and (when a serving post carries one) 职级 from the principal serving post: a
    /// 领导职务 before one that is not, then the higher 职务层次, then the earlier begun, then the
    /// earlier added.
    private mutating func followPosts() {
        let serving = open.compactMap { entry in entry.held.value.post.map { (entry.key, entry.held.from, $0) } }
        let principal = serving.min { a, b in
            if a.2.isLeadership != b.2.isLeadership { return a.2.isLeadership }
            let (ra, rb) = (Self.position(of: a.2.rank), Self.position(of: b.2.rank))
            if ra != rb { return ra > rb }
            if a.1 != b.1 { return a.1 < b.1 }
            return a.0 < b.0
        }?.2
        record?.post = principal?.displayTitle
        record?.rank = principal?.rank
        let grade = serving.compactMap(\.2.grade).max { Self.gradePosition(of: $0) < Self.gradePosition(of: $1) }
        if let grade { record?.grade = grade }
    }

    /// The position of a 职务层次 on the GB/T 12407 ladder, lowest first; 0 for none.
    static func position(of rank: CadreRank?) -> Int {
        guard let rank, let index = rankLadder.firstIndex(of: rank.rawValue) else { return 0 }
        return index + 1
    }

    static func gradePosition(of grade: CivilServiceGrade) -> Int {
        (gradeLadder.firstIndex(of: grade.rawValue) ?? -1) + 1
    }

    /// `cadre_rank` in code-list order (办事员 first).
    static let rankLadder = ["160", "150", "142", "141", "132", "131", "122", "121", "112", "111", "102", "101"]
    /// `civil_service_grade` in code-list order (二级科员 first).
    static let gradeLadder = ["STAFF_2", "STAFF_1", "PRINCIPAL_STAFF_4", "PRINCIPAL_STAFF_3", "PRINCIPAL_STAFF_2",
                              "PRINCIPAL_STAFF_1", "RESEARCHER_4", "RESEARCHER_3", "RESEARCHER_2", "RESEARCHER_1",
                              "INSPECTOR_2", "INSPECTOR_1"]
}
