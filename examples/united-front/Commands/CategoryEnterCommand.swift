import ArgumentParser
import UnitedFront

/// `united-front category enter ID CATEGORY`: the member belongs to the category from a date.
struct CategoryEnterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enter",
        abstract: "Enter a member into a category from a date (--effective)."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions

    @OptionGroup var member: MemberArgument

    /// The category.
    @Argument(help: "The category: 无党派人士, 党外干部, 新的社会阶层人士 …")
    var category: UnitedFront.Category

    /// The tier in the category (default 一般).
    @Option(name: .long, help: "The tier: 一般, 代表人士, 重点代表人士, 后备 (default 一般).")
    var tier: Tier?

    /// How the member came to be in the category.
    @Option(name: .long, help: "How the member came to be in it: 摸底, 推荐, 认定, 自报.")
    var source: CategorySource?

    func run() throws {
        let id = member.id
        let register = try database.openExisting()
        try register.enter(id, category: category, tier: tier ?? .general, source: source, effective: effective.date(register),
                           by: attribution.attribution)
        try WriteSummary.print(id, changed: true, in: register)
    }
}
