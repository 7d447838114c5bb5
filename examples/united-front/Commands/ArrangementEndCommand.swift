import ArgumentParser
import UnitedFront

/// `united-front arrangement end ARRANGEMENT-ID`: a 政治安排 ends (the term ends, or the member leaves it).
struct ArrangementEndCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "end",
        abstract: "Record that a 政治安排 ended from --effective: the day before is its last day."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var arrangement: ArrangementArgument

    func run() throws {
        let register = try database.openExisting()
        let date = effective.date(register)
        try RecordListing.write(arrangement.id, on: date, in: register, output: output) {
            try register.end(arrangement.id, effective: date, by: attribution.attribution)
            return true
        }
    }
}
