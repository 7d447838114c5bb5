import ArgumentParser
import UnitedFront

/// `united-front engagement change ENGAGEMENT-ID …`: an engagement's record changed from a date.
struct EngagementChangeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "change",
        abstract: "Record that an engagement's values changed from --effective (default today); earlier values stay in its history.",
        discussion: """
            A wrong value entered on the engagement's own date is changed with --effective that date. \
            Example: united-front engagement change 1 --notes "企业反映融资难" --effective 2022-03-01
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var engagement: EngagementArgument
    @OptionGroup var fields: EngagementFieldOptions

    func validate() throws {
        guard !fields.isEmpty else { throw ArgumentParser.ValidationError("Give at least one value to change, e.g. --notes …") }
    }

    func run() throws {
        let fields = fields
        try RecordListing.change(engagement.id, effective: effective, attribution: attribution, output: output,
                                 register: try database.openExisting()) { fields.apply(to: &$0) }
    }
}
