import ArgumentParser
import UnitedFront
import UnitedFrontExchange

/// `united-front report --year Y`: the yearly work report (年度工作报告), as Markdown or JSON.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The yearly work report of --year: every figure the seed report quotes, with the ids behind it.",
        discussion: """
            Stock figures (people, 党外干部, the pool, 无党派 candidates, 商会 and member enterprises) are read on \
            31 December of the year, yearly figures (adjustments, 推荐, visits, problems solved, trainings, forums, \
            侨界 households) over the year, pairings in force on a day of it; with --org-unit, for that unit and \
            the units below it as the tree stands on 31 December. The report says which knowledge it used \
            (--known-at, or the latest). `--format markdown` (default) prints a Chinese report section per \
            heading with an appendix of ids; `--format json` prints `{"year", "org_unit", "known_at", "as_of", \
            "figures": [{"key", "section", "label", "value", "unit", "ids", "sources"}]}`.
            """
    )

    @OptionGroup var database: DatabaseOptions

    /// The year.
    @Option(help: "The year (2024).", transform: ArgumentValues.year) var year: Int

    /// The subtree's root.
    @Option(name: .customLong("org-unit"),
            help: "Report for this org unit and the units below it (see `org tree`); default the whole register.",
            transform: ArgumentValues.orgUnitID)
    var orgUnit: OrgUnitID?

    @OptionGroup var knowledge: KnownAtOptions

    /// Markdown or JSON.
    @Option(help: "Output format: markdown or json.") var format: WorkReportFormat = .markdown

    func run() throws {
        let register = try database.openExisting()
        let report = try register.workReport(year: year, under: orgUnit, knownAt: knowledge.knownAt)
        let text = try WorkReportRenderer().render(report, as: format)
        print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
    }
}
