import ArgumentParser
import UnitedFront

/// `united-front enterprise add --credit-code … --name …`: registers an enterprise.
struct EnterpriseAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Register an enterprise from --effective; prints its id.",
        discussion: """
            Example: united-front enterprise add --credit-code 91150102MA0N2XY1A8 --name 锡林乳业有限公司 --industry 14 \
            --scale 中型 --founded 2012-05-18 --region 150102 --effective 2012-05-18
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var fields: EnterpriseFieldOptions

    func validate() throws {
        guard fields.creditCode != nil else { throw ArgumentParser.ValidationError("Missing expected argument '--credit-code <credit-code>'") }
        guard fields.name != nil else { throw ArgumentParser.ValidationError("Missing expected argument '--name <name>'") }
    }

    func run() throws {
        var record = EnterpriseRecord(creditCode: "", name: "")
        fields.apply(to: &record)
        try RecordListing.add(record, for: NoHolder(), effective: effective, attribution: attribution, output: output,
                              register: try database.openExisting())
    }
}
