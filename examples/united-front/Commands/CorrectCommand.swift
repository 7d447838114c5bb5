import ArgumentParser
import UnitedFront

/// `united-front correct ID --field value …`: records that the register was wrong.
struct CorrectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "correct",
        abstract: "Correct a member's record: the register was wrong (not a change in reality).",
        discussion: """
            Each given field is corrected over the whole stretch it held the wrong value: by default the \
            latest value, or the value in force on --as-of. Corrections appear in `history` but never in \
            `changes`. An empty value (--notes "") clears a field.
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var fields: MemberFieldOptions
    @OptionGroup var attribution: AttributionOptions

    /// Correct the value in force on this date rather than the latest one.
    @Option(name: .long, help: ArgumentHelp("Correct the value in force on this date (default: the latest value).",
                                            valueName: "date"),
            transform: ArgumentValues.date)
    var asOf: LocalDate?

    @OptionGroup var member: MemberArgument

    func validate() throws {
        guard !fields.given.isEmpty else {
            throw ArgumentParser.ValidationError("Give at least one field to correct, e.g. --education 硕士研究生毕业")
        }
    }

    func run() throws {
        let id = member.id
        let register = try database.openExisting()
        let fields = self.fields
        let changed = try register.correct(id, asOf: asOf, by: attribution.attribution) { record in
            fields.apply(to: &record)
        }
        try WriteSummary.print(id, changed: changed, in: register)
    }
}
