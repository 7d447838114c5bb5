public import UnitedFront

/// One changeset of a synthetic history: what happened to one person, effective when, recorded when,
/// by whom and why.
///
/// Applying an event performs its ``steps`` in one ``UnitedFront/RegisterTransaction``: the registration
/// (if any, with its owning unit), then all field edits and a change of owning unit as one change, then
/// workflow steps in order (with their effects: 认定 sets 政治面貌 12 and enters 无党派人士, 入库 adds a
/// pool entry …), then category entries, tier changes and exits in order, then dated records (added,
/// changed, ended) in order, then the archive. ``SyntheticState`` folds events in the same order.
public struct SyntheticEvent: Sendable, Hashable, CustomStringConvertible {
    /// What kind of thing happened, for picking events out in tests.
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        /// 登记入库: the person enters the register with their first categories.
        case registration
        /// 任职/晋升: a cadre is appointed to a higher rank and post.
        case promotion
        /// 交流: a cadre moves to another unit at the same rank.
        case transfer
        /// A new post in the same unit (讲师 → 副教授, 总经理 → 董事长).
        case postChange
        /// A new work unit.
        case unitChange
        /// 代表人士 tier raised or lowered.
        case tierChange
        /// 列入后备: entry into the reserve pool.
        case reservePoolEntry
        /// 调出后备库: leaving the reserve pool without a promotion.
        case reservePoolExit
        /// 加入民主党派: political status changes to 04–11 (and a 无党派 record ends).
        case partyJoining
        /// 无党派人士认定: a candidate is certified (the workflow's 认定 step).
        case nonPartisanCertification
        /// The other steps of a 无党派人士认定: 摸底, 推荐, 考察, 登记, 复核, 终止.
        case nonPartisanCandidacy
        /// 撤销无党派人士认定 (not by joining a party: the register revokes that itself).
        case nonPartisanRevocation
        /// 民主党派新成员备案: 报送 or 备案.
        case partyFiling
        /// 归侨侨眷身份认定: 申请, 审核, 认定 or 不予认定.
        case overseasChineseCertification
        /// 学历提升.
        case educationUpgrade
        /// Entry into a further category (少数民族代表人士 recognised, 党外知识分子 …).
        case categoryEntry
        /// Exit from a category without archiving (an enterprise closed …).
        case categoryExit
        /// A new mobile number, address or email.
        case contactUpdate
        /// 退休: a cadre retires and leaves `NON_PARTY_CADRE`.
        case retirement
        /// 归档: moved away, deceased, no longer a contact.
        case archive
        /// 政治安排: a seat as 政协委员 or 人大代表 begins or ends (换届).
        case arrangement
        /// 培养: a training course or 挂职 of a reserve-pool member begins or ends.
        case cultivation
        /// 兼职: a concurrent post is taken or given up.
        case concurrentPost
        /// 职级晋升: a higher 职级 on the same post.
        case gradePromotion
        /// 退出民主党派: a democratic-party membership ends.
        case partyExit
        /// An enterprise the person runs: registered with their roles, a role taken or given up, 注销.
        case enterprise
        /// 万企兴万村: an enterprise's pairing with a village begins, or more of its amount is paid.
        case pairing
        /// A seat in the 工商联, 新联会 or 侨联 begins or ends (换届).
        case organisationSeat
        /// 侨情 changes: a 华侨 returns to settle (归侨 from that day), a 侨眷's relative is linked.
        case overseasChange
        /// A household (户) is registered or joined.
        case household
        /// 表彰: an honour.
        case honour
    }

    /// One operation of an event.
    public enum Step: Sendable, Hashable, CustomStringConvertible {
        /// Register the person with this record (``UnitedFront/RegisterTransaction/add(_:effective:)``).
        case register(MemberRecord)
        /// Set a field (nil clears it).
        case set(MemberField, String?)
        /// Enter a category.
        case enter(SyntheticMembership)
        /// Change the tier (and the source, when given) of a membership.
        case changeTier(category: Category, tier: Tier, source: CategorySource?)
        /// Leave a category.
        case leave(category: Category)
        /// Make the org unit with this index in ``Population/orgUnits`` the person's owning unit
        /// (所属单位): part of the registration, or a ``UnitedFront/RegisterTransaction/transfer(_:to:effective:)``.
        case assign(orgUnit: Int)
        /// Add a dated record, known from now on by the person's record number `key`.
        case add(SyntheticRecord, key: Int)
        /// Record that record `key` changed to these values.
        case change(key: Int, to: SyntheticRecord)
        /// End record `key` (免职, 出库, 退出) with these final values (a 免职文号, an exit reason).
        case end(key: Int, as: SyntheticRecord)
        /// Record a workflow step of `kind` (``UnitedFront/RegisterTransaction/recordStep(_:kind:for:)``),
        /// dated the step's own effective date (the steps that led to a decision may be recorded with
        /// it, back-dated). A step whose effects add a reserve-pool entry (入库) names the key the entry
        /// is known by from now on.
        case workflow(WorkflowKind, WorkflowStepRecord, poolEntry: Int?)
        /// Archive the person (which ends every membership and every record).
        case archive

        /// `set rank = 141`, `enter NON_PARTISAN/GENERAL (NOMINATED)`.
        public var description: String {
            switch self {
            case .register(let record): "register \(record.name)"
            case .set(let field, let value): "set \(field) = \(value ?? "nil")"
            case .enter(let membership): "enter \(membership)"
            case .changeTier(let category, let tier, let source):
                "tier \(category) → \(tier)" + (source.map { " (\($0))" } ?? "")
            case .leave(let category): "leave \(category)"
            case .assign(let unit): "assign unit \(unit)"
            case .add(let record, let key): "add #\(key) \(record)"
            case .change(let key, let record): "change #\(key) \(record)"
            case .end(let key, let record): "end #\(key) \(record)"
            case .workflow(let kind, let step, let entry):
                "workflow \(kind.id) \(SyntheticWorkflow.text(step))" + (entry.map { " pool#\($0)" } ?? "")
            case .archive: "archive"
            }
        }
    }

    /// The index of the person in their population or scenario.
    public let person: Int
    /// The position of the event in the person's history; 0 is the registration.
    public let ordinal: Int
    /// What happened.
    public let kind: Kind
    /// The date it took effect.
    public let effective: LocalDate
    /// Who recorded it and why; ``UnitedFront/Attribution/recordedAt`` is always set.
    public let attribution: Attribution
    /// The operations, in the order they are applied.
    public let steps: [Step]

    /// Creates an event. `attribution.recordedAt` must be set.
    public init(person: Int, ordinal: Int, kind: Kind, effective: LocalDate, attribution: Attribution, steps: [Step]) {
        precondition(attribution.recordedAt != nil, "a synthetic event carries its recorded-at time")
        self.person = person
        self.ordinal = ordinal
        self.kind = kind
        self.effective = effective
        self.attribution = attribution
        self.steps = steps
    }

    /// When the register learned it.
    public var recordedAt: Timestamp { attribution.recordedAt! }

    /// Whether it was recorded more than 30 days after it took effect (a late, back-dated entry).
    public var isBackDated: Bool {
        recordedAt.date(utcOffsetSeconds: 8 * 3600).daysSince1970 - effective.daysSince1970 > 30
    }

    /// Applies the steps inside `transaction` and returns the member's id.
    ///
    /// For an event without org units or records; a population's events are written by
    /// ``Population/writeAll(to:recording:)``, which resolves those.
    /// - Parameter member: the person's id, or nil when the event registers them.
    /// - Throws: whatever the transaction throws; a well-formed history never fails on an empty register.
    @discardableResult
    public func apply(to transaction: RegisterTransaction, member: MemberID?) throws -> MemberID {
        var keys: [Int: Int64] = [:]
        var context = WriteContext()
        return try apply(to: transaction, member: member, context: &context, records: &keys)
    }

    /// Applies the steps inside `transaction` in the order the model follows (see ``SyntheticState``):
    /// the registration, the field edits and owning unit as one change, workflow steps, category
    /// entries, tier changes and exits, dated records, then the archive. `context` maps unit, person,
    /// organisation and entity indexes to ids (and gains the entities added); `records` maps the person's
    /// record keys to ids and gains the records added.
    @discardableResult
    func apply(to transaction: RegisterTransaction, member: MemberID?, context: inout WriteContext,
               records keys: inout [Int: Int64]) throws -> MemberID {
        let orgUnits = context.orgUnits
        func unit(_ index: Int) throws -> OrgUnitID {
            guard orgUnits.indices.contains(index) else { throw RegisterError.schema("event \(self) names org unit \(index), not written") }
            return orgUnits[index]
        }
        var assigned: Int?
        for case .assign(let index) in steps { assigned = index }
        var id = member
        var registered = false
        for case .register(var record) in steps {
            if let assigned { record.orgUnit = try unit(assigned) }
            id = try transaction.add(record, effective: effective)
            registered = true
        }
        guard let id else { throw RegisterError.schema("event \(self) applies to a person not yet registered") }
        let edits = steps.compactMap { step -> (MemberField, String?)? in
            if case .set(let field, let value) = step { return (field, value) }
            return nil
        }
        let transfer = registered ? nil : try assigned.map(unit)
        if !edits.isEmpty || transfer != nil {
            try transaction.change(id, effective: effective) { record in
                for (field, value) in edits { record[field] = value }
                if let transfer { record.orgUnit = transfer }
            }
        }
        for case .workflow(let kind, let step, let entry) in steps {
            try transaction.recordStep(step, kind: kind, for: id)
            if let entry {
                guard let added = try transaction.records(PoolRecord.self, of: id, on: step.effective)
                    .last(where: { $0.from == step.effective }) else {
                    throw RegisterError.schema("event \(self): the \(kind.name) step added no pool entry")
                }
                keys[entry] = added.id.rawValue
            }
        }
        for step in steps {
            switch step {
            case .enter(let membership):
                try transaction.enter(id, category: membership.category, tier: membership.tier, source: membership.source,
                                      effective: effective)
            case .changeTier(let category, let tier, let source):
                try transaction.changeTier(id, category: category, to: tier, source: source, effective: effective)
            case .leave(let category):
                try transaction.leave(id, category: category, effective: effective)
            case .register, .set, .assign, .add, .change, .end, .workflow, .archive:
                continue
            }
        }
        for step in steps {
            switch step {
            case .add(let record, let key):
                keys[key] = try record.add(for: id, effective: effective, in: transaction, keys: keys, context: &context)
            case .change(let key, let record), .end(let key, let record):
                guard let recordID = keys[key] else { throw RegisterError.schema("event \(self) names record #\(key), not written") }
                var ending = false
                if case .end = step { ending = true }
                try record.update(recordID, effective: effective, ending: ending, in: transaction, keys: keys, context: context)
            default:
                continue
            }
        }
        if steps.contains(.archive) { try transaction.archive(id, effective: effective) }
        return id
    }

    /// `person 3 #2 promotion effective 2021-03-01 recorded 2021-03-08T…: set rank = 141; …`.
    public var description: String {
        "person \(person) #\(ordinal) \(kind.rawValue) effective \(effective) recorded \(recordedAt): "
            + steps.map(\.description).joined(separator: "; ")
    }

    /// Global write order: by recorded time, then person, then position in the person's history.
    static func precedes(_ a: SyntheticEvent, _ b: SyntheticEvent) -> Bool {
        (a.recordedAt, a.person, a.ordinal) < (b.recordedAt, b.person, b.ordinal)
    }
}
