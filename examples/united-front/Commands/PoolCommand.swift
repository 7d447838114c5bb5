import ArgumentParser
import UnitedFront

/// `united-front pool enter|leave|list`: the reserve pool (后备干部库).
struct PoolCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pool",
        abstract: "Enter a member into the reserve pool (后备干部库), record that they left it, or list it.",
        discussion: """
            An entry is for a target 职务层次 (--target-rank 正科, 乡科级正职 or 141). --reason is both the \
            changeset's reason and the entry's 入库理由 (enter) or 出库原因 (leave). Training, 挂职 and 考察 \
            for an entry are `cultivation` records that name it.
            """,
        subcommands: [PoolEnterCommand.self, PoolLeaveCommand.self, PoolListCommand.self]
    )
}

/// `ENTRY-ID`: the reserve-pool entry a command is about.
struct PoolEntryArgument: ParsableArguments {
    /// The entry's id.
    @Argument(help: "The pool entry's id (see `pool list`).", transform: ArgumentValues.recordID("pool_entry"))
    var id: PoolEntryID
}
