import ArgumentParser
import UnitedFront

/// `united-front enterprise show ENTERPRISE-ID`: one enterprise as it stood on a date.
struct EnterpriseShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show an enterprise as it stood on --as-of (default today), in force or ended.",
        discussion: "`--format json` prints one object with the keys of `enterprise list`."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var dates: ReadDateOptions
    @OptionGroup var enterprise: EnterpriseArgument

    func run() throws {
        let register = try database.openExisting()
        try RecordListing.show(enterprise.id, dates: dates, output: output, register: register)
    }
}
