import ArgumentParser
import UnitedFront

/// `united-front party leave MEMBERSHIP-ID --exit …`: a membership ends.
struct PartyLeaveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leave",
        abstract: "Record that a membership ended from --effective: how (--exit) and why (--reason, also the changeset's).",
        discussion: "Example: united-front party leave 1 --exit 退出 --reason 本人申请 --effective 2027-03-01"
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var membership: PartyMembershipArgument

    /// How it ended.
    @Option(name: .customLong("exit"), help: "How it ended: 退出, 除名, 开除 or 去世.") var exitKind: PartyExit

    func run() throws {
        let register = try database.openExisting()
        let (date, exitKind, reason) = (effective.date(register), exitKind, attribution.reason)
        try RecordListing.write(membership.id, on: date, in: register, output: output) {
            try register.end(membership.id, effective: date, by: attribution.attribution) { record in
                record.exit = exitKind
                record.exitReason = reason
            }
            return true
        }
    }
}
