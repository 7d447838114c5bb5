import ArgumentParser
import UnitedFront

/// `united-front stratum add|change|end|list`: 新的社会阶层人士 groups.
struct StratumCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stratum",
        abstract: "Record which 新的社会阶层 group a member belongs to, change or end it, or list them.",
        discussion: """
            Groups take a name or code: 民营企业和外商投资企业管理技术人员 (1), 中介组织和社会组织从业人员 (2), 自由职业人员 \
            (3), 新媒体从业人员 (4); --subtype is the local sub-type (网络人士, 律师, 会计师 …).
            """,
        subcommands: [StratumAddCommand.self, StratumChangeCommand.self, StratumEndCommand.self, StratumListCommand.self]
    )
}

/// `STRATUM-ID`: the 新的社会阶层 record a command is about.
struct StratumArgument: ParsableArguments {
    /// The record's id.
    @Argument(help: "The record's id (see `stratum list`).", transform: ArgumentValues.recordID("new_stratum"))
    var id: NewStratumID
}

/// The values of a 新的社会阶层 record.
struct StratumFieldOptions: ParsableArguments {
    /// The group.
    @Option(help: "The group: 1–4 or its name (新媒体从业人员 …).") var group: NewStratumGroup?
    /// The local sub-type.
    @Option(help: "The local sub-type (网络人士, 律师 …; an empty value clears it).") var subtype: String?

    /// Writes the given values into `record`; an empty sub-type clears it.
    func apply(to record: inout NewStratumRecord) {
        if let group { record.group = group }
        if let subtype { record.subtype = subtype.isEmpty ? nil : subtype }
    }
}
