import ArgumentParser
import UnitedFront

/// `united-front enterprise change ENTERPRISE-ID …`: an enterprise changed on a date (renamed, grew).
struct EnterpriseChangeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "change",
        abstract: "Record that an enterprise changed from --effective (a new name, scale or address); earlier values stay in its history.",
        discussion: "Example: united-front enterprise change 1 --name 锡林草原乳业集团有限公司 --scale 大型 --effective 2020-01-01"
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var enterprise: EnterpriseArgument
    @OptionGroup var fields: EnterpriseFieldOptions

    func validate() throws {
        guard !fields.isEmpty else { throw ArgumentParser.ValidationError("Give at least one value to change, e.g. --scale 大型") }
    }

    func run() throws {
        let fields = fields
        try RecordListing.change(enterprise.id, effective: effective, attribution: attribution, output: output,
                                 register: try database.openExisting()) { fields.apply(to: &$0) }
    }
}
