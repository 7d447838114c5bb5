import ArgumentParser
import UnitedFront

/// `--as-of DATE` and `--known-at INSTANT`: which day a read looks at, and as the register knew it when.
struct ReadDateOptions: ParsableArguments {
    /// The effective date to read; nil means today (or, for `show`, the latest record).
    @Option(name: .long, help: ArgumentHelp("Read the register as of this date (YYYY-MM-DD; default today).",
                                            valueName: "date"),
            transform: ArgumentValues.date)
    var asOf: LocalDate?

    /// `--known-at`.
    @OptionGroup var knowledge: KnownAtOptions

    /// Read as the register knew it at this instant: later records are ignored.
    var knownAt: Timestamp? { knowledge.knownAt }

    /// The date to read: `--as-of`, or the register's today.
    func date(_ register: Register) -> LocalDate { asOf ?? register.today }
}
