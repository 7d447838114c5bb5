import Foundation
import ArgumentParser
import UnitedFront

/// `united-front pool leave ENTRY-ID --reason …`: a member leaves the reserve pool (出库).
struct PoolLeaveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leave",
        abstract: "Record that a member left the reserve pool from --effective (出库), with --reason as 出库原因.",
        discussion: "Example: united-front pool leave 1 --reason 已提拔使用 --effective 2024-09-01"
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var entry: PoolEntryArgument

    func validate() throws {
        guard let reason = attribution.reason, !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ArgumentParser.ValidationError("Missing expected argument '--reason <reason>' (出库原因: 已提拔使用, 年龄超限 …)")
        }
    }

    func run() throws {
        let register = try database.openExisting()
        let (date, reason) = (effective.date(register), attribution.reason)
        try RecordListing.write(entry.id, on: date, in: register, output: output) {
            try register.end(entry.id, effective: date, by: attribution.attribution) { $0.exitReason = reason }
            return true
        }
    }
}
