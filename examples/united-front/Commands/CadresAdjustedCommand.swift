import ArgumentParser
import UnitedFront

/// `united-front cadres adjusted --year Y`: 党外干部 adjusted in a year.
struct CadresAdjustedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "adjusted",
        abstract: "党外干部 adjusted in --year: a qualifying post begun or ended, or its 职务层次 changed, in the year."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var subtree: SubtreeOptions

    /// The year.
    @Option(help: "The year (2024).", transform: ArgumentValues.year) var year: Int

    @OptionGroup var knowledge: KnownAtOptions

    func run() throws {
        let register = try database.openExisting()
        let members = try register.adjustedCadres(in: year, under: subtree.under, knownAt: knowledge.knownAt)
        let end = LocalDate(year: year, month: 12, day: 31) ?? register.today
        try CadresCommand.print(members, title: "党外干部 adjusted in \(year)",
                                context: ["year": .integer(Int64(year)), "under": subtree.json],
                                what: "cadres-adjusted", asOf: end, output: output, register: register)
    }
}
