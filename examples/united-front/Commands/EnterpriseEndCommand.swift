import ArgumentParser
import UnitedFront

/// `united-front enterprise end ENTERPRISE-ID`: an enterprise is 注销 (or 吊销).
struct EnterpriseEndCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "end",
        abstract: "Record that an enterprise ended (注销, 吊销) from --effective; its pairings, memberships and people's roles end that day.",
        discussion: "Example: united-front enterprise end 1 --reason 注销 --effective 2024-01-01"
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var enterprise: EnterpriseArgument

    func run() throws {
        try RecordListing.end(enterprise.id, effective: effective, attribution: attribution, output: output,
                              register: try database.openExisting())
    }
}
