import ArgumentParser
import UnitedFront

/// `united-front pairing list [ENTERPRISE-ID]`: pairings on a date, or an enterprise's.
struct PairingListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the pairings in force on --as-of (default today), or an enterprise's: all of them without --as-of."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var dates: ReadDateOptions

    /// Only this enterprise's pairings.
    @Argument(help: "Only this enterprise's pairings.", transform: ArgumentValues.recordID("enterprise"))
    var enterprise: EnterpriseID?

    func run() throws {
        try RecordListing.print(PairingRecord.self, of: enterprise, dates: dates, output: output, register: try database.openExisting())
    }
}
