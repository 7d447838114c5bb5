import ArgumentParser
import UnitedFront

/// `united-front archive ID`: takes a member off the active register from a date; the record and its
/// history stay, and their category memberships end that day.
struct ArchiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: "Archive a member from --effective (moved away, deceased, no longer a contact); history stays.",
        discussion: "Example: united-front archive 3 --reason 去世 --effective 2024-05-01 (recorded as the exit reason of each membership it ends)"
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var exit: ExitReasonOptions

    @OptionGroup var member: MemberArgument

    func run() throws {
        let id = member.id
        let register = try database.openExisting()
        let before = try register.member(id, asOf: effective.date(register))
        try register.archive(id, effective: effective.date(register), reason: exit.reason(register, text: attribution.reason),
                             by: attribution.attribution)
        try WriteSummary.print(id, changed: before?.record.status != .archived, in: register)
    }
}
