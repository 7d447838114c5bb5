import UnitedFront

// How the command line prints engagements (工作记录) and their participants.

extension EngagementRecord: PresentableRecord {
    static let noun = "engagement"
    static let columns: [DataTable.Column] = [
        .init(key: "kind", header: "类型"), .init(key: "title", header: "标题"), .init(key: "organiser", header: "组织单位"),
        .init(key: "notes", header: "备注"), .init(key: "amount", header: "金额"), .init(key: "sessions", header: "期数"),
        .init(key: "outcome", header: "结果"),
    ]

    /// The outcome reads 已采纳 or 已解决 (`adopted`, `solved` with `--codes`); empty and `null` while open.
    func cells(_ names: CodeNames) -> [DataTable.Cell] {
        [names.cell(kind), DataTable.Cell(title), DataTable.Cell(number: organiser.rawValue), DataTable.Cell(notes),
         DataTable.Cell(number: amount), DataTable.Cell(number: sessions.map(Int64.init)),
         DataTable.Cell(outcome.map { names.showCodes ? $0.rawValue : $0.description })]
    }

    /// `走访: 走访锡林乳业`, `问题诉求: 反映融资难 (已解决)`.
    func line(_ names: CodeNames) -> String {
        "\(names.text(kind) ?? ""): \(title)" + (outcome.map { " (\(names.showCodes ? $0.rawValue : $0.description))" } ?? "")
    }
}

extension ParticipantRecord: PresentableRecord {
    static let noun = "participant"
    static let columns: [DataTable.Column] = [
        .init(key: "member", header: "成员"), .init(key: "enterprise", header: "企业"), .init(key: "household", header: "户"),
        .init(key: "session", header: "期次"), .init(key: "role", header: "角色"),
    ]

    func cells(_ names: CodeNames) -> [DataTable.Cell] {
        [DataTable.Cell(number: member?.rawValue), DataTable.Cell(number: enterprise?.rawValue),
         DataTable.Cell(number: household?.rawValue), DataTable.Cell(number: session.map(Int64.init)), DataTable.Cell(role)]
    }

    /// `enterprise 1 (走访对象)`, `member 2 (学员), session 1`.
    func line(_ names: CodeNames) -> String {
        var text = member.map { "member \($0)" } ?? enterprise.map { "enterprise \($0)" } ?? household.map { "household \($0)" } ?? "—"
        if let role { text += " (\(role))" }
        if let session { text += ", session \(session)" }
        return text
    }
}
