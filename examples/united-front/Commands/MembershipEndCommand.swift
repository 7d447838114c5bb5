import ArgumentParser
import UnitedFront

/// `united-front membership end MEMBERSHIP-ID`: an enterprise leaves an organisation.
struct MembershipEndCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "end",
        abstract: "Record that an enterprise's membership of an organisation ended from --effective.",
        discussion: "Example: united-front membership end 1 --effective 2024-01-01"
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var membership: EnterpriseMembershipArgument

    func run() throws {
        try RecordListing.end(membership.id, effective: effective, attribution: attribution, output: output,
                              register: try database.openExisting())
    }
}
