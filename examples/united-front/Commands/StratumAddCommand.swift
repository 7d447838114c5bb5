import ArgumentParser
import UnitedFront

/// `united-front stratum add ID --group …`: a member belongs to a 新的社会阶层 group from a date.
struct StratumAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Record that a member belongs to a 新的社会阶层 group from --effective; prints the record's id.",
        discussion: "Example: united-front stratum add 3 --group 新媒体从业人员 --subtype 网络人士 --effective 2021-01-01"
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var member: MemberArgument
    @OptionGroup var fields: StratumFieldOptions

    func validate() throws {
        guard fields.group != nil else { throw ArgumentParser.ValidationError("Missing expected argument '--group <group>'") }
    }

    func run() throws {
        var record = NewStratumRecord(group: fields.group ?? "")
        fields.apply(to: &record)
        try RecordListing.add(record, for: member.id, effective: effective, attribution: attribution, output: output,
                              register: try database.openExisting())
    }
}
