import ArgumentParser
import UnitedFront

/// `united-front organisation end ORGANISATION-ID`: an organisation is dissolved.
struct OrganisationEndCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "end",
        abstract: "Record that an organisation ended from --effective; its terms, seats and memberships end that day.",
        discussion: "Example: united-front organisation end 2 --reason 撤销 --effective 2025-01-01"
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var organisation: OrganisationArgument

    func run() throws {
        try RecordListing.end(organisation.id, effective: effective, attribution: attribution, output: output,
                              register: try database.openExisting())
    }
}
