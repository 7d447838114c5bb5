import ArgumentParser
import UnitedFront

/// `united-front pairing add ENTERPRISE-ID --village …`: an enterprise pairs with a village.
struct PairingAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Record an enterprise's 万企兴万村 pairing with a village from --effective; prints the pairing's id.",
        discussion: """
            Example: united-front pairing add 1 --village 150102001201 --village-name 锡林嘎查 --project 奶牛养殖合作社 \
            --committed 500000 --effective 2021-06-01
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var enterprise: EnterpriseArgument
    @OptionGroup var fields: PairingFieldOptions

    func validate() throws {
        guard fields.village != nil else { throw ArgumentParser.ValidationError("Missing expected argument '--village <village>'") }
    }

    func run() throws {
        var record = PairingRecord(village: "")
        fields.apply(to: &record)
        try RecordListing.add(record, for: enterprise.id, effective: effective, attribution: attribution, output: output,
                              register: try database.openExisting())
    }
}
