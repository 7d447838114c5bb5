import ArgumentParser
import UnitedFront

/// `united-front organisation add --name … --kind …`: registers an organisation.
struct OrganisationAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Register an organisation from --effective; prints its id.",
        discussion: "Example: united-front organisation add --name 新城区锡林路街道商会 --kind 乡镇商会 --parent 1 --area 2 --effective 2019-03-01"
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var fields: OrganisationFieldOptions

    func validate() throws {
        guard fields.name != nil else { throw ArgumentParser.ValidationError("Missing expected argument '--name <name>'") }
        guard fields.kind != nil else { throw ArgumentParser.ValidationError("Missing expected argument '--kind <kind>'") }
    }

    func run() throws {
        var record = OrganisationRecord(name: "", kind: "")
        fields.apply(to: &record)
        try RecordListing.add(record, for: NoHolder(), effective: effective, attribution: attribution, output: output,
                              register: try database.openExisting())
    }
}
