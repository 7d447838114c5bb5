public import UnitedFront

/// A person's state as the register will hold it after a prefix of their history: the record, the
/// category memberships, the owning unit and the dated records. The generator keeps one to make every
/// event apply cleanly; ``SyntheticPerson`` replays one to predict what the register reads back.
///
/// Events apply in the order the register applies them (see ``SyntheticEvent``), with the register's
/// own consequences: the member's 职务, 职务层次 and 职级 follow their posts (``UnitedFront/PostRecord``);
/// joining a democratic party sets the political status and ends a 无党派人士 membership, and leaving it
/// returns the status to 群众 (``UnitedFront/PartyMembershipRecord``); a workflow step does what its
/// transition's ``UnitedFront/WorkflowEffect``s say (认定 sets 政治面貌 12 and enters 无党派人士 as 认定,
/// 入库 adds a pool entry, 出库 ends it, 备案 files the party membership), and joining a party revokes a
/// 无党派人士认定 in force with a 撤销 step (加入中国民主同盟); archiving ends every membership and every
/// record the person holds (not the enterprises and households their history brings along), and
/// leaves workflows as they are; an enterprise that ends (注销) ends its pairings, its memberships and
/// the roles in it.
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
    /// The workflows, in the order they started.
    public internal(set) var workflows: [SyntheticWorkflow] = []

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
        for case .workflow(let kind, let step, let entry) in steps { record(step, kind: kind, poolEntry: entry) }
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
                records[key] = Held(value: value, from: value.since(date))
                if let party = value.partyMembership?.party {
                    revokeCertifications(on: date, joining: party)
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
                if case .enterprise(_, let index, _, _) = value { endRecords(of: index, on: date) }
                if let party = value.partyMembership?.party, record?.politicalStatus == party { record?.politicalStatus = .masses }
                if value.post != nil { followPosts() }
            default: continue
            }
        }
        if steps.contains(.archive) {
            record?[.status] = MemberStatus.archived.rawValue
            memberships.removeAll()
            let heldPost = open.contains { $0.held.value.post != nil }
            for (key, held) in open where held.value.isHeldByPerson { records[key]?.to = date }
            if heldPost { followPosts() }
        }
    }

    /// An enterprise that ends (注销) takes with it, that day, its pairings, its memberships of
    /// organisations and the roles in it.
    private mutating func endRecords(of enterprise: Int, on date: LocalDate) {
        for (key, held) in open where held.value.enterpriseIndex == enterprise {
            if case .enterprise = held.value { continue }
            records[key]?.to = date
        }
    }

    /// The workflow of `kind` in progress (started, not in a terminal state), by index.
    func openWorkflow(_ kind: WorkflowKind) -> Int? {
        workflows.lastIndex { $0.kind.id == kind.id && !$0.isTerminal }
    }

    /// Records `step` in the open workflow of `kind` (or a new one) and applies its transition's effects,
    /// as ``UnitedFront/RegisterTransaction/recordStep(_:kind:for:)`` does.
    private mutating func record(_ step: WorkflowStepRecord, kind: WorkflowKind, poolEntry entry: Int?) {
        let index: Int
        if let open = openWorkflow(kind) {
            index = open
        } else {
            workflows.append(SyntheticWorkflow(kind: kind))
            index = workflows.count - 1
        }
        workflows[index].steps.append(step)
        let date = step.effective
        func value(_ field: WorkflowField) -> String? {
            let text: String? = switch field {
            case .actor: step.actor
            case .opinion: step.opinion
            case .documentNumber: step.documentNumber
            default: step.fields[field.rawValue]
            }
            return text.flatMap { $0.isEmpty ? nil : $0 }
        }
        for effect in kind.transition(to: step.state)?.effects ?? [] {
            switch effect {
            case .setPoliticalStatus(let status, let field):
                record?.politicalStatus = field.flatMap(value).map(PoliticalStatus.init(rawValue:)) ?? status
            case .enterCategory(let category, let source, let tier):
                if let held = memberships.firstIndex(where: { $0.category == category }) {
                    memberships[held].source = source
                } else {
                    memberships.append(SyntheticMembership(category: category, tier: tier, source: source))
                }
            case .leaveCategory(let category, _):
                memberships.removeAll { $0.category == category }
            case .enterPool(let field):
                var pool = PoolRecord(targetRank: CadreRank(rawValue: value(field) ?? ""), entryReason: value(.opinion))
                pool.document = value(.documentNumber)
                let key = entry ?? nextKey
                records[key] = Held(value: .poolEntry(pool), from: date)
                workflows[index].poolEntry = key
            case .leavePool:
                for (key, held) in open {
                    guard held.isInForce(on: date), case .poolEntry(var pool) = held.value else { continue }
                    pool.exitReason = value(.opinion)
                    if let document = value(.documentNumber) { pool.document = document }
                    records[key]?.value = .poolEntry(pool)
                    records[key]?.to = date
                }
            case .fileParty:
                for (key, held) in open {
                    guard held.isInForce(on: date), case .partyMembership(var membership) = held.value else { continue }
                    membership.isFiled = true
                    records[key]?.value = .partyMembership(membership)
                }
            }
        }
    }

    /// Joining `party` on `date` revokes each 无党派人士认定 in force: a 撤销 step whose reason names the
    /// party and whose political status is the party's.
    private mutating func revokeCertifications(on date: LocalDate, joining party: PoliticalStatus) {
        let kind = WorkflowKind.nonPartisanCertification
        for index in workflows.indices where workflows[index].kind.id == kind.id
            && workflows[index].state(asOf: date).map(WorkflowKind.nonPartisanCertified.contains) ?? false {
            record(WorkflowStepRecord("REVOKED", effective: date, opinion: "加入\(Self.partyNames[party.rawValue] ?? party.rawValue)",
                                      fields: [WorkflowField.politicalStatus.rawValue: party.rawValue]),
                   kind: kind, poolEntry: nil)
        }
    }

    /// The full names of the democratic parties by GB/T 4762 code, as the register names them in a 撤销.
    static let partyNames = [
        "04": "中国国民党革命委员会", "05": "中国民主同盟", "06": "中国民主建国会", "07": "中国民主促进会", "08": "中国农工民主党",
        "09": "中国致公党", "10": "九三学社", "11": "台湾民主自治同盟",
    ]

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
