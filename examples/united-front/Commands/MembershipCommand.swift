import ArgumentParser
import UnitedFront

/// `united-front membership add|end|list`: enterprises' memberships of organisations (会员企业).
struct MembershipCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "membership",
        abstract: "Record that an enterprise belongs to an organisation (会员企业, 副会长单位 …), end it, or list an enterprise's.",
        discussion: "An organisation's enterprises, from its end: `organisation enterprises ORGANISATION-ID`.",
        subcommands: [MembershipAddCommand.self, MembershipEndCommand.self, MembershipListCommand.self]
    )
}

/// `MEMBERSHIP-ID`: the enterprise membership a command is about.
struct EnterpriseMembershipArgument: ParsableArguments {
    /// The membership's id.
    @Argument(help: "The membership's id (see `membership list`).", transform: ArgumentValues.recordID("enterprise_membership"))
    var id: EnterpriseMembershipID
}
