/// One thing a ``WorkReportFigure`` counts or was read from: a member, an enterprise, an engagement, a
/// household, an organisation, a village, a pairing, a workflow, one session of a 培训 or one attendance
/// (人次). Typed, so that a figure's number can be traced back to the register's records.
public enum WorkReportSubject: Hashable, Sendable, Comparable {
    /// A member (党外干部, a 后备干部, a 无党派 candidate, a member of a category, an attendee).
    case member(MemberID)
    /// An enterprise (visited, paired, a 会员企业).
    case enterprise(EnterpriseID)
    /// An engagement record (a 走访, a solved 问题诉求, a 培训, a 座谈 or 联谊).
    case engagement(EngagementID)
    /// A household (侨界 households visited).
    case household(HouseholdID)
    /// An organisation (a 商会).
    case organisation(OrganisationID)
    /// A village, by its 12-digit 统计用区划代码 (万企兴万村).
    case village(String)
    /// A 万企兴万村 pairing.
    case pairing(PairingID)
    /// A workflow (无党派人士认定).
    case workflow(WorkflowID)
    /// One session of a 培训 (期).
    case session(EngagementID, number: Int)
    /// One attendance (人次): a participant record of a 培训 naming a member.
    case attendance(EngagementID, participant: ParticipantID, member: MemberID)

    /// The plural name of the subject's kind, the key its ids are listed under in the report's JSON
    /// (`members`, `enterprises`, `engagements`, `households`, `organisations`, `villages`, `pairings`,
    /// `workflows`, `sessions`, `attendances`).
    public var kind: String {
        switch self {
        case .member: "members"
        case .enterprise: "enterprises"
        case .engagement: "engagements"
        case .household: "households"
        case .organisation: "organisations"
        case .village: "villages"
        case .pairing: "pairings"
        case .workflow: "workflows"
        case .session: "sessions"
        case .attendance: "attendances"
        }
    }

    /// The subject as text: `12` for an id, the village code, `3#2` for session 2 of training 3,
    /// `3/17` for participant record 17 of training 3.
    public var text: String {
        switch self {
        case .member(let id): id.description
        case .enterprise(let id): id.description
        case .engagement(let id): id.description
        case .household(let id): id.description
        case .organisation(let id): id.description
        case .village(let code): code
        case .pairing(let id): id.description
        case .workflow(let id): id.description
        case .session(let training, let number): "\(training)#\(number)"
        case .attendance(let training, let participant, _): "\(training)/\(participant)"
        }
    }

    /// Orders subjects by kind, then by id (villages by code).
    public static func < (lhs: WorkReportSubject, rhs: WorkReportSubject) -> Bool {
        if lhs.kind != rhs.kind { return lhs.kind < rhs.kind }
        return lhs.sortKey.lexicographicallyPrecedes(rhs.sortKey)
    }

    private var sortKey: [Int64] {
        switch self {
        case .member(let id): [id.rawValue]
        case .enterprise(let id): [id.rawValue]
        case .engagement(let id): [id.rawValue]
        case .household(let id): [id.rawValue]
        case .organisation(let id): [id.rawValue]
        case .village(let code): code.unicodeScalars.map { Int64($0.value) }
        case .pairing(let id): [id.rawValue]
        case .workflow(let id): [id.rawValue]
        case .session(let training, let number): [training.rawValue, Int64(number)]
        case .attendance(let training, let participant, _): [training.rawValue, participant.rawValue]
        }
    }
}

extension WorkReportSubject: Encodable {
    private enum Keys: String, CodingKey { case engagement, session, participant, member }

    /// An id as a number, a village as its code, a session as `{"engagement", "session"}` and an
    /// attendance as `{"engagement", "participant", "member"}`.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .village(let code):
            var container = encoder.singleValueContainer()
            try container.encode(code)
        case .session(let training, let number):
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(training, forKey: .engagement)
            try container.encode(number, forKey: .session)
        case .attendance(let training, let participant, let member):
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(training, forKey: .engagement)
            try container.encode(participant, forKey: .participant)
            try container.encode(member, forKey: .member)
        default:
            var container = encoder.singleValueContainer()
            try container.encode(sortKey[0])
        }
    }
}
