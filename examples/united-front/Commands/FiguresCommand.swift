import ArgumentParser
import UnitedFront

/// `united-front figures --year Y`: the engagement figures of a yearly work report.
struct FiguresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "The engagement figures of --year: visits, problems solved, 万企兴万村, 侨界 households, trainings, forums, 商会 members.",
        discussion: """
            Each figure is counted by the rules of the README's "Engagement figures": an engagement counts in \
            the year it is dated, by its organiser (with --under, the subtree as it stands on 31 December); \
            pairings and memberships by the unit that owns their enterprise. `--format json` prints one object \
            with `year`, `under` and each figure under its name in snake_case (`enterprises_visited`).
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    /// The subtree's root.
    @Option(help: "Count for this org unit and the units below it (see `org tree`); default the whole register.",
            transform: ArgumentValues.orgUnitID)
    var under: OrgUnitID?

    /// The year.
    @Option(help: "The year (2024).", transform: ArgumentValues.year) var year: Int

    @OptionGroup var knowledge: KnownAtOptions

    func run() throws {
        let register = try database.openExisting()
        let figures = try register.engagementFigures(in: year, under: under, knownAt: knowledge.knownAt)
        switch output.format {
        case .table:
            print("\(year)年度工作数据" + (under.map { " (org unit \($0) and below)" } ?? ""))
            var table = DataTable([.init(key: "figure", header: "指标"), .init(key: "value", header: "数值")])
            for figure in figures.labelled { table.append([DataTable.Cell(figure.label), DataTable.Cell(figure.value)]) }
            print(try table.rendered(as: .table))
        case .json:
            print(try figures.table.jsonObjects[0].rendered())
        case .csv:
            print(try figures.table.rendered(as: .csv))
        }
    }
}
