import UnitedFront

/// Coded values as the output shows them: their Chinese names, or their codes with `--codes`.
struct CodeNames {
    /// The register's code lists.
    let codes: CodeCatalog
    /// Print codes instead of names.
    let showCodes: Bool

    /// `value`'s name (or code), nil for nil.
    func text<Value: CodedValue>(_ value: Value?) -> String? {
        guard let value else { return nil }
        return showCodes ? value.rawValue : codes.name(of: value)
    }

    /// A cell holding `value`'s name (or code); empty and `null` for nil.
    func cell<Value: CodedValue>(_ value: Value?) -> DataTable.Cell { DataTable.Cell(text(value)) }
}

/// A kind of dated record the command line prints: its name in messages and its own columns, after the
/// columns every kind shares (id, its holder's column when someone holds it, from, to).
protocol PresentableRecord: DatedRecord where Holder: PresentableHolder {
    /// The noun messages use: `post`, `pool entry`.
    static var noun: String { get }
    /// The kind's own columns.
    static var columns: [DataTable.Column] { get }
    /// The kind's own cells, one per column.
    func cells(_ names: CodeNames) -> [DataTable.Cell]
    /// One line for people: `锡林浩特市教育局副局长 (乡科级副职)`.
    func line(_ names: CodeNames) -> String
}

/// Prints records: lists of them, and the record a write added, changed or ended.
enum RecordPresenter {
    /// The columns every kind shares, with the holder's (`member`, `enterprise`, `organisation`) for
    /// kinds someone holds.
    static func sharedColumns<Record: PresentableRecord>(_ type: Record.Type) -> [DataTable.Column] {
        [.init(key: "id", header: "编号")] + (Record.Holder.column.map { [$0] } ?? [])
            + [.init(key: "from", header: "起始日期"), .init(key: "to", header: "终止日期")]
    }

    /// `tenures` as a table: id, holder, first day, first day no longer in force, then the kind's columns.
    static func table<Record: PresentableRecord>(_ tenures: [Tenure<Record>], names: CodeNames) -> DataTable {
        var table = DataTable(sharedColumns(Record.self) + Record.columns)
        for tenure in tenures {
            table.append([DataTable.Cell(text: tenure.id.description, json: .integer(tenure.id.rawValue))]
                + (Record.Holder.column == nil ? [] : [tenure.holder.cell])
                + [DataTable.Cell(tenure.from.iso8601), DataTable.Cell(tenure.to?.iso8601)]
                + tenure.record.cells(names))
        }
        return table
    }

    /// Prints one record as read (`enterprise show`): `enterprise 1: …, from …` and one line per column
    /// with `--format table`, one JSON object, or one CSV row.
    static func printRecord<Record: PresentableRecord>(_ tenure: Tenure<Record>, output: OutputOptions,
                                                       codes: CodeCatalog) throws {
        let names = CodeNames(codes: codes, showCodes: output.codes)
        let table = table([tenure], names: names)
        switch output.format {
        case .table:
            print(headline(tenure, names: names))
            var fields = DataTable([.init(key: "field", header: "字段"), .init(key: "value", header: "值")])
            for (column, cell) in zip(table.columns, table.rows[0]) { fields.append([DataTable.Cell(column.header), cell]) }
            print(try fields.rendered(as: .table))
        case .json:
            print(try table.jsonObjects[0].rendered())
        case .csv:
            print(try table.rendered(as: .csv))
        }
    }

    /// `post 3 (member 1): 锡林浩特市教育局副局长 (乡科级副职), from 2021-03-01 to 2023-01-10`; records nobody
    /// holds have no holder in brackets.
    static func headline<Record: PresentableRecord>(_ tenure: Tenure<Record>, names: CodeNames) -> String {
        var text = "\(Record.noun) \(tenure.id)" + (tenure.holder.phrase.map { " (\($0))" } ?? "")
        text += ": \(tenure.record.line(names)), from \(tenure.from)"
        if let to = tenure.to { text += " to \(to)" }
        return text
    }

    /// Prints what a write left: `post 3 (member 1): 锡林浩特市教育局副局长 (乡科级副职), from 2021-03-01`
    /// (`… to 2023-01-10` once ended), or `post 3: nothing changed`; with `--format json` the record as
    /// one object with `"changed"`, with `--format csv` one row.
    static func printWrite<Record: PresentableRecord>(_ tenure: Tenure<Record>, changed: Bool = true,
                                                      output: OutputOptions, codes: CodeCatalog) throws {
        let names = CodeNames(codes: codes, showCodes: output.codes)
        switch output.format {
        case .table:
            guard changed else {
                print("\(Record.noun) \(tenure.id): nothing changed")
                return
            }
            print(headline(tenure, names: names))
        case .json:
            guard case .object(var object) = table([tenure], names: names).jsonObjects[0] else { return }
            object["changed"] = .bool(changed)
            print(try JSONValue.object(object).rendered())
        case .csv:
            print(try table([tenure], names: names).rendered(as: .csv))
        }
    }
}

