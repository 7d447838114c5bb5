import ArgumentParser
import UnitedFront

/// `united-front cultivation end CULTIVATION-ID [--result …]`: a cultivation ends.
struct CultivationEndCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "end",
        abstract: "Record that a cultivation ended from --effective, with its result.",
        discussion: "Example: united-front cultivation end 1 --result 优秀 --effective 2024-03-01"
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions

    /// The cultivation's id.
    @Argument(help: "The cultivation's id (see `cultivation list`).", transform: ArgumentValues.recordID("cultivation"))
    var id: CultivationID

    /// The result.
    @Option(help: "The result: a 考察 conclusion, a course's grade.") var result: String?

    func run() throws {
        let register = try database.openExisting()
        let (date, result) = (effective.date(register), result)
        try RecordListing.write(id, on: date, in: register, output: output) {
            try register.end(id, effective: date, by: attribution.attribution) { record in
                if let result { record.result = result }
            }
            return true
        }
    }
}
