import ArgumentParser
import UnitedFront

/// `united-front household list`: the households on a date, or all of them.
struct HouseholdListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the households in force on --as-of, or (without --as-of) every household with its from and to."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var dates: ReadDateOptions

    func run() throws {
        try RecordListing.print(HouseholdRecord.self, of: nil, dates: dates, output: output, register: try database.openExisting())
    }
}
