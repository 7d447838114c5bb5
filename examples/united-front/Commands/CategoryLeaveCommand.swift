import ArgumentParser
import UnitedFront

/// `united-front category leave ID CATEGORY`: the member no longer belongs to the category from a date.
struct CategoryLeaveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leave",
        abstract: "End a member's membership of a category: not a member from --effective on."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions

    @OptionGroup var member: MemberArgument

    /// The category.
    @Argument(help: "The category.")
    var category: UnitedFront.Category

    func run() throws {
        let id = member.id
        let register = try database.openExisting()
        try register.leave(id, category: category, effective: effective.date(register), by: attribution.attribution)
        try WriteSummary.print(id, changed: true, in: register)
    }
}
