import ArgumentParser
import UnitedFront

/// `united-front role add|end|list`: members' roles in enterprises (出资人, 法定代表人 …).
struct RoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "role",
        abstract: "Record a member's role in an enterprise (出资人, 法定代表人, 董事长 …), end it, or list a member's roles.",
        discussion: "An enterprise's people, from its end: `enterprise people ENTERPRISE-ID`.",
        subcommands: [RoleAddCommand.self, RoleEndCommand.self, RoleListCommand.self]
    )
}

/// `ROLE-ID`: the role a command is about.
struct RoleArgument: ParsableArguments {
    /// The role's id.
    @Argument(help: "The role's id (see `role list`).", transform: ArgumentValues.recordID("enterprise_role"))
    var id: EnterpriseRoleID
}
