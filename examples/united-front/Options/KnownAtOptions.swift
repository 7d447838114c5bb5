import ArgumentParser
import UnitedFront

/// `--known-at INSTANT`: read as the register knew it at an instant, for commands that read a period or
/// a year rather than one date (``ReadDateOptions`` pairs it with `--as-of`).
struct KnownAtOptions: ParsableArguments {
    /// Read as the register knew it at this instant: later records are ignored; nil for what it knows now.
    @Option(name: .long, help: ArgumentHelp(
        "Read as the register knew it at this instant (ISO 8601, or a date meaning the end of that day).",
        valueName: "instant"),
            transform: ArgumentValues.instant)
    var knownAt: Timestamp?
}
