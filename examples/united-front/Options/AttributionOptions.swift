import ArgumentParser
import UnitedFront

/// `--actor`, `--reason`, `--recorded-at`: who makes a write, why, and (for records learned earlier)
/// when the register learned it.
struct AttributionOptions: ParsableArguments {
    /// Who makes the write; defaults to `$USER`, or `cli` when that is unset.
    @OptionGroup var actor: ActorOptions

    /// Why: a document number, an approval, 年度摸底.
    @Option(name: .long, help: "Why: a document number, an approval (e.g. 年度摸底).")
    var reason: String?

    /// When the register learned it, for entering older paper records in order; default now.
    @Option(name: .long, help: ArgumentHelp(
        "When the register learned it (ISO 8601; default now). Changesets must be entered in this order.",
        valueName: "instant"),
            transform: { try Timestamp(iso8601: $0, field: "recorded_at") })
    var recordedAt: Timestamp?

    /// The attribution for the write.
    var attribution: Attribution {
        Attribution(actor: actor.name, reason: reason, recordedAt: recordedAt)
    }
}
