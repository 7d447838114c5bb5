/// What a step does to the member's record, in the same changeset as the step and effective the step's
/// date: the register keeps what its own operations cause consistent (认定 → 政治面貌 12 and a
/// 无党派人士 membership from that day).
///
/// Stored in a kind's JSON definition as an object with an `effect` discriminator:
/// `{"effect": "enter_category", "category": "NON_PARTISAN", "source": "CERTIFIED", "tier": "GENERAL"}`.
public enum WorkflowEffect: Hashable, Sendable, Codable {
    /// Sets the member's 政治面貌 to `status`, or to the status the step's `unlessGiven` field names when
    /// the step gives one (撤销 returns a 无党派人士 to 群众 unless the step says otherwise).
    case setPoliticalStatus(PoliticalStatus, unlessGiven: WorkflowField? = nil)
    /// Enters the member into `category` with `source` and `tier`; when they are already a member that
    /// day, changes the membership's source to `source` instead (推荐 → 认定), keeping its tier.
    case enterCategory(Category, source: CategorySource, tier: Tier = .general)
    /// Ends the member's membership in `category` that day, with `reason` (code list `exit_reason`; the
    /// 撤销 of 无党派人士认定 gives ``ExitReason/certificationRevoked``); nothing when they hold none.
    case leaveCategory(Category, reason: ExitReason? = nil)
    /// Adds a reserve-pool entry (``PoolRecord``) from the step's date, for the 职务层次 the step's field
    /// `targetRank` names (a code, name or alias), with the step's opinion as the entry reason and its
    /// 文号.
    case enterPool(targetRank: WorkflowField)
    /// Ends every reserve-pool entry the member holds on the step's date, with the step's opinion as the
    /// exit reason; nothing when they hold none.
    case leavePool
    /// Marks the member's democratic-party memberships in force on the step's date as filed (备案) from
    /// that date; nothing when they hold none.
    case fileParty

    private enum Kind: String, Codable {
        case setPoliticalStatus = "set_political_status"
        case enterCategory = "enter_category"
        case leaveCategory = "leave_category"
        case enterPool = "enter_pool"
        case leavePool = "leave_pool"
        case fileParty = "file_party"
    }

    private enum CodingKeys: String, CodingKey {
        case effect, status, field, category, source, tier, reason
    }

    /// Decodes the JSON object form.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(Kind.self, forKey: .effect) {
        case .setPoliticalStatus:
            self = .setPoliticalStatus(try container.decode(PoliticalStatus.self, forKey: .status),
                                       unlessGiven: try container.decodeIfPresent(WorkflowField.self, forKey: .field))
        case .enterCategory:
            self = .enterCategory(try container.decode(Category.self, forKey: .category),
                                  source: try container.decode(CategorySource.self, forKey: .source),
                                  tier: try container.decodeIfPresent(Tier.self, forKey: .tier) ?? .general)
        case .leaveCategory:
            self = .leaveCategory(try container.decode(Category.self, forKey: .category),
                                  reason: try container.decodeIfPresent(ExitReason.self, forKey: .reason))
        case .enterPool:
            self = .enterPool(targetRank: try container.decode(WorkflowField.self, forKey: .field))
        case .leavePool:
            self = .leavePool
        case .fileParty:
            self = .fileParty
        }
    }

    /// Encodes the JSON object form.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .setPoliticalStatus(let status, let field):
            try container.encode(Kind.setPoliticalStatus, forKey: .effect)
            try container.encode(status, forKey: .status)
            try container.encodeIfPresent(field, forKey: .field)
        case .enterCategory(let category, let source, let tier):
            try container.encode(Kind.enterCategory, forKey: .effect)
            try container.encode(category, forKey: .category)
            try container.encode(source, forKey: .source)
            try container.encode(tier, forKey: .tier)
        case .leaveCategory(let category, let reason):
            try container.encode(Kind.leaveCategory, forKey: .effect)
            try container.encode(category, forKey: .category)
            try container.encodeIfPresent(reason, forKey: .reason)
        case .enterPool(let field):
            try container.encode(Kind.enterPool, forKey: .effect)
            try container.encode(field, forKey: .field)
        case .leavePool:
            try container.encode(Kind.leavePool, forKey: .effect)
        case .fileParty:
            try container.encode(Kind.fileParty, forKey: .effect)
        }
    }
}
