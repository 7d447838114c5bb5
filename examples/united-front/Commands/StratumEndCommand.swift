import ArgumentParser
import UnitedFront

/// `united-front stratum end STRATUM-ID`: a member no longer belongs to the group.
struct StratumEndCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "end",
        abstract: "Record that a member no longer belongs to a 新的社会阶层 group from --effective.",
        discussion: "Example: united-front stratum end 1 --effective 2024-01-01"
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var record: StratumArgument

    func run() throws {
        try RecordListing.end(record.id, effective: effective, attribution: attribution, output: output,
                              register: try database.openExisting())
    }
}
