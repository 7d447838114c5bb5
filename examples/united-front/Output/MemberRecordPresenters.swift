import UnitedFront

// How the command line prints a member's 侨情, 新的社会阶层 groups, relations and honours.

extension DataTable.Cell {
    /// A number (an id, a count, an amount); empty and `null` for nil.
    init(number value: Int64?) {
        self.init(text: value.map(String.init) ?? "", json: value.map { .integer($0) } ?? .null)
    }

    /// A date as `YYYY-MM-DD`; empty and `null` for nil.
    init(date value: LocalDate?) { self.init(value?.iso8601) }
}

extension OverseasRecord: PresentableRecord {
    static let noun = "overseas"
    static let columns: [DataTable.Column] = [
        .init(key: "type", header: "类型"), .init(key: "country", header: "居住国"), .init(key: "nationality", header: "国籍"),
        .init(key: "residence_right", header: "居留权"), .init(key: "resident_since", header: "居留起始日期"),
        .init(key: "months_present", header: "累计居住月数"), .init(key: "relative", header: "亲属"),
    ]

    func cells(_ names: CodeNames) -> [DataTable.Cell] {
        [names.cell(type), names.cell(country), names.cell(nationality), names.cell(residenceRight),
         DataTable.Cell(date: residentSince), DataTable.Cell(number: monthsPresent.map(Int64.init)),
         DataTable.Cell(number: relative?.rawValue)]
    }

    func line(_ names: CodeNames) -> String {
        var text = names.text(type) ?? ""
        if let country, country != .china, let name = names.text(country) { text += " \(name)" }
        if let relative { text += " (relative: member \(relative))" }
        return text
    }
}

extension NewStratumRecord: PresentableRecord {
    static let noun = "stratum"
    static let columns: [DataTable.Column] = [.init(key: "group", header: "群体"), .init(key: "subtype", header: "细分类型")]

    func cells(_ names: CodeNames) -> [DataTable.Cell] { [names.cell(group), DataTable.Cell(subtype)] }

    func line(_ names: CodeNames) -> String { (names.text(group) ?? "") + (subtype.map { " (\($0))" } ?? "") }
}

extension RelationRecord: PresentableRecord {
    static let noun = "relation"
    static let columns: [DataTable.Column] = [
        .init(key: "relative", header: "关系人"), .init(key: "relation", header: "关系"), .init(key: "note", header: "备注"),
    ]

    func cells(_ names: CodeNames) -> [DataTable.Cell] {
        [DataTable.Cell(number: relative.rawValue), names.cell(relation), DataTable.Cell(note)]
    }

    func line(_ names: CodeNames) -> String { "\(names.text(relation) ?? ""): member \(relative)" }
}

extension HonourRecord: PresentableRecord {
    static let noun = "honour"
    static let columns: [DataTable.Column] = [
        .init(key: "name", header: "名称"), .init(key: "level", header: "级别"), .init(key: "body", header: "授予机关"),
        .init(key: "document", header: "文号"),
    ]

    func cells(_ names: CodeNames) -> [DataTable.Cell] {
        [DataTable.Cell(name), names.cell(level), DataTable.Cell(body), DataTable.Cell(document)]
    }

    func line(_ names: CodeNames) -> String { name + (names.text(level).map { " (\($0))" } ?? "") }
}
