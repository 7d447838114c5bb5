import ArgumentParser
import UnitedFront

/// `united-front pairing change PAIRING-ID …`: a pairing changed on a date (more paid, a new project).
struct PairingChangeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "change",
        abstract: "Record that a pairing changed from --effective (an amount paid, a new project).",
        discussion: "Example: united-front pairing change 1 --paid 300000 --effective 2022-06-01"
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var pairing: PairingArgument
    @OptionGroup var fields: PairingFieldOptions

    func validate() throws {
        guard !fields.isEmpty else { throw ArgumentParser.ValidationError("Give at least one value to change, e.g. --paid 300000") }
    }

    func run() throws {
        let fields = fields
        try RecordListing.change(pairing.id, effective: effective, attribution: attribution, output: output,
                                 register: try database.openExisting()) { fields.apply(to: &$0) }
    }
}
