/// One value that changed: a field, a category membership's tier, or a workflow's state, from what to what.
public struct ValueChange: Hashable, Sendable, CustomStringConvertible {
    /// What changed.
    public enum Subject: Hashable, Sendable, CustomStringConvertible {
        /// The member entered the register; `to` is their name.
        case registration
        /// A core field.
        case field(MemberField)
        /// The registration date, as corrected: `from`/`to` are dates.
        case registrationDate
        /// Membership in a category: `from`/`to` are tier codes, nil meaning not a member.
        case category(Category)
        /// The start date of a membership, as corrected: `from`/`to` are dates.
        case categorySince(Category)
        /// The source of a membership (推荐 → 认定, say): `from`/`to` are source codes.
        case categorySource(Category)
        /// A ``DatedRecord`` (a post, a 政治安排 …) began, changed or ended: `from`/`to` summarise it as a
        /// person reads it, nil before it began and after it ended.
        case record(RecordKind, id: Int64)
        /// A step of a workflow of this kind (its id): `from`/`to` are state ids, nil meaning "not
        /// started" (or, for a withdrawn first step, "no step").
        case workflow(kind: String, WorkflowID)

        /// `rank`, `category:NON_PARTISAN`, `registration`: the form the change log stores.
        public var description: String {
            switch self {
            case .registration: "registration"
            case .registrationDate: "registered_on"
            case .field(let field): field.rawValue
            case .category(let code): "category:\(code)"
            case .categorySince(let code): "category_since:\(code)"
            case .categorySource(let code): "category_source:\(code)"
            case .record(let kind, let id): "record:\(kind.id):\(id)"
            case .workflow(let kind, let id): "workflow:\(id):\(kind)"
            }
        }

        init(stored text: String) {
            if text.hasPrefix("category:") {
                self = .category(Category(rawValue: String(text.dropFirst("category:".count))))
            } else if text.hasPrefix("category_since:") {
                self = .categorySince(Category(rawValue: String(text.dropFirst("category_since:".count))))
            } else if text.hasPrefix("category_source:") {
                self = .categorySource(Category(rawValue: String(text.dropFirst("category_source:".count))))
            } else if text.hasPrefix("record:"), let colon = text.lastIndex(of: ":"), let id = Int64(text[text.index(after: colon)...]) {
                let kindID = String(text[text.index(text.startIndex, offsetBy: "record:".count)..<colon])
                self = .record(RecordKind.all.first { $0.id == kindID } ?? RecordKind(id: kindID, name: kindID), id: id)
            } else if text.hasPrefix("workflow:") {
                let parts = text.dropFirst("workflow:".count).split(separator: ":", maxSplits: 1)
                self = .workflow(kind: parts.count == 2 ? String(parts[1]) : "",
                                 WorkflowID(rawValue: parts.first.flatMap { Int64($0) } ?? 0))
            } else if text == "registered_on" {
                self = .registrationDate
            } else if let field = MemberField(rawValue: text) {
                self = .field(field)
            } else {
                self = .registration
            }
        }
    }

    /// What changed.
    public let subject: Subject
    /// The stored value before (a code for coded fields); nil for empty or "not a member".
    public let from: String?
    /// The stored value after.
    public let to: String?
    /// `from` as a person reads it: the code's Chinese name for coded values.
    public let fromName: String?
    /// `to` as a person reads it.
    public let toName: String?
    /// What changed, as a person reads it: `职级`, `无党派人士`, `登记入库`.
    public let label: String
    /// Why, when the change was recorded with a reason: a membership that ended (退休, 加入民主党派 …) or an
    /// archive (去世, 迁出 …). Nil for every other change.
    public internal(set) var reason: ExitReason? = nil
    /// `reason` as a person reads it: the code's Chinese name (加入民主党派).
    public internal(set) var reasonName: String? = nil

    /// `职级: 乡科级副职 → 乡科级正职`, `无党派人士: 代表人士 → — (加入民主党派)`.
    public var description: String {
        "\(label): \(fromName ?? "—") → \(toName ?? "—")" + (reasonName.map { " (\($0))" } ?? "")
    }
}
