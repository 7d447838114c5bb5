import UnitedFront

// How the command line prints engagements (工作记录), their participants, and a year's engagement figures.

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

extension EngagementFigures {
    /// Every figure: its JSON key (the field's name in snake_case), its Chinese label, its value.
    var labelled: [(key: String, label: String, value: Int)] {
        [
            ("visits", "走访次数", visits),
            ("enterprises_visited", "走访企业数", enterprisesVisited),
            ("problems_solved", "解决问题诉求数", problemsSolved),
            ("paired_enterprises", "万企兴万村结对企业数", pairedEnterprises),
            ("paired_villages", "万企兴万村结对村数", pairedVillages),
            ("overseas_households_visited", "走访慰问侨界家庭数", overseasHouseholdsVisited),
            ("training_sessions", "培训期数", trainingSessions),
            ("attendances", "培训人次", attendances),
            ("attendees", "培训人数", attendees),
            ("forums", "座谈联谊次数", forums),
            ("chamber_member_enterprises", "商会会员企业数", chamberMemberEnterprises),
            ("federation_member_enterprises", "工商联会员企业数", federationMemberEnterprises),
        ]
    }

    /// One row: the year, the subtree's root (`null` for the whole register), then every figure.
    var table: DataTable {
        var table = DataTable([.init(key: "year", header: "年度"), .init(key: "under", header: "统计范围")]
            + labelled.map { DataTable.Column(key: $0.key, header: $0.label) })
        table.append([DataTable.Cell(year), DataTable.Cell(number: root?.rawValue)] + labelled.map { DataTable.Cell($0.value) })
        return table
    }
}
