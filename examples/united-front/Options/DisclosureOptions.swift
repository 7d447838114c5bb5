import ArgumentParser
import Foundation
import UnitedFront

/// `--unmasked --reason WHY`: show document numbers, mobiles and addresses in full.
///
/// Output is masked by default (`150102********1234`, `138****8000`). Unmasked output needs a reason
/// and is recorded in the export log, like every list printed as CSV or JSON.
struct DisclosureOptions: ParsableArguments {
    /// Show personal identifiers in full.
    @Flag(name: .long, help: "Show document numbers, mobiles and addresses in full (needs --reason; logged).")
    var unmasked = false

    /// Why the full identifiers are needed.
    @Option(name: .long, help: "Why the identifiers are needed in full (recorded in the export log).")
    var reason: String?

    /// The masking policy to print with.
    var masking: MaskingPolicy { unmasked ? .unmasked : .standard }

    func validate() throws {
        if unmasked, (reason ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            throw PrivacyError.unmaskedWithoutReason(.unmasked)
        }
    }

    /// Records the output in the export log when it was unmasked or machine-readable (CSV, JSON).
    func record(_ register: Register, what: String, format: OutputFormat, asOf: LocalDate, rows: Int,
                category: String? = nil, tiers: Set<String> = []) throws {
        guard unmasked || format != .table else { return }
        let actor = ProcessInfo.processInfo.environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? "cli"
        try register.recordExport(
            ExportRequest(actor: actor, format: "\(what)-\(format.rawValue)", asOf: asOf, category: category, tiers: tiers,
                          masking: masking, reason: reason),
            rowCount: rows)
    }
}
