import UnitedFront

/// Prints a ``ChangeReport``: a summary per category (期初, 增加, 调入, 减少, 调出, 期末), the lines behind
/// it (who entered, left with the reason, or moved across the subtree) and who changed what.
struct ChangeReportPresenter {
    /// Field values are shown under this policy (the change report's fields are not masked by the
    /// standard one; the policy decides).
    var masking: MaskingPolicy = .standard

    /// 期初 … 期末 per category.
    func summary(_ report: ChangeReport) -> DataTable {
        var table = DataTable([
            .init(key: "category", header: "类别"), .init(key: "name", header: "类别名称"), .init(key: "opening", header: "期初"),
            .init(key: "entered", header: "增加"), .init(key: "transferred_in", header: "调入"), .init(key: "left", header: "减少"),
            .init(key: "transferred_out", header: "调出"), .init(key: "closing", header: "期末"),
        ])
        for section in report.sections {
            table.append([DataTable.Cell(section.category.rawValue), DataTable.Cell(section.categoryName), DataTable.Cell(section.opening),
                          DataTable.Cell(section.entries.count), DataTable.Cell(section.transfersIn.count),
                          DataTable.Cell(section.exits.count), DataTable.Cell(section.transfersOut.count), DataTable.Cell(section.closing)])
        }
        return table
    }

    /// One line per entry, exit and transfer, category by category.
    func movements(_ report: ChangeReport) -> DataTable {
        var table = DataTable([
            .init(key: "category", header: "类别"), .init(key: "movement", header: "变动"), .init(key: "date", header: "日期"),
            .init(key: "id", header: "编号"), .init(key: "name", header: "姓名"), .init(key: "detail", header: "层级/来源/去向"),
            .init(key: "reason", header: "原因"),
        ])
        for section in report.sections {
            var lines: [(LocalDate, MemberID, [DataTable.Cell])] = []
            func line(_ movement: String, _ date: LocalDate, _ id: MemberID, _ name: String, _ detail: String?, _ reason: String?) {
                lines.append((date, id, [DataTable.Cell(section.categoryName), DataTable.Cell(movement), DataTable.Cell(date.iso8601),
                                         DataTable.Cell(text: String(id.rawValue), json: .integer(id.rawValue)),
                                         DataTable.Cell(name), DataTable.Cell(detail), DataTable.Cell(reason)]))
            }
            for entry in section.entries {
                line("增加", entry.date, entry.memberID, entry.name, [entry.tierName, entry.sourceName].compactMap { $0 }.joined(separator: " "), nil)
            }
            for exit in section.exits {
                line("减少", exit.date, exit.memberID, exit.name, exit.archived ? "\(exit.tierName) 归档" : exit.tierName, exit.reasonName)
            }
            for transfer in section.transfersIn {
                line("调入", transfer.date, transfer.memberID, transfer.name, "\(transfer.fromUnitName ?? "—") → \(transfer.toUnitName ?? "—")", nil)
            }
            for transfer in section.transfersOut {
                line("调出", transfer.date, transfer.memberID, transfer.name, "\(transfer.fromUnitName ?? "—") → \(transfer.toUnitName ?? "—")", nil)
            }
            for (_, _, cells) in lines.sorted(by: { ($0.0, $0.1) < ($1.0, $1.1) }) { table.append(cells) }
        }
        return table
    }

    /// Who changed what, from → to.
    func changes(_ report: ChangeReport) -> DataTable {
        var table = DataTable([
            .init(key: "date", header: "日期"), .init(key: "id", header: "编号"), .init(key: "name", header: "姓名"),
            .init(key: "field", header: "字段"), .init(key: "label", header: "项目"), .init(key: "from", header: "原值"),
            .init(key: "to", header: "新值"), .init(key: "reason", header: "原因"),
        ])
        for line in report.changes {
            let field: MemberField? = if case .field(let field) = line.change.subject { field } else { nil }
            func shown(_ value: String?) -> String? { field.map { masking.apply($0, to: value) } ?? value }
            table.append([DataTable.Cell(line.date.iso8601), DataTable.Cell(text: String(line.memberID.rawValue), json: .integer(line.memberID.rawValue)),
                          DataTable.Cell(line.name), DataTable.Cell(line.change.subject.description), DataTable.Cell(line.change.label),
                          DataTable.Cell(shown(line.change.fromName)), DataTable.Cell(shown(line.change.toName)),
                          DataTable.Cell(line.change.reasonName)])
        }
        return table
    }

    /// The whole report as one JSON object: `from`, `through`, `under`, `known_at`, `categories` (each
    /// with `category`, `name`, `opening`, `entries`, `exits`, `transfers_in`, `transfers_out`,
    /// `closing`) and `changes`.
    func json(_ report: ChangeReport) -> JSONValue {
        func member(_ id: MemberID, _ name: String, _ date: LocalDate) -> [String: JSONValue] {
            ["id": .integer(id.rawValue), "name": .string(name), "date": .string(date.iso8601)]
        }
        func unit(_ id: OrgUnitID?) -> JSONValue { id.map { .integer($0.rawValue) } ?? .null }
        let sections: [JSONValue] = report.sections.map { section in
            .object([
                "category": .string(section.category.rawValue), "name": .string(section.categoryName),
                "opening": .integer(Int64(section.opening)), "closing": .integer(Int64(section.closing)),
                "entries": .array(section.entries.map { entry in
                    .object(member(entry.memberID, entry.name, entry.date).merging([
                        "tier": .string(entry.tier.rawValue), "tier_name": .string(entry.tierName),
                        "source": .optional(entry.source?.rawValue), "source_name": .optional(entry.sourceName),
                    ]) { $1 })
                }),
                "exits": .array(section.exits.map { exit in
                    .object(member(exit.memberID, exit.name, exit.date).merging([
                        "tier": .string(exit.tier.rawValue), "reason": .optional(exit.reason?.rawValue),
                        "reason_name": .optional(exit.reasonName), "archived": .bool(exit.archived),
                    ]) { $1 })
                }),
                "transfers_in": .array(section.transfersIn.map { transfer(member($0.memberID, $0.name, $0.date), $0, unit) }),
                "transfers_out": .array(section.transfersOut.map { transfer(member($0.memberID, $0.name, $0.date), $0, unit) }),
            ])
        }
        return .object([
            "from": .string(report.from.iso8601), "through": .string(report.through.iso8601),
            "under": unit(report.under), "known_at": .optional(report.knownAt?.iso8601),
            "categories": .array(sections), "changes": .array(changes(report).jsonObjects),
        ])
    }

    private func transfer(_ base: [String: JSONValue], _ transfer: ChangeReportTransfer, _ unit: (OrgUnitID?) -> JSONValue) -> JSONValue {
        .object(base.merging(["from_unit": unit(transfer.fromUnit), "to_unit": unit(transfer.toUnit),
                              "from_unit_name": .optional(transfer.fromUnitName), "to_unit_name": .optional(transfer.toUnitName)]) { $1 })
    }
}
