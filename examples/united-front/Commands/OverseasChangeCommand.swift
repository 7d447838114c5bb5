import ArgumentParser
import UnitedFront

/// `united-front overseas change OVERSEAS-ID …`: 侨情 changed on a date (a 华侨 came home: 归侨).
struct OverseasChangeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "change",
        abstract: "Record that a member's 侨情 changed from --effective (a 华侨 who came home is 归侨 from that day).",
        discussion: "Example: united-front overseas change 1 --type 归侨 --country 中国 --effective 2024-05-01"
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var record: OverseasArgument
    @OptionGroup var fields: OverseasFieldOptions

    func validate() throws {
        guard !fields.isEmpty else { throw ArgumentParser.ValidationError("Give at least one value to change, e.g. --type 归侨") }
    }

    func run() throws {
        let fields = fields
        try RecordListing.change(record.id, effective: effective, attribution: attribution, output: output,
                                 register: try database.openExisting()) { fields.apply(to: &$0) }
    }
}
