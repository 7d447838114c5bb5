import ArgumentParser
import UnitedFront

/// `united-front term add ORGANISATION-ID --name 第五届`: a term begins.
struct TermAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Record that a term (届次) of an organisation began on --effective; prints the term's id.",
        discussion: "Example: united-front term add 1 --name 第五届 --effective 2021-11-20"
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var organisation: OrganisationArgument

    /// 届次.
    @Option(help: "届次 (第五届).") var name: String

    func run() throws {
        try RecordListing.add(TermRecord(name: name), for: organisation.id, effective: effective, attribution: attribution,
                              output: output, register: try database.openExisting())
    }
}
