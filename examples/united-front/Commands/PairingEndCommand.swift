import ArgumentParser
import UnitedFront

/// `united-front pairing end PAIRING-ID`: a pairing ends.
struct PairingEndCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "end",
        abstract: "Record that a pairing ended from --effective: the day before is its last day.",
        discussion: "Example: united-front pairing end 1 --reason 项目完成 --effective 2024-06-01"
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var pairing: PairingArgument

    func run() throws {
        try RecordListing.end(pairing.id, effective: effective, attribution: attribution, output: output,
                              register: try database.openExisting())
    }
}
