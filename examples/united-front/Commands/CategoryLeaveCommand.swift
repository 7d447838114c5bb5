import ArgumentParser
import UnitedFront

/// `united-front category leave ID CATEGORY`: the member no longer belongs to the category from a date.
struct CategoryLeaveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leave",
        abstract: "End a member's membership of a category: not a member from --effective on.",
        discussion: "Example: united-front category leave 3 无党派人士 --reason 退休 --effective 2024-09-01 (--reason names an exit reason, so it is recorded as one)"
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var exit: ExitReasonOptions

    @OptionGroup var member: MemberArgument

    /// The category.
    @Argument(help: "The category.")
    var category: UnitedFront.Category

    func run() throws {
        let id = member.id
        let register = try database.openExisting()
        try register.leave(id, category: category, effective: effective.date(register),
                           reason: exit.reason(register, text: attribution.reason), by: attribution.attribution)
        try WriteSummary.print(id, changed: true, in: register)
    }
}
