import ArgumentParser
import UnitedFront

/// `united-front stratum change STRATUM-ID …`: the group or sub-type changed on a date.
struct StratumChangeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "change",
        abstract: "Record that a member's 新的社会阶层 group or sub-type changed from --effective.",
        discussion: "Example: united-front stratum change 1 --subtype 律师 --effective 2023-01-01"
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var record: StratumArgument
    @OptionGroup var fields: StratumFieldOptions

    func validate() throws {
        guard fields.group != nil || fields.subtype != nil else {
            throw ArgumentParser.ValidationError("Give at least one value to change: --group or --subtype")
        }
    }

    func run() throws {
        let fields = fields
        try RecordListing.change(record.id, effective: effective, attribution: attribution, output: output,
                                 register: try database.openExisting()) { fields.apply(to: &$0) }
    }
}
