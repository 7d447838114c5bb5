import ArgumentParser
import UnitedFront

/// `united-front enterprise add|change|end|show|list|people`: enterprises, kept field by field.
struct EnterpriseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enterprise",
        abstract: "Register an enterprise by its 统一社会信用代码, change or end (注销) it, show or list them, list its people.",
        discussion: """
            The credit code is checked (GB 32100) and unique. Industries take a GB/T 4754 门类 letter or 大类 code \
            or name (C, 14, 食品制造业); scales 大型, 中型, 小型, 微型; ownership a 登记注册类型 (私营企业 …). An \
            enterprise's end takes its pairings, memberships and the roles people hold in it with it. People's \
            roles are `role` records; 万企兴万村 pairings are `pairing` records.
            """,
        subcommands: [EnterpriseAddCommand.self, EnterpriseChangeCommand.self, EnterpriseEndCommand.self,
                      EnterpriseShowCommand.self, EnterpriseListCommand.self, EnterprisePeopleCommand.self]
    )
}

/// `ENTERPRISE-ID`: the enterprise a command is about.
struct EnterpriseArgument: ParsableArguments {
    /// The enterprise's id.
    @Argument(help: "The enterprise's id (see `enterprise list`).", transform: ArgumentValues.recordID("enterprise"))
    var id: EnterpriseID
}

/// The values of an enterprise: `enterprise add` needs --credit-code and --name; `enterprise change`
/// takes any.
struct EnterpriseFieldOptions: ParsableArguments {
    /// 统一社会信用代码.
    @Option(help: "统一社会信用代码 (18 characters, GB 32100).") var creditCode: String?
    /// 企业名称.
    @Option(help: "企业名称.") var name: String?
    /// 曾用名.
    @Option(help: "曾用名 from before it was registered here (an empty value clears it).") var formerNames: String?
    /// 行业.
    @Option(help: "行业: a GB/T 4754 门类 letter, 大类 code or name (C, 14, 食品制造业).") var industry: Industry?
    /// 企业规模.
    @Option(help: "企业规模: 大型, 中型, 小型, 微型.") var scale: EnterpriseScale?
    /// 登记注册类型.
    @Option(help: "登记注册类型 (私营企业, 外商投资企业 …).") var ownership: OwnershipType?
    /// 成立日期.
    @Option(help: "成立日期 (YYYY-MM-DD).", transform: ArgumentValues.date) var founded: LocalDate?
    /// 地址.
    @Option(help: "地址 (an empty value clears it).") var address: String?
    /// 所在区划.
    @Option(help: "所在区划: a GB/T 2260 code, or a 9- or 12-digit 统计用区划代码.") var region: String?
    /// The owning org unit.
    @Option(help: "The id of the org unit that works with it (see `org tree`).", transform: ArgumentValues.orgUnitID)
    var orgUnit: OrgUnitID?

    /// Whether any value is given.
    var isEmpty: Bool {
        creditCode == nil && name == nil && formerNames == nil && industry == nil && scale == nil && ownership == nil
            && founded == nil && address == nil && region == nil && orgUnit == nil
    }

    /// Writes the given values into `record`; an empty value clears an optional one.
    func apply(to record: inout EnterpriseRecord) {
        if let creditCode { record.creditCode = creditCode }
        if let name { record.name = name }
        if let formerNames { record.formerNames = formerNames.isEmpty ? nil : formerNames }
        if let industry { record.industry = industry.rawValue.isEmpty ? nil : industry }
        if let scale { record.scale = scale.rawValue.isEmpty ? nil : scale }
        if let ownership { record.ownership = ownership.rawValue.isEmpty ? nil : ownership }
        if let founded { record.foundedOn = founded }
        if let address { record.address = address.isEmpty ? nil : address }
        if let region { record.region = region.isEmpty ? nil : region }
        if let orgUnit { record.orgUnit = orgUnit }
    }
}
