import ArgumentParser
import UnitedFront

/// `united-front organisation change ORGANISATION-ID …`: an organisation changed on a date.
struct OrganisationChangeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "change",
        abstract: "Record that an organisation changed from --effective (renamed, moved under another, a new area).",
        discussion: "Example: united-front organisation change 2 --name 锡林路街道商会 --effective 2022-01-01"
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var organisation: OrganisationArgument
    @OptionGroup var fields: OrganisationFieldOptions

    func validate() throws {
        guard !fields.isEmpty else { throw ArgumentParser.ValidationError("Give at least one value to change, e.g. --name …") }
    }

    func run() throws {
        let fields = fields
        try RecordListing.change(organisation.id, effective: effective, attribution: attribution, output: output,
                                 register: try database.openExisting()) { fields.apply(to: &$0) }
    }
}
