import ArgumentParser
import UnitedFront

/// `united-front overseas add|change|end|list|check|relatives`: a member's 侨情.
struct OverseasCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overseas",
        abstract: "Record a member's 侨情 (华侨, 归侨, 侨眷 …), change or end it, list it, check the 华侨 residence test.",
        discussion: """
            Types: 华侨, 归侨, 侨眷, 外籍华人, 香港同胞, 澳门同胞, 台湾同胞, 留学人员. Countries take a GB/T 2659 code \
            or name (NLD, 荷兰). A 侨眷 names the 华侨 or 归侨 they derive from with --relative. A 华侨 who comes \
            home to settle is 归侨 from that day: `overseas change ID --type 归侨 --country 中国`; the 侨眷 keep \
            their own records. `overseas check` lists the 华侨 whose residence facts fail the legal test.
            """,
        subcommands: [OverseasAddCommand.self, OverseasChangeCommand.self, OverseasEndCommand.self, OverseasListCommand.self,
                      OverseasCheckCommand.self, OverseasRelativesCommand.self]
    )
}

/// `OVERSEAS-ID`: the 侨情 record a command is about.
struct OverseasArgument: ParsableArguments {
    /// The record's id.
    @Argument(help: "The 侨情 record's id (see `overseas list`).", transform: ArgumentValues.recordID("overseas"))
    var id: OverseasID
}

/// The values of a 侨情 record: `overseas add` needs --type; `overseas change` takes any.
struct OverseasFieldOptions: ParsableArguments {
    /// 类型.
    @Option(help: "类型: 华侨, 归侨, 侨眷, 外籍华人, 香港同胞, 澳门同胞, 台湾同胞, 留学人员.") var type: OverseasType?
    /// 居住国.
    @Option(help: "居住国 (NLD, 荷兰 …; an empty value clears it).") var country: Country?
    /// 国籍.
    @Option(help: "国籍 (中国 for a 华侨; an empty value clears it).") var nationality: Country?
    /// 居留权.
    @Option(help: "居留权 in the country: 永久居留权, 长期居留权, 无 (an empty value clears it).") var residenceRight: ResidenceRight?
    /// When legal residence began.
    @Option(help: "The day legal residence in the country began (YYYY-MM-DD).", transform: ArgumentValues.date)
    var residentSince: LocalDate?
    /// 累计居住月数.
    @Option(help: "累计居住月数 in the test's period (the last 2 years with a residence right, 5 without).") var monthsPresent: Int?
    /// The 华侨 or 归侨 a 侨眷 derives from.
    @Option(help: "For a 侨眷: the member id of the 华侨 or 归侨.", transform: ArgumentValues.memberID(named: "relative"))
    var relative: MemberID?

    /// Whether any value is given.
    var isEmpty: Bool {
        type == nil && country == nil && nationality == nil && residenceRight == nil && residentSince == nil
            && monthsPresent == nil && relative == nil
    }

    /// Writes the given values into `record`; an empty code clears an optional one.
    func apply(to record: inout OverseasRecord) {
        if let type { record.type = type }
        if let country { record.country = country.rawValue.isEmpty ? nil : country }
        if let nationality { record.nationality = nationality.rawValue.isEmpty ? nil : nationality }
        if let residenceRight { record.residenceRight = residenceRight.rawValue.isEmpty ? nil : residenceRight }
        if let residentSince { record.residentSince = residentSince }
        if let monthsPresent { record.monthsPresent = monthsPresent }
        if let relative { record.relative = relative }
    }
}
