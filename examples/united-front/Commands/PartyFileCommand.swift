import ArgumentParser
import UnitedFront

/// `united-front party file MEMBERSHIP-ID`: the 统战部 has the new member on file (备案).
struct PartyFileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "file",
        abstract: "Record that the 统战部 has the membership on file (备案) from --effective."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var membership: PartyMembershipArgument

    func run() throws {
        let register = try database.openExisting()
        let date = effective.date(register)
        try RecordListing.write(membership.id, on: date, in: register, output: output) {
            try register.write(by: attribution.attribution) { tx in
                try tx.change(membership.id, effective: date) { record in record.isFiled = true }
            }
        }
    }
}
