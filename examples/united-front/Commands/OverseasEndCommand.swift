import ArgumentParser
import UnitedFront

/// `united-front overseas end OVERSEAS-ID`: a 侨情 record no longer holds.
struct OverseasEndCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "end",
        abstract: "Record that a 侨情 record no longer holds from --effective: the day before is its last day.",
        discussion: "Example: united-front overseas end 1 --reason 核实有误 --effective 2024-05-01"
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var record: OverseasArgument

    func run() throws {
        try RecordListing.end(record.id, effective: effective, attribution: attribution, output: output,
                              register: try database.openExisting())
    }
}
