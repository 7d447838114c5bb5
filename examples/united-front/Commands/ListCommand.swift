import ArgumentParser
import UnitedFront

/// `united-front list`: the members on the register on a date, optionally in a category and tier.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the active members as of a date, optionally by category, tier and org unit.",
        discussion: """
            The table shows the main columns; --format csv and --format json hold every field, keyed in \
            JSON by the English aliases (name, former_names, sex, birth_date, …, status, categories) plus id.
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var dates: ReadDateOptions
    @OptionGroup var disclosure: DisclosureOptions

    /// Only members in this category that day.
    @Option(name: .long, help: "Only members in this category that day (无党派人士, 党外干部 …).")
    var category: UnitedFront.Category?

    /// Only memberships with one of these tiers.
    @Option(name: .long, help: ArgumentHelp("Only members with this tier (repeatable): 代表人士, 后备 …", valueName: "tier"))
    var tier: [Tier] = []

    /// Only members owned by this unit or a unit below it that day.
    @Option(name: .long, help: "Only members owned by this org unit or one below it that day (an id from `org tree`).",
            transform: ArgumentValues.orgUnitID)
    var under: OrgUnitID?

    /// At most this many members.
    @Option(name: .long, help: "Print at most this many members.")
    var limit: Int?

    func validate() throws {
        if let limit, limit < 0 { throw ArgumentParser.ValidationError("--limit must not be negative") }
    }

    func run() throws {
        let register = try database.openExisting()
        var members = if let under {
            try register.members(asOf: dates.date(register), under: under, in: category, tiers: Set(tier), knownAt: dates.knownAt)
        } else {
            try register.members(asOf: dates.date(register), in: category, tiers: Set(tier), knownAt: dates.knownAt)
        }
        if category == nil, !tier.isEmpty {
            let tiers = Set(try tier.map { try register.codes.resolve($0, field: .tier) })
            members = members.filter { $0.categories.contains { tiers.contains($0.tier) } }
        }
        if let limit { members = Array(members.prefix(limit)) }
        var presenter = MemberPresenter(codes: register.codes, showCodes: output.codes)
        presenter.masking = disclosure.masking
        let text = try presenter.rendered(members, as: output.format)
        try disclosure.record(register, what: "list", format: output.format, asOf: dates.date(register), rows: members.count,
                              category: category, tiers: Set(tier))
        print(text)
    }
}
