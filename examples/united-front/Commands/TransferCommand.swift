import ArgumentParser
import UnitedFront

/// `united-front transfer ID --unit UNIT`: a member moves to another owning unit on a date.
struct TransferCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "transfer",
        abstract: "Move a member to another owning org unit from --effective; kept in the member's history."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var member: MemberArgument

    /// The new owning unit.
    @Option(help: "The id of the new owning unit (see `org tree`).", transform: ArgumentValues.orgUnitID)
    var unit: OrgUnitID

    func run() throws {
        let register = try database.openExisting()
        let changed = try register.transfer(member.id, to: unit, effective: effective.date(register), by: attribution.attribution)
        try WriteSummary.print(member.id, changed: changed, in: register)
    }
}
