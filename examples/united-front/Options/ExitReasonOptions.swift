import ArgumentParser
import UnitedFront

/// `--exit-reason CODE`: why a member leaves a category or is archived (code list `exit_reason`: 调离,
/// 退休, 去世, 加入中共, 不再符合条件 …). Without it, a `--reason` text that names an entry of the list
/// (`--reason 退休`) gives the code too.
struct ExitReasonOptions: ParsableArguments {
    /// The reason code, name or alias.
    @Option(name: .long, help: ArgumentHelp(
        "Why (调离, 退休, 去世, 加入中共, 加入民主党派, 不再符合条件, 撤销认定, 迁出 …); default: --reason when it names one.",
        valueName: "reason"))
    var exitReason: ExitReason?

    /// The reason to record: `--exit-reason`, or the `--reason` text when the list has an entry of that name.
    func reason(_ register: Register, text: String?) -> ExitReason? {
        if let exitReason { return exitReason }
        guard let text, let code = register.codes[.exitReason]?.lookup(text) else { return nil }
        return ExitReason(rawValue: code.code)
    }
}
