import ArgumentParser
import UnitedFront

/// `united-front household add|join|leave|members|list`: households (户) and who lives in them.
struct HouseholdCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "household",
        abstract: "Register a household (户), record that a member joined or left it, list its members or the households.",
        discussion: """
            A member joins as the 户主 (no --relation) or with their relation to the 户主 (妻, 子, 女 …: a GB/T 4761 \
            name or code).
            """,
        subcommands: [HouseholdAddCommand.self, HouseholdJoinCommand.self, HouseholdLeaveCommand.self,
                      HouseholdMembersCommand.self, HouseholdListCommand.self]
    )
}

/// `HOUSEHOLD-ID`: the household a command is about.
struct HouseholdArgument: ParsableArguments {
    /// The household's id.
    @Argument(help: "The household's id (see `household list`).", transform: ArgumentValues.recordID("household"))
    var id: HouseholdID
}
