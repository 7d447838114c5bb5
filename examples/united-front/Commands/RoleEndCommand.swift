import ArgumentParser
import UnitedFront

/// `united-front role end ROLE-ID`: a member gives up a role in an enterprise.
struct RoleEndCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "end",
        abstract: "Record that a member's role in an enterprise ended from --effective: the day before is its last day.",
        discussion: "Example: united-front role end 1 --effective 2023-01-01"
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var role: RoleArgument

    func run() throws {
        try RecordListing.end(role.id, effective: effective, attribution: attribution, output: output,
                              register: try database.openExisting())
    }
}
