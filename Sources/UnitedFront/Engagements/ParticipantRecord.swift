/// 参与: who took part in an engagement — exactly one member, enterprise or household — in what role
/// (走访对象, 学员, 主讲 …) and, for a 培训, in which session. Held by the engagement
/// (``EngagementID``) and dated the engagement's date.
///
/// ```swift
/// try transaction.add(ParticipantRecord(enterprise: dairy, role: "走访对象"), to: visit)
/// for session in 1...3 {
///     try transaction.add(ParticipantRecord(member: wang, role: "学员", session: session), to: training)
/// }
/// let who = try snapshot.participants(of: training)
/// ```
///
/// The member, enterprise or household must be one of the register's, a session must lie in
/// 1…``EngagementRecord/sessions`` of a 培训 (only a 培训 has sessions), and nobody takes part twice in the
/// same engagement and session. A participant entered by mistake is withdrawn by ending it on its first
/// day.
public struct ParticipantRecord: StoredRecord {
    enum Field: String, RecordField {
        case status, member, enterprise, household, session, role
    }

    /// ``RecordKind/participant``.
    public static let kind = RecordKind.participant
    /// Held by the engagement.
    public typealias Holder = EngagementID
    var values: [String?]

    init(values: [String?]) { self.values = values }

    /// A member taking part, in `role`, in `session` of a 培训.
    public init(member: MemberID, role: String? = nil, session: Int? = nil) {
        self = .empty()
        self.member = member
        self.role = role
        self.session = session
    }

    /// An enterprise taking part (visited: `role: "走访对象"`).
    public init(enterprise: EnterpriseID, role: String? = nil) {
        self = .empty()
        self.enterprise = enterprise
        self.role = role
    }

    /// A household taking part (visited, 慰问).
    public init(household: HouseholdID, role: String? = nil) {
        self = .empty()
        self.household = household
        self.role = role
    }

    /// The member who took part; exactly one of ``member``, ``enterprise`` and ``household`` is set.
    public var member: MemberID? {
        get { self[.member].flatMap(Int64.init).map(MemberID.init(rawValue:)) }
        set { self[.member] = newValue.map { String($0.rawValue) } }
    }
    /// The enterprise that took part (was visited).
    public var enterprise: EnterpriseID? {
        get { self[.enterprise].flatMap(Int64.init).map(EnterpriseID.init(rawValue:)) }
        set { self[.enterprise] = newValue.map { String($0.rawValue) } }
    }
    /// The household that took part (was visited).
    public var household: HouseholdID? {
        get { self[.household].flatMap(Int64.init).map(HouseholdID.init(rawValue:)) }
        set { self[.household] = newValue.map { String($0.rawValue) } }
    }
    /// The session of a 培训 attended, 1…``EngagementRecord/sessions``; nil for the training as a whole
    /// and for other kinds.
    public var session: Int? {
        get { self[.session].flatMap { Int($0) } }
        set { self[.session] = newValue.map(String.init) }
    }
    /// 角色: 走访对象, 学员, 主讲, 参会人员 ….
    public var role: String? {
        get { self[.role] }
        set { self[.role] = newValue }
    }

    func normalized(in transaction: RegisterTransaction, for engagement: EngagementID) throws -> ParticipantRecord {
        var result = self
        let named = [(Field.member, member?.description), (.enterprise, enterprise?.description), (.household, household?.description)]
            .compactMap { field, id in id.map { "\(field.rawValue) \($0)" } }
        guard !named.isEmpty else { throw ValidationError(field: "participant", value: "", reason: .missing) }
        guard named.count == 1 else {
            throw ValidationError(field: "participant", value: named.joined(separator: ", "),
                                  reason: .malformed(expected: "exactly one of member, enterprise, household"))
        }
        if let member { _ = try transaction.registeredOn(member) }
        if let enterprise, try transaction.recordHistory(EnterpriseRecord.self).holder(of: enterprise.rawValue) == nil {
            throw RegisterError.recordNotFound(.enterprise, id: enterprise.rawValue)
        }
        if let household, try transaction.recordHistory(HouseholdRecord.self).holder(of: household.rawValue) == nil {
            throw RegisterError.recordNotFound(.household, id: household.rawValue)
        }
        if let session = self[.session] {
            let held = try transaction.recordHistory(EngagementRecord.self).rows(of: engagement.rawValue).last
                .map { EngagementRecord(values: $0.values) }
            guard let held, held.kind == .training else {
                throw ValidationError(field: "session", value: session,
                                      reason: .mismatch(field: "kind", expected: transaction.codes.name(of: EngagementKind.training)))
            }
            let sessions = held.sessions ?? 1
            guard let number = Int(session), (1...sessions).contains(number) else {
                throw ValidationError(field: "session", value: session, reason: .malformed(expected: "a session from 1 to \(sessions)"))
            }
        }
        result[.role] = try RecordText.normalized(role, field: "role")
        return result
    }

    func summary(_ codes: CodeCatalog) -> String {
        var text = member.map { "成员 \($0)" } ?? enterprise.map { "企业 \($0)" } ?? household.map { "户 \($0)" } ?? "—"
        if let session { text += " 第\(session)期" }
        if let role { text += " (\(role))" }
        return text
    }

    /// Refuses a participant dated other than its engagement's date, and one who already takes part in the
    /// same engagement and session.
    static func check(_ id: Int64, in transaction: RegisterTransaction) throws {
        let dates = try transaction.connection.fetchOne("""
            SELECT (SELECT min(valid_from) FROM participant_history WHERE record_id = p.id AND superseded_by IS NULL),
                   (SELECT min(valid_from) FROM engagement_history WHERE record_id = p.engagement_id AND superseded_by IS NULL)
            FROM participant p WHERE p.id = ?
            """, [id]) { (own: $0.optionalText(0), engagement: $0.optionalText(1)) }
        if let dates, let own = dates.own, let engagement = dates.engagement, own != engagement {
            throw ValidationError(field: "effective", value: own, reason: .mismatch(field: "engagement", expected: engagement))
        }
        let twice = try transaction.connection.fetchOne("""
            SELECT coalesce('member ' || h.member, 'enterprise ' || h.enterprise, 'household ' || h.household)
            FROM participant_history h JOIN participant p ON p.id = h.record_id
            JOIN participant q ON q.engagement_id = p.engagement_id AND q.id <> p.id
            JOIN participant_history o ON o.record_id = q.id AND o.superseded_by IS NULL AND o.status = 'active'
              AND o.member IS h.member AND o.enterprise IS h.enterprise AND o.household IS h.household AND o.session IS h.session
            WHERE h.record_id = ? AND h.superseded_by IS NULL AND h.status = 'active' LIMIT 1
            """, [id]) { $0.text(0) }
        if let twice {
            throw ValidationError(field: "participant", value: twice,
                                  reason: .malformed(expected: "a participant not already taking part in this engagement and session"))
        }
    }
}

/// The id of a participant record (参与).
public typealias ParticipantID = RecordID<ParticipantRecord>
