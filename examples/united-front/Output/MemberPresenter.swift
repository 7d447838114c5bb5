import UnitedFront

/// Shows members as people and programs read them: code names resolved (民族 蒙古族), memberships
/// spelled out, one object per member keyed by the sheet's English aliases.
struct MemberPresenter {
    /// The register's code lists.
    let codes: CodeCatalog
    /// Print codes rather than Chinese names.
    let showCodes: Bool
    /// How personal identifiers are shown: masked (`150102********1234`) unless the user asked otherwise.
    var masking: MaskingPolicy = .standard

    /// The columns of a member row: `id`, every record field by its English alias, `status`, `categories`.
    static let columns: [DataTable.Column] =
        [DataTable.Column(key: "id", header: "编号")]
        + MemberField.allCases.filter { $0 != .status }.map { DataTable.Column(key: $0.rawValue, header: $0.label) }
        + [DataTable.Column(key: "status", header: MemberField.status.label),
           DataTable.Column(key: "categories", header: "统战类别")]

    /// The columns a terminal table shows: wide enough to read, narrow enough to fit.
    static let tableKeys = ["id", "name", "sex", "birth_date", "ethnicity", "political_status", "work_unit",
                            "post", "rank", "categories"]

    /// The display form of a code from `list`: its Chinese name, or the code itself with `--codes`.
    func display(_ code: String?, in list: CodeListID?) -> String? {
        guard let code else { return nil }
        guard !showCodes, let list, let codeList = codes[list] else { return code }
        return codeList.name(of: code)
    }

    /// The display form of a field's stored value.
    func display(_ field: MemberField, of member: Member) -> String? {
        if field == .status { return status(member.record.status) }
        return display(masking.apply(field, to: member.record[field]), in: field.codeList)
    }

    /// 在册 or 已归档 (`active`/`archived` with `--codes`).
    func status(_ status: MemberStatus) -> String {
        showCodes ? status.rawValue : Self.statusName(status)
    }

    /// 在册 or 已归档.
    static func statusName(_ status: MemberStatus) -> String {
        switch status {
        case .active: "在册"
        case .archived: "已归档"
        }
    }

    /// `无党派人士(代表人士)、少数民族人士(一般)`.
    func categoriesText(_ memberships: [CategoryMembership]) -> String {
        memberships.map { membership in
            "\(display(membership.category.rawValue, in: .category) ?? "")(\(display(membership.tier.rawValue, in: .tier) ?? ""))"
        }.joined(separator: "、")
    }

    /// A membership as JSON: category, tier, source, since.
    func json(_ membership: CategoryMembership) -> JSONValue {
        .object([
            "category": .optional(display(membership.category.rawValue, in: .category)),
            "tier": .optional(display(membership.tier.rawValue, in: .tier)),
            "source": .optional(display(membership.source?.rawValue, in: .categorySource)),
            "since": .string(membership.since.iso8601),
        ])
    }

    /// The member's row under ``columns``.
    func row(_ member: Member) -> [DataTable.Cell] {
        var cells = [DataTable.Cell(text: member.id.description, json: .integer(member.id.rawValue))]
        for field in MemberField.allCases where field != .status {
            cells.append(DataTable.Cell(display(field, of: member)))
        }
        cells.append(DataTable.Cell(text: status(member.record.status), json: .string(member.record.status.rawValue)))
        cells.append(DataTable.Cell(text: categoriesText(member.categories),
                                    json: .array(member.categories.map(json))))
        return cells
    }

    /// The members as a table under ``columns``.
    func table(_ members: [Member]) -> DataTable {
        var table = DataTable(Self.columns)
        for member in members { table.append(row(member)) }
        return table
    }

    /// The members in `format`: a terminal table shows the columns of ``tableKeys``; CSV and JSON have
    /// every column.
    func rendered(_ members: [Member], as format: OutputFormat) throws -> String {
        let table = table(members)
        return try (format == .table ? table.selecting(Self.tableKeys) : table).rendered(as: format)
    }

    /// One member in detail: every field on its own line, then the memberships (table), or the member's
    /// object with `registered_on` added (JSON), or one CSV row under ``columns``.
    func detail(_ member: Member, as format: OutputFormat) throws -> String {
        switch format {
        case .csv:
            return try table([member]).rendered(as: .csv)
        case .json:
            guard case .object(var object) = table([member]).jsonObjects[0] else { return "" }
            object["registered_on"] = .string(member.registeredOn.iso8601)
            return try JSONValue.object(object).rendered()
        case .table:
            var fields = TextTable(["项目", "内容"])
            fields.append(["编号", member.id.description])
            for field in MemberField.allCases { fields.append([field.label, display(field, of: member) ?? ""]) }
            fields.append(["登记日期", member.registeredOn.iso8601])
            var memberships = TextTable(["统战类别", "代表层级", "来源", "起始日期"])
            for membership in member.categories {
                memberships.append([
                    display(membership.category.rawValue, in: .category) ?? "", display(membership.tier.rawValue, in: .tier) ?? "",
                    display(membership.source?.rawValue, in: .categorySource) ?? "", membership.since.iso8601,
                ])
            }
            let categories = member.categories.isEmpty ? "统战类别: 无" : memberships.render()
            return fields.render() + "\n\n" + categories
        }
    }
}
