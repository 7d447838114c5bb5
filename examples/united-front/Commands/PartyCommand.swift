import ArgumentParser
import UnitedFront

/// `united-front party join|post|file|leave|list`: democratic-party memberships (民主党派).
struct PartyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "party",
        abstract: "Record that a member joined a democratic party, took a party post, was filed (备案) or left; list them.",
        discussion: """
            Parties take a name, short name or GB/T 4762 code: 民盟, 中国民主同盟 or 05 (one of the eight, \
            04–11). Joining sets the member's 政治面貌 to the party and ends a 无党派人士 standing; leaving \
            returns it to 群众. Ways of leaving: 退出, 除名, 开除, 去世.
            """,
        subcommands: [PartyJoinCommand.self, PartyPostCommand.self, PartyFileCommand.self, PartyLeaveCommand.self,
                      PartyListCommand.self]
    )
}

/// `MEMBERSHIP-ID`: the party membership a command is about.
struct PartyMembershipArgument: ParsableArguments {
    /// The membership's id.
    @Argument(help: "The membership's id (see `party list`).", transform: ArgumentValues.recordID("party_membership"))
    var id: PartyMembershipID
}