extension PostRecord: PresentableRecord {
    static let noun = "post"
    static let columns: [DataTable.Column] = [
        .init(key: "unit", header: "任职单位"), .init(key: "org_unit", header: "所属单位"), .init(key: "title", header: "职务名称"),
        .init(key: "rank", header: "职务层次"), .init(key: "grade", header: "职级"), .init(key: "leadership", header: "领导职务"),
        .init(key: "appointment_document", header: "任职文号"), .init(key: "appointing_authority", header: "任免机关"),
        .init(key: "removal_document", header: "免职文号"), .init(key: "removal_authority", header: "免职机关"),
    ]

    func cells(_ names: CodeNames) -> [DataTable.Cell] {
        [
            DataTable.Cell(unit),
            DataTable.Cell(text: orgUnit?.description ?? "", json: orgUnit.map { .integer($0.rawValue) } ?? .null),
            DataTable.Cell(title), names.cell(rank), names.cell(grade), DataTable.Cell(isLeadership),
            DataTable.Cell(appointmentDocument), DataTable.Cell(appointingAuthority),
            DataTable.Cell(removalDocument), DataTable.Cell(removalAuthority),
        ]
    }

    func line(_ names: CodeNames) -> String {
        displayTitle + (names.text(rank).map { " (\($0))" } ?? "")
    }
}

extension ArrangementRecord: PresentableRecord {
    static let noun = "arrangement"
    static let columns: [DataTable.Column] = [
        .init(key: "kind", header: "类别"), .init(key: "level", header: "级别"), .init(key: "body", header: "机构"),
        .init(key: "term", header: "届次"), .init(key: "role", header: "职务"), .init(key: "sector", header: "界别"),
        .init(key: "document", header: "文号"),
    ]

    func cells(_ names: CodeNames) -> [DataTable.Cell] {
        [names.cell(kind), names.cell(level), DataTable.Cell(body), DataTable.Cell(term), names.cell(role),
         DataTable.Cell(sector), DataTable.Cell(document)]
    }

    func line(_ names: CodeNames) -> String {
        [body ?? names.text(level), term, names.text(kind), names.text(role)].compactMap { $0 }.joined(separator: " ")
    }
}

extension PoolRecord: PresentableRecord {
    static let noun = "pool entry"
    static let columns: [DataTable.Column] = [
        .init(key: "target_rank", header: "拟任职务层次"), .init(key: "target_post", header: "拟任职务"),
        .init(key: "entry_reason", header: "入库理由"), .init(key: "exit_reason", header: "出库原因"),
        .init(key: "document", header: "文号"),
    ]

    func cells(_ names: CodeNames) -> [DataTable.Cell] {
        [names.cell(targetRank), DataTable.Cell(targetPost), DataTable.Cell(entryReason), DataTable.Cell(exitReason),
         DataTable.Cell(document)]
    }

    func line(_ names: CodeNames) -> String {
        "后备干部, 拟任" + (targetPost ?? names.text(targetRank) ?? "")
    }
}

extension CultivationRecord: PresentableRecord {
    static let noun = "cultivation"
    static let columns: [DataTable.Column] = [
        .init(key: "kind", header: "类型"), .init(key: "pool_entry", header: "后备干部库记录"), .init(key: "place", header: "地点"),
        .init(key: "content", header: "内容"), .init(key: "result", header: "结果"),
    ]

    func cells(_ names: CodeNames) -> [DataTable.Cell] {
        [names.cell(kind),
         DataTable.Cell(text: poolEntry?.description ?? "", json: poolEntry.map { .integer($0.rawValue) } ?? .null),
         DataTable.Cell(place), DataTable.Cell(content), DataTable.Cell(result)]
    }

    func line(_ names: CodeNames) -> String {
        [names.text(kind), place, content].compactMap { $0 }.joined(separator: " ")
    }
}

extension PartyMembershipRecord: PresentableRecord {
    static let noun = "party membership"
    static let columns: [DataTable.Column] = [
        .init(key: "party", header: "党派"), .init(key: "branch", header: "基层组织"), .init(key: "introducers", header: "介绍人"),
        .init(key: "party_post", header: "党内职务"), .init(key: "filed", header: "备案"), .init(key: "exit", header: "退出方式"),
        .init(key: "exit_reason", header: "退出原因"),
    ]

    func cells(_ names: CodeNames) -> [DataTable.Cell] {
        [names.cell(party), DataTable.Cell(branch), DataTable.Cell(introducers), DataTable.Cell(partyPost),
         DataTable.Cell(isFiled), names.cell(exit), DataTable.Cell(exitReason)]
    }

    func line(_ names: CodeNames) -> String {
        [names.text(party), branch, partyPost].compactMap { $0 }.joined(separator: " ")
    }
}
