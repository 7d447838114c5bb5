import ArgumentParser
import UnitedFront

/// `united-front enterprise list`: the enterprises on a date, or all of them.
struct EnterpriseListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the enterprises in force on --as-of, or (without --as-of) every enterprise with its from and to."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var dates: ReadDateOptions

    func run() throws {
        try RecordListing.print(EnterpriseRecord.self, of: nil, dates: dates, output: output, register: try database.openExisting())
    }
}
