import ArgumentParser
import UnitedFront

/// `united-front seat end SEAT-ID`: a member leaves a seat.
struct SeatEndCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "end",
        abstract: "Record that a member's seat in an organisation ended from --effective: the day before is its last day.",
        discussion: "Example: united-front seat end 1 --effective 2026-11-20"
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var seat: SeatArgument

    func run() throws {
        try RecordListing.end(seat.id, effective: effective, attribution: attribution, output: output,
                              register: try database.openExisting())
    }
}
