import ArgumentParser
import UnitedFront

/// `united-front category correct ID CATEGORY`: the register was wrong about a membership.
struct CategoryCorrectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "correct",
        abstract: "Correct a membership the register got wrong: its tier, its start date, or that it existed at all.",
        discussion: """
            A correction, not a change: the timeline keeps it, `changes` does not list it, and reads as \
            known before it still see the old record. Without --as-of the current membership is corrected.
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var attribution: AttributionOptions

    @OptionGroup var member: MemberArgument

    /// The category.
    @Argument(help: "The category.")
    var category: UnitedFront.Category

    /// Which membership: the one in force on this date.
    @Option(name: .long, help: ArgumentHelp("The membership in force on this date (default: the current one).", valueName: "date"),
            transform: ArgumentValues.date)
    var asOf: LocalDate?

    /// The right tier.
    @Option(name: .long, help: "The tier it should have had: 一般, 代表人士, 重点代表人士, 后备.")
    var tier: Tier?

    /// The right start date.
    @Option(name: .long, help: ArgumentHelp("The date it really started (YYYY-MM-DD).", valueName: "date"),
            transform: ArgumentValues.date)
    var since: LocalDate?

    /// The member never held this membership.
    @Flag(name: .long, help: "The member never held this membership: withdraw it from every date.")
    var remove = false

    func validate() throws {
        if remove, tier != nil || since != nil {
            throw ArgumentParser.ValidationError("--remove takes neither --tier nor --since")
        }
        if !remove, tier == nil, since == nil {
            throw ArgumentParser.ValidationError("give --tier, --since or --remove")
        }
    }

    func run() throws {
        let register = try database.openExisting()
        let (id, category, asOf, tier, since, remove) = (member.id, category, asOf, tier, since, remove)
        let changed = try register.write(by: attribution.attribution) { tx in
            if remove {
                try tx.removeMembership(id, category: category, asOf: asOf)
                return true
            }
            return try tx.correctMembership(id, category: category, tier: tier, since: since, asOf: asOf)
        }
        try WriteSummary.print(id, changed: changed, in: register)
    }
}
