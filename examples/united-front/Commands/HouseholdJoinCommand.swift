import ArgumentParser
import UnitedFront

/// `united-front household join ID --household H [--relation 妻]`: a member joins a household.
struct HouseholdJoinCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "join",
        abstract: "Record that a member belongs to a household from --effective, as 户主 or with --relation; prints the membership's id.",
        discussion: "Example: united-front household join 4 --household 1 --relation 妻 --effective 2015-01-01"
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var member: MemberArgument

    /// The household.
    @Option(help: "The household's id (see `household list`).", transform: ArgumentValues.recordID("household"))
    var household: HouseholdID
    /// The relation to the 户主.
    @Option(help: "The member's relation to the 户主 (妻, 子, 女 …); none for the 户主.") var relation: Relation?

    func run() throws {
        try RecordListing.add(HouseholdMembershipRecord(household: household, relation: relation), for: member.id,
                              effective: effective, attribution: attribution, output: output, register: try database.openExisting())
    }
}
