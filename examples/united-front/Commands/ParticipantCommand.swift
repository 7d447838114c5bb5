import ArgumentParser
import UnitedFront

/// `united-front participant add|list`: who took part in an engagement.
struct ParticipantCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "participant",
        abstract: "Record who took part in an engagement (a member, an enterprise or a household), or list them.",
        discussion: """
            A participant is dated its engagement's date and names exactly one member, enterprise or household, \
            with a role (走访对象, 学员, 主讲 …) and, for a 培训, the session attended (1 … its sessions): one \
            participant is one person at one session. Nobody takes part twice in one session.
            """,
        subcommands: [ParticipantAddCommand.self, ParticipantListCommand.self]
    )
}
