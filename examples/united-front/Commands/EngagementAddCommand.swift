import ArgumentParser
import UnitedFront

/// `united-front engagement add --kind 走访 --title … --organiser UNIT`: records an engagement on its day.
struct EngagementAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Record an engagement that happened on --effective (default today); prints its id.",
        discussion: """
            Example: united-front engagement add --kind 培训 --title 2022年党外代表人士培训班 --organiser 1 --sessions 2 \
            --effective 2022-06-10
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var fields: EngagementFieldOptions

    func validate() throws {
        guard fields.kind != nil else { throw ArgumentParser.ValidationError("Missing expected argument '--kind <kind>'") }
        guard fields.title != nil else { throw ArgumentParser.ValidationError("Missing expected argument '--title <title>'") }
        guard fields.organiser != nil else { throw ArgumentParser.ValidationError("Missing expected argument '--organiser <organiser>'") }
    }

    func run() throws {
        var record = EngagementRecord(kind: .visit, title: "", organiser: OrgUnitID(rawValue: 0))
        fields.apply(to: &record)
        try RecordListing.add(record, for: NoHolder(), effective: effective, attribution: attribution, output: output,
                              register: try database.openExisting())
    }
}
