import ArgumentParser
import UnitedFront

/// `--unmasked --reason WHY`: show document numbers, mobiles and addresses in full.
///
/// Output is masked by default (`150102********1234`, `138****8000`). Unmasked output needs a reason
/// and is recorded in the export log, like every list printed as CSV or JSON. Whether a reason is
/// given is the register's rule: ``record(_:what:format:asOf:rows:category:tiers:)`` asks the
/// register to log the output, which it refuses without one, so commands record before they print.
struct DisclosureOptions: ParsableArguments {
    /// Show personal identifiers in full.
    @Flag(name: .long, help: "Show document numbers, mobiles and addresses in full (needs --reason; logged).")
    var unmasked = false

    /// Why the full identifiers are needed.
    @Option(name: .long, help: "Why the identifiers are needed in full (recorded in the export log).")
    var reason: String?

    /// The masking policy to print with.
    var masking: MaskingPolicy { unmasked ? .unmasked : .standard }

    /// Records output about to be printed in the export log when it is unmasked or machine-readable
    /// (CSV, JSON), in the name of ``ActorOptions/defaultActor``.
    /// - Throws: ``PrivacyError/unmaskedWithoutReason(_:)`` for unmasked output without a reason: print
    ///   nothing then.
    func record(_ register: Register, what: String, format: OutputFormat, asOf: LocalDate, rows: Int,
                category: UnitedFront.Category? = nil, tiers: Set<Tier> = []) throws {
        guard unmasked || format != .table else { return }
        try register.recordExport(
            ExportRequest(actor: ActorOptions.defaultActor, format: "\(what)-\(format.rawValue)", asOf: asOf,
                          category: category, tiers: tiers, masking: masking, reason: reason),
            rowCount: rows)
    }
}
