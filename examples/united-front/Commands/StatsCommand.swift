import ArgumentParser
import UnitedFront

/// `united-front stats`: how many active members each group has on a date, grouped by one or two
/// dimensions (`--by category --by tier`), with the total and each group's share.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count the active members as of a date, grouped by one or two dimensions.",
        discussion: """
            Dimensions: \(StatisticsDimension.allCases.map { "\($0.rawValue) (\($0.name))" }.joined(separator: ", ")). \
            Without --by, members are counted per category. Membership dimensions (category, tier, source) count \
            each membership, overseas ones each 侨情 record, industry each 门类 of the enterprises a member holds \
            a role in. --format json prints an array of {"group": {"<dimension>": "<value>", …}, "count": n}, \
            values named as the sheets name them (无党派人士, 蒙古族, 未填写 when not recorded; codes with --codes).
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var dates: ReadDateOptions

    /// The dimensions, one or two.
    @Option(name: .long, help: ArgumentHelp("Group by this dimension (once or twice): category, tier, ethnicity, age_band …",
                                            valueName: "dimension"))
    var by: [StatisticsDimension] = []

    /// Only members in this category that day.
    @Option(name: .long, help: "Only members in this category that day (无党派人士, 党外干部 …).")
    var category: UnitedFront.Category?

    /// Only members owned by this unit or a unit below it that day.
    @Option(name: .long, help: "Only members owned by this org unit or one below it that day (an id from `org tree`).",
            transform: ArgumentValues.orgUnitID)
    var under: OrgUnitID?

    func validate() throws {
        guard by.count <= 2 else { throw ArgumentParser.ValidationError("Give --by at most twice") }
        guard Set(by).count == by.count else { throw ArgumentParser.ValidationError("Give two different dimensions to --by") }
    }

    func run() throws {
        let register = try database.openExisting()
        let dimensions = by.isEmpty ? [StatisticsDimension.category] : by
        let statistics = try register.statistics(asOf: dates.date(register), by: dimensions, in: category, under: under,
                                                  knownAt: dates.knownAt)
        func value(_ row: StatisticsRow, _ dimension: StatisticsDimension) -> String {
            output.codes ? ((row.group[dimension] ?? nil) ?? "") : (row.names[dimension] ?? "")
        }
        switch output.format {
        case .json:
            print(try JSONValue.array(statistics.rows.map { row in
                .object(["group": .object(Dictionary(uniqueKeysWithValues: dimensions.map { ($0.rawValue, .string(value(row, $0))) })),
                         "count": .integer(Int64(row.count))])
            }).rendered())
        case .csv, .table:
            var table = DataTable(dimensions.map { DataTable.Column(key: $0.rawValue, header: $0.name) }
                + [.init(key: "count", header: "人数"), .init(key: "percent", header: "占比")])
            for row in statistics.rows {
                table.append(dimensions.map { DataTable.Cell(value(row, $0)) }
                             + [DataTable.Cell(row.count), DataTable.Cell(Self.percent(row.percent))])
            }
            if output.format == .table {
                print("As of \(statistics.asOf): \(statistics.total) active members counted.")
            }
            print(try table.rendered(as: output.format))
        }
    }

    /// A share as people read it: `12.5%`.
    static func percent(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }
}
