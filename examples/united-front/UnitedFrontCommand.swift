import ArgumentParser

@main
struct UnitedFrontCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "united-front")
}
