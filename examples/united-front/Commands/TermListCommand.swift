import ArgumentParser
import UnitedFront

/// `united-front term list ORGANISATION-ID`: an organisation's terms.
struct TermListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List an organisation's terms in force on --as-of, or (without --as-of) every term with its from and to."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var dates: ReadDateOptions
    @OptionGroup var organisation: OrganisationArgument

    func run() throws {
        try RecordListing.print(TermRecord.self, of: organisation.id, dates: dates, output: output, register: try database.openExisting())
    }
}
