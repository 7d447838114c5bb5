import ArgumentParser
import UnitedFront

/// `united-front party post MEMBERSHIP-ID --post …`: a member takes a post in their party.
struct PartyPostCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "post",
        abstract: "Record the member's 党内职务 from --effective (an empty --post: none from then).",
        discussion: "Example: united-front party post 1 --post 支部副主委 --effective 2026-01-08"
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var membership: PartyMembershipArgument

    /// 党内职务.
    @Option(help: "党内职务 (支部主委).") var post: String

    func run() throws {
        let register = try database.openExisting()
        let (date, post) = (effective.date(register), post)
        try RecordListing.write(membership.id, on: date, in: register, output: output) {
            try register.write(by: attribution.attribution) { tx in
                try tx.change(membership.id, effective: date) { record in record.partyPost = post.isEmpty ? nil : post }
            }
        }
    }
}
