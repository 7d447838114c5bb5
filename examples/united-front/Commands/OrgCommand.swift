import ArgumentParser
import UnitedFront

/// `united-front org tree|add|change|dissolve`: the tree of org units that own members.
struct OrgCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "org",
        abstract: "Show the tree of org units, add one, change (rename, move, re-region) or dissolve one.",
        discussion: """
            Kinds take a code, a Chinese name or an alias: 统战部, 街道, 乡镇 (苏木), 社区, 村 (嘎查), 网格, 部门, 单位. \
            Every change is dated (--effective) and kept: read the tree as of any date.
            """,
        subcommands: [OrgTreeCommand.self, OrgAddCommand.self, OrgChangeCommand.self, OrgDissolveCommand.self]
    )
}

/// `ID`: the org unit a command is about, by the id `org tree` prints.
struct OrgUnitArgument: ParsableArguments {
    /// The unit's id.
    @Argument(help: "The org unit's id (see `org tree`).", transform: ArgumentValues.orgUnitID)
    var id: OrgUnitID
}
