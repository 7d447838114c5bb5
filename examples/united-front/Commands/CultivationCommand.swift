import ArgumentParser
import UnitedFront

/// `united-front cultivation add|end|list`: training, 挂职, 实践锻炼 and 考察 of a member.
struct CultivationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cultivation",
        abstract: "Record a cultivation (培训, 挂职, 实践锻炼, 考察), usually for a reserve-pool entry; end it; list a member's.",
        subcommands: [CultivationAddCommand.self, CultivationEndCommand.self, CultivationListCommand.self]
    )
}
