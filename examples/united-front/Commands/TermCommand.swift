import ArgumentParser
import UnitedFront

/// `united-front term add|list`: an organisation's 届次.
struct TermCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "term",
        abstract: "Record a term (届次) of an organisation, or list an organisation's terms.",
        subcommands: [TermAddCommand.self, TermListCommand.self]
    )
}
