import ArgumentParser
import UnitedFront

/// `united-front household leave MEMBERSHIP-ID`: a member leaves a household.
struct HouseholdLeaveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leave",
        abstract: "Record that a member left a household from --effective: the day before is the last day.",
        discussion: "Example: united-front household leave 2 --reason 分户 --effective 2024-01-01"
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions

    /// The membership.
    @Argument(help: "The membership's id (see `household members`).", transform: ArgumentValues.recordID("household_membership"))
    var membership: HouseholdMembershipID

    func run() throws {
        try RecordListing.end(membership, effective: effective, attribution: attribution, output: output,
                              register: try database.openExisting())
    }
}
