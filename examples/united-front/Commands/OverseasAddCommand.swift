import ArgumentParser
import UnitedFront

/// `united-front overseas add ID --type 华侨 …`: a member's 侨情 from a date.
struct OverseasAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Record a member's 侨情 from --effective; prints the record's id.",
        discussion: """
            Example: united-front overseas add 3 --type 华侨 --country 荷兰 --nationality 中国 --residence-right 永久居留权 \
            --resident-since 2009-04-01 --months-present 22 --effective 2015-01-01
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var member: MemberArgument
    @OptionGroup var fields: OverseasFieldOptions

    func validate() throws {
        guard fields.type != nil else { throw ArgumentParser.ValidationError("Missing expected argument '--type <type>'") }
    }

    func run() throws {
        let register = try database.openExisting()
        var record = OverseasRecord(type: fields.type ?? "")
        fields.apply(to: &record)
        try RecordListing.add(record, for: member.id, effective: effective, attribution: attribution, output: output, register: register)
    }
}
