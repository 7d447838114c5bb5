/// What ``RegisterSnapshot/check(quick:progress:)`` found: the checks it ran and every failure.
public struct IntegrityReport: Hashable, Sendable, CustomStringConvertible {
    /// Every failure, in the order the checks ran; empty when the register is sound.
    public let findings: [IntegrityFinding]
    /// How many checks ran (SQLite's, and each invariant on each table it applies to).
    public let checksRun: Int
    /// Whether SQLite's check was `PRAGMA quick_check` (no index contents compared) rather than
    /// `PRAGMA integrity_check`.
    public let quick: Bool

    /// A report.
    public init(findings: [IntegrityFinding], checksRun: Int, quick: Bool) {
        self.findings = findings
        self.checksRun = checksRun
        self.quick = quick
    }

    /// True when every check held.
    public var isSound: Bool { findings.isEmpty }

    /// "142 checks, all hold" or "142 checks, 2 failed: …", one finding a line.
    public var description: String {
        guard !findings.isEmpty else { return "\(checksRun) checks, all hold" }
        return (["\(checksRun) checks, \(findings.count) failed:"] + findings.map { "  \($0)" }).joined(separator: "\n")
    }
}
