import ArgumentParser
import UnitedFront

/// `united-front pairing add|change|end|list`: an enterprise's 万企兴万村 pairings with villages.
struct PairingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pairing",
        abstract: "Record an enterprise's 万企兴万村 pairing with a village, change or end it, or list an enterprise's pairings.",
        discussion: """
            A village is its 12-digit 统计用区划代码 (150102001201), whose first six digits must be a known \
            division; amounts are whole 元. A pairing is held by its enterprise and ends when the enterprise does.
            """,
        subcommands: [PairingAddCommand.self, PairingChangeCommand.self, PairingEndCommand.self, PairingListCommand.self]
    )
}

/// `PAIRING-ID`: the pairing a command is about.
struct PairingArgument: ParsableArguments {
    /// The pairing's id.
    @Argument(help: "The pairing's id (see `pairing list`).", transform: ArgumentValues.recordID("pairing"))
    var id: PairingID
}

/// The values of a pairing: `pairing add` needs --village; `pairing change` takes any.
struct PairingFieldOptions: ParsableArguments {
    /// The village's code.
    @Option(help: "The village's 12-digit 统计用区划代码.") var village: String?
    /// The village's name.
    @Option(help: "The village's name (锡林嘎查; an empty value clears it).") var villageName: String?
    /// 帮扶项目.
    @Option(help: "帮扶项目 (an empty value clears it).") var project: String?
    /// 承诺金额.
    @Option(help: "承诺金额 in 元.", transform: ArgumentValues.amount) var committed: Int64?
    /// 到位金额.
    @Option(help: "到位金额 in 元, as paid so far.", transform: ArgumentValues.amount) var paid: Int64?

    /// Whether any value is given.
    var isEmpty: Bool { village == nil && villageName == nil && project == nil && committed == nil && paid == nil }

    /// Writes the given values into `record`; an empty text clears an optional one.
    func apply(to record: inout PairingRecord) {
        if let village { record.village = village }
        if let villageName { record.villageName = villageName.isEmpty ? nil : villageName }
        if let project { record.project = project.isEmpty ? nil : project }
        if let committed { record.committed = committed }
        if let paid { record.paid = paid }
    }
}
