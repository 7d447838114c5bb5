import UnitedFront

// How the command line prints enterprises, organisations and households, and the records that tie
// members and enterprises to them.

extension EnterpriseRecord: PresentableRecord {
    static let noun = "enterprise"
    static let columns: [DataTable.Column] = [
        .init(key: "credit_code", header: "统一社会信用代码"), .init(key: "name", header: "企业名称"),
        .init(key: "former_names", header: "曾用名"), .init(key: "industry", header: "行业"), .init(key: "scale", header: "企业规模"),
        .init(key: "ownership", header: "登记注册类型"), .init(key: "founded", header: "成立日期"), .init(key: "address", header: "地址"),
        .init(key: "region", header: "所在区划"), .init(key: "org_unit", header: "所属单位"),
    ]

    func cells(_ names: CodeNames) -> [DataTable.Cell] {
        [DataTable.Cell(creditCode), DataTable.Cell(name), DataTable.Cell(formerNames), names.cell(industry), names.cell(scale),
         names.cell(ownership), DataTable.Cell(date: foundedOn), DataTable.Cell(address), DataTable.Cell(region),
         DataTable.Cell(number: orgUnit?.rawValue)]
    }

    func line(_ names: CodeNames) -> String { "\(name) (\(creditCode))" }
}

extension EnterpriseRoleRecord: PresentableRecord {
    static let noun = "role"
    static let columns: [DataTable.Column] = [
        .init(key: "enterprise", header: "企业"), .init(key: "role", header: "职务"), .init(key: "share", header: "出资比例"),
    ]

    func cells(_ names: CodeNames) -> [DataTable.Cell] {
        [DataTable.Cell(number: enterprise.rawValue), names.cell(role), DataTable.Cell(share)]
    }

    func line(_ names: CodeNames) -> String { "\(names.text(role) ?? ""): enterprise \(enterprise)" }
}

extension PairingRecord: PresentableRecord {
    static let noun = "pairing"
    static let columns: [DataTable.Column] = [
        .init(key: "village", header: "村代码"), .init(key: "village_name", header: "村名"), .init(key: "project", header: "帮扶项目"),
        .init(key: "committed", header: "承诺金额"), .init(key: "paid", header: "到位金额"),
    ]

    func cells(_ names: CodeNames) -> [DataTable.Cell] {
        [DataTable.Cell(village), DataTable.Cell(villageName), DataTable.Cell(project), DataTable.Cell(number: committed),
         DataTable.Cell(number: paid)]
    }

    func line(_ names: CodeNames) -> String { (villageName ?? village) + (project.map { " \($0)" } ?? "") }
}

extension OrganisationRecord: PresentableRecord {
    static let noun = "organisation"
    static let columns: [DataTable.Column] = [
        .init(key: "name", header: "名称"), .init(key: "kind", header: "类型"), .init(key: "parent", header: "上级组织"),
        .init(key: "area", header: "覆盖区域"), .init(key: "org_unit", header: "所属单位"),
    ]

    func cells(_ names: CodeNames) -> [DataTable.Cell] {
        [DataTable.Cell(name), names.cell(kind), DataTable.Cell(number: parent?.rawValue), DataTable.Cell(number: area?.rawValue),
         DataTable.Cell(number: orgUnit?.rawValue)]
    }

    func line(_ names: CodeNames) -> String { "\(name) (\(names.text(kind) ?? ""))" }
}

extension TermRecord: PresentableRecord {
    static let noun = "term"
    static let columns: [DataTable.Column] = [.init(key: "name", header: "届次")]

    func cells(_ names: CodeNames) -> [DataTable.Cell] { [DataTable.Cell(name)] }

    func line(_ names: CodeNames) -> String { name }
}

extension OrganisationMembershipRecord: PresentableRecord {
    static let noun = "seat"
    static let columns: [DataTable.Column] = [
        .init(key: "organisation", header: "组织"), .init(key: "role", header: "职务"), .init(key: "term", header: "届次"),
    ]

    func cells(_ names: CodeNames) -> [DataTable.Cell] {
        [DataTable.Cell(number: organisation.rawValue), names.cell(role), DataTable.Cell(number: term?.rawValue)]
    }

    func line(_ names: CodeNames) -> String { "\(names.text(role) ?? ""): organisation \(organisation)" }
}

extension EnterpriseMembershipRecord: PresentableRecord {
    static let noun = "membership"
    static let columns: [DataTable.Column] = [
        .init(key: "organisation", header: "组织"), .init(key: "role", header: "职务"), .init(key: "term", header: "届次"),
    ]

    func cells(_ names: CodeNames) -> [DataTable.Cell] {
        [DataTable.Cell(number: organisation.rawValue), names.cell(role), DataTable.Cell(number: term?.rawValue)]
    }

    func line(_ names: CodeNames) -> String { "\(names.text(role) ?? ""): organisation \(organisation)" }
}

extension HouseholdRecord: PresentableRecord {
    static let noun = "household"
    static let columns: [DataTable.Column] = [
        .init(key: "name", header: "户名"), .init(key: "address", header: "住址"), .init(key: "region", header: "所在区划"),
        .init(key: "org_unit", header: "所属单位"),
    ]

    /// A household's 住址 is a person's address: masked like a member's (the first six characters kept).
    func cells(_ names: CodeNames) -> [DataTable.Cell] {
        [DataTable.Cell(name), DataTable.Cell(address.map(Masking.address)), DataTable.Cell(region),
         DataTable.Cell(number: orgUnit?.rawValue)]
    }

    func line(_ names: CodeNames) -> String { name }
}

extension HouseholdMembershipRecord: PresentableRecord {
    static let noun = "household membership"
    static let columns: [DataTable.Column] = [.init(key: "household", header: "户"), .init(key: "relation", header: "与户主关系")]

    /// The relation is `null` in JSON for the 户主, and reads 户主 in tables.
    func cells(_ names: CodeNames) -> [DataTable.Cell] {
        [DataTable.Cell(number: household.rawValue),
         relation.map { names.cell($0) } ?? DataTable.Cell(text: "户主", json: .null)]
    }

    func line(_ names: CodeNames) -> String { "household \(household) (\(names.text(relation) ?? "户主"))" }
}
