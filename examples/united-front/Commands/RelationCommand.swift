import ArgumentParser
import UnitedFront

/// `united-front relation add|end|list`: relations between members (亲属及社会关系).
struct RelationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relation",
        abstract: "Record a relation between two members (配偶, 父亲, 介绍人 …), end it, or list a member's from both ends.",
        discussion: """
            The relation says what the other member (--relative) is to the member it is recorded for: \
            `relation add 4 --relative 3 --relation 父亲` says member 3 is member 4's father. Relations take a \
            GB/T 4761 name or code (配偶, 10).
            """,
        subcommands: [RelationAddCommand.self, RelationEndCommand.self, RelationListCommand.self]
    )
}

/// `RELATION-ID`: the relation a command is about.
struct RelationArgument: ParsableArguments {
    /// The relation's id.
    @Argument(help: "The relation's id (see `relation list`).", transform: ArgumentValues.recordID("relation"))
    var id: RelationID
}
