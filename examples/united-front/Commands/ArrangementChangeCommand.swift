import ArgumentParser
import UnitedFront

/// `united-front arrangement change ARRANGEMENT-ID …`: a 政治安排 changed on a date (a new 届次 or role).
struct ArrangementChangeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "change",
        abstract: "Record that a 政治安排 changed from --effective (re-elected for a new 届次, made 常委).",
        discussion: "Example: united-front arrangement change 1 --term 第十五届 --role 副主席 --effective 2027-01-12"
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var arrangement: ArrangementArgument
    @OptionGroup var fields: ArrangementFieldOptions

    func validate() throws {
        guard !fields.isEmpty else { throw ArgumentParser.ValidationError("Give at least one value to change, e.g. --term 第十五届") }
    }

    func run() throws {
        let register = try database.openExisting()
        let (date, fields) = (effective.date(register), fields)
        try RecordListing.write(arrangement.id, on: date, in: register, output: output) {
            try register.write(by: attribution.attribution) { tx in
                try tx.change(arrangement.id, effective: date) { record in fields.apply(to: &record) }
            }
        }
    }
}
