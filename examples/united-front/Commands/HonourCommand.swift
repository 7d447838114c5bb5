import ArgumentParser
import UnitedFront

/// `united-front honour add|list`: a member's honours (表彰).
struct HonourCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "honour",
        abstract: "Record an honour (表彰) a member received, or list a member's honours.",
        discussion: "Levels take a name or code: 国家级, 省级, 市级, 县级.",
        subcommands: [HonourAddCommand.self, HonourListCommand.self]
    )
}
