import ArgumentParser
import UnitedFront

/// `united-front seat add|end|list`: members' seats in organisations (会员, 理事, 执委 …).
struct SeatCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seat",
        abstract: "Record a member's seat in an organisation (会员, 理事, 执委, 常委, 副主席 …), end it, or list a member's seats.",
        discussion: "An organisation's seats, from its end: `organisation members ORGANISATION-ID [--role 执委]`.",
        subcommands: [SeatAddCommand.self, SeatEndCommand.self, SeatListCommand.self]
    )
}

/// `SEAT-ID`: the seat a command is about.
struct SeatArgument: ParsableArguments {
    /// The seat's id.
    @Argument(help: "The seat's id (see `seat list`).", transform: ArgumentValues.recordID("organisation_membership"))
    var id: OrganisationMembershipID
}

/// `--organisation ID [--role …] [--term ID]`: where a seat or membership is.
struct SeatOptions: ParsableArguments {
    /// The organisation.
    @Option(help: "The organisation's id (see `organisation list`).", transform: ArgumentValues.recordID("organisation"))
    var organisation: OrganisationID
    /// The term.
    @Option(help: "The id of the organisation's term it belongs to (see `term list`).", transform: ArgumentValues.recordID("term"))
    var term: TermID?
}
