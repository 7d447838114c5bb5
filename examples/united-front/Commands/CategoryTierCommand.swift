import ArgumentParser
import UnitedFront

/// `united-front category tier ID CATEGORY TIER`: the member's tier in a category changes on a date.
struct CategoryTierCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tier",
        abstract: "Change a member's tier in a category from --effective (e.g. 代表人士 → 重点代表人士)."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions

    @OptionGroup var member: MemberArgument

    /// The category.
    @Argument(help: "The category.")
    var category: UnitedFront.Category

    /// The new tier.
    @Argument(help: "The new tier: 一般, 代表人士, 重点代表人士, 后备.")
    var tier: Tier

    /// A new source, if it changes with the tier.
    @Option(name: .long, help: "A new source with the tier: 摸底, 推荐, 认定, 自报.")
    var source: CategorySource?

    func run() throws {
        let register = try database.openExisting()
        let (id, category, tier, source, date) = (member.id, category, tier, source, effective.date(register))
        let changed = try register.write(by: attribution.attribution) { tx in
            try tx.changeTier(id, category: category, to: tier, source: source, effective: date)
        }
        try WriteSummary.print(id, changed: changed, in: register)
    }
}
