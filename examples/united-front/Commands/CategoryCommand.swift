import ArgumentParser

/// `united-front category enter|leave|tier`: a member's united-front category memberships.
struct CategoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "category",
        abstract: "Enter or leave a united-front category, change the tier in it, or correct a membership.",
        discussion: """
            Categories and tiers take a code, a Chinese name or an alias: 无党派人士 or NON_PARTISAN; \
            代表人士 or REPRESENTATIVE.
            """,
        subcommands: [CategoryEnterCommand.self, CategoryLeaveCommand.self, CategoryTierCommand.self, CategoryCorrectCommand.self]
    )
}
