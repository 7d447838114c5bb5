import ArgumentParser
import UnitedFront

/// `united-front cadres pool`: the reserve pool (后备干部) on a date.
struct CadresPoolCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pool",
        abstract: "后备干部 on --as-of: 党外 members with a reserve-pool entry in force (a 后备 tier alone does not count)."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var dates: ReadDateOptions
    @OptionGroup var subtree: SubtreeOptions

    func run() throws {
        let register = try database.openExisting()
        let date = dates.date(register)
        let members = try register.reservePool(asOf: date, under: subtree.under, knownAt: dates.knownAt)
        try CadresCommand.print(members, title: "后备干部 as of \(date)",
                                context: ["as_of": .string(date.iso8601), "under": subtree.json],
                                what: "cadres-pool", asOf: date, output: output, register: register)
    }
}
