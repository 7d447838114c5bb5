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
    /// Ends the member's membership in `category` that day; nothing when they hold none.
    case leaveCategory(Category)

    private enum Kind: String, Codable {
        case setPoliticalStatus = "set_political_status"
        case enterCategory = "enter_category"
        case leaveCategory = "leave_category"
    }

    private enum CodingKeys: String, CodingKey {
        case effect, status, field, category, source, tier
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
            self = .leaveCategory(try container.decode(Category.self, forKey: .category))
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
        case .leaveCategory(let category):
            try container.encode(Kind.leaveCategory, forKey: .effect)
            try container.encode(category, forKey: .category)
        }
    }
}
