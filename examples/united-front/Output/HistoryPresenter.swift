import UnitedFront

/// Shows history as tables: a member's timeline (`history`) and the changes between two dates
/// (`changes`), with values by Chinese name or, with `--codes`, by stored code.
struct HistoryPresenter {
    /// Print stored codes rather than Chinese names.
    let showCodes: Bool
    /// How personal identifiers in changed values are shown: masked unless the user asked otherwise.
    var masking: MaskingPolicy = .standard

    /// `登记`, `变更`, `更正` (`registration`, … with `--codes`).
    func kind(_ kind: TimelineEntry.Kind) -> String {
        if showCodes { return kind.rawValue }
        return switch kind {
        case .registration: "登记"
        case .change: "变更"
        case .correction: "更正"
        }
    }

    /// `职级: 乡科级副职 → 乡科级正职`, or `rank: 142 → 141` with `--codes`; a reason follows in brackets
    /// (`无党派人士: 代表人士 → — (退休)`).
    func text(_ change: ValueChange) -> String {
        let why = reason(change).map { " (\($0))" } ?? ""
        guard showCodes else { return "\(change.label): \(from(change) ?? "—") → \(to(change) ?? "—")" + why }
        return "\(change.subject): \(from(change) ?? "—") → \(to(change) ?? "—")" + why
    }

    /// The reason a change was recorded with (退休, or `RETIRED` with `--codes`), if any.
    func reason(_ change: ValueChange) -> String? { showCodes ? change.reason?.rawValue : change.reasonName }

    /// The value before, as shown.
    func from(_ change: ValueChange) -> String? { masked(showCodes ? change.from : change.fromName, of: change) }

    /// The value after, as shown.
    func to(_ change: ValueChange) -> String? { masked(showCodes ? change.to : change.toName, of: change) }

    /// A field's value under the masking policy (document numbers, mobiles, addresses).
    private func masked(_ value: String?, of change: ValueChange) -> String? {
        guard case .field(let field) = change.subject else { return value }
        return masking.apply(field, to: value)
    }

    /// A change as JSON: `subject` (`rank`, `category:NON_PARTISAN`, `registration`), `label`, `from`, `to`.
    func json(_ change: ValueChange) -> JSONValue {
        var object: [String: JSONValue] = [
            "subject": .string(change.subject.description), "label": .string(change.label),
            "from": .optional(from(change)), "to": .optional(to(change)),
        ]
        if let reason = reason(change) { object["reason"] = .string(reason) }
        return .object(object)
    }

    /// The timeline, one entry per row: changeset, effective date, kind, recorded at (China Standard
    /// Time in tables, UTC ISO 8601 in JSON), actor, reason, source and the changes.
    func timeline(_ entries: [TimelineEntry]) -> DataTable {
        var table = DataTable([
            .init(key: "changeset", header: "变更集"), .init(key: "effective_on", header: "生效日期"),
            .init(key: "kind", header: "类型"), .init(key: "recorded_at", header: "记录时间"),
            .init(key: "actor", header: "经办人"), .init(key: "reason", header: "事由"),
            .init(key: "source", header: "信息来源"), .init(key: "changes", header: "变更内容"),
        ])
        for entry in entries {
            table.append([
                DataTable.Cell(text: String(entry.changeset.id), json: .integer(entry.changeset.id)),
                DataTable.Cell(entry.effectiveOn.iso8601),
                DataTable.Cell(text: kind(entry.kind), json: .string(entry.kind.rawValue)),
                DataTable.Cell(text: entry.changeset.recordedAt.chinaTime, json: .string(entry.changeset.recordedAt.iso8601)),
                DataTable.Cell(entry.changeset.actor),
                DataTable.Cell(entry.changeset.reason),
                DataTable.Cell(entry.changeset.source),
                DataTable.Cell(text: entry.changes.map(text).joined(separator: "; "), json: .array(entry.changes.map(json))),
            ])
        }
        return table
    }

    /// The columns a terminal table shows for a timeline.
    static let timelineTableKeys = ["effective_on", "kind", "recorded_at", "actor", "reason", "changes"]

    /// The changes between dates, one value per row: effective date, member id and name, what changed,
    /// from, to.
    func changes(_ events: [ChangeEvent], names: [MemberID: String]) -> DataTable {
        var table = DataTable([
            .init(key: "effective_on", header: "生效日期"), .init(key: "id", header: "编号"),
            .init(key: "name", header: "姓名"), .init(key: "subject", header: "字段"),
            .init(key: "label", header: "项目"), .init(key: "from", header: "原值"), .init(key: "to", header: "新值"),
            .init(key: "reason", header: "原因"),
        ])
        for event in events {
            table.append([
                DataTable.Cell(event.effectiveOn.iso8601),
                DataTable.Cell(text: event.memberID.description, json: .integer(event.memberID.rawValue)),
                DataTable.Cell(names[event.memberID]),
                DataTable.Cell(event.change.subject.description),
                DataTable.Cell(event.change.label),
                DataTable.Cell(from(event.change)),
                DataTable.Cell(to(event.change)),
                DataTable.Cell(reason(event.change)),
            ])
        }
        return table
    }

    /// The columns a terminal table shows for changes.
    static let changesTableKeys = ["effective_on", "id", "name", "label", "from", "to", "reason"]
}
