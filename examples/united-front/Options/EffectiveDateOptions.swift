import ArgumentParser
import UnitedFront

/// `--effective DATE`: the day a change took effect in reality; default today.
struct EffectiveDateOptions: ParsableArguments {
    /// The effective date given, if any.
    @Option(name: .long, help: ArgumentHelp("The day it took effect (YYYY-MM-DD; default today).", valueName: "date"),
            transform: ArgumentValues.date)
    var effective: LocalDate?

    /// `--effective`, or the register's today (its clock's date in China Standard Time).
    func date(_ register: Register) -> LocalDate { effective ?? register.today }
}
