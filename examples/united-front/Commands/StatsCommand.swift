import ArgumentParser
import UnitedFront

/// `united-front stats`: how many active members each category has on a date, by tier.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count the active members per category and tier as of a date."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var dates: ReadDateOptions

    func run() throws {
        let register = try database.openExisting()
        let members = try register.members(asOf: dates.date(register), knownAt: dates.knownAt)
        let counts = StatsCommand.counts(members)
        let presenter = MemberPresenter(codes: register.codes, showCodes: output.codes)
        let tiers = register.codes[.tier]?.codes ?? []

        var table = DataTable([.init(key: "category", header: "统战类别"), .init(key: "total", header: "合计")]
            + tiers.map { DataTable.Column(key: $0.code.lowercased(), header: presenter.display($0.code, in: .tier) ?? $0.code) })
        for category in register.codes[.category]?.codes ?? [] {
            let byTier = counts.byCategory[category.code] ?? [:]
            table.append([DataTable.Cell(presenter.display(category.code, in: .category)),
                          DataTable.Cell(byTier.values.reduce(0, +))]
                         + tiers.map { DataTable.Cell(byTier[$0.code] ?? 0) })
        }
        switch output.format {
        case .json:
            print(try JSONValue.object([
                "as_of": .string(dates.date(register).iso8601), "members": .integer(Int64(members.count)),
                "in_any_category": .integer(Int64(counts.inAnyCategory)), "categories": .array(table.jsonObjects),
            ]).rendered())
        case .csv:
            print(try table.rendered(as: .csv))
        case .table:
            print("As of \(dates.date(register)): \(members.count) active members, \(counts.inAnyCategory) in at least one category.")
            print(try table.rendered(as: .table))
        }
    }

    /// Members per category code and tier code, and how many members hold any category.
    static func counts(_ members: [Member])
        -> (byCategory: [String: [String: Int]], inAnyCategory: Int)
    {
        var byCategory: [String: [String: Int]] = [:]
        for member in members {
            for membership in member.categories {
                byCategory[membership.category.rawValue, default: [:]][membership.tier.rawValue, default: 0] += 1
            }
        }
        return (byCategory, members.filter { !$0.categories.isEmpty }.count)
    }
}
