import ArgumentParser

/// `united-front`: the example command-line tool over the UnitedFront library.
@main
struct UnitedFrontCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "united-front",
        abstract: "统一战线基础信息库: a united-front member register with full history.",
        subcommands: [DemoCommand.self]
    )
}
