public import Foundation
import UnitedFront

/// Kill cycles on one register file: start the writer with a fresh seed, kill it with `SIGKILL` after a
/// random delay, reopen the file and verify it against the ``CrashLedger``, and go on with the next
/// seed on the same (crash-recovered) file.
///
/// Every other cycle verifies a copy of the files exactly as the kill left them (database, `-wal`,
/// `-shm`), so that the next writer opens the file with its WAL not yet recovered and replays it
/// itself; the other cycles open the file in place, which recovers and checkpoints it before the writer
/// goes on. The first cycle of a new file may kill the writer while it creates the file (migrations).
public struct CrashRun: Sendable {
    /// The figures of a run.
    public struct Report: Sendable, CustomStringConvertible {
        /// Kill cycles done.
        public var kills = 0
        /// Kills that came before the writer had opened the register.
        public var killsWhileOpening = 0
        /// Acknowledged writes found with their effect.
        public var acknowledged = 0
        /// Writes killed after they committed but before `ok`, found whole.
        public var committedInFlight = 0
        /// Writes killed before they committed, found with nothing visible.
        public var lostInFlight = 0
        /// Refused writes and writes without effect, found with nothing visible.
        public var refusedOrNoop = 0
        /// Changesets in the file at the end.
        public var changesets = 0
        /// Sheet imports killed after their commit and found whole (part of ``committedInFlight``).
        public var importsCommittedInFlight = 0
        /// Sheet imports killed before their commit with none of their members visible (part of ``lostInFlight``).
        public var importsLostInFlight = 0
        /// Imports committed just before the kill whose rejects file was neither logged nor written yet (the
        /// bad rows wait in memory until the entry is committed): nothing unmasked is left on disk.
        public var rejectsUnloggedAfterCommit = 0
        /// Rejects files of imports killed before their commit found on disk: each is also a failure.
        public var rejectsLeftByUncommittedImports = 0
        /// Every failure, prefixed with the file and cycle.
        public var failures: [String] = []

        /// No kills yet.
        public init() {}

        /// Adds another run's figures.
        public mutating func add(_ other: Report) {
            kills += other.kills
            killsWhileOpening += other.killsWhileOpening
            acknowledged += other.acknowledged
            committedInFlight += other.committedInFlight
            lostInFlight += other.lostInFlight
            refusedOrNoop += other.refusedOrNoop
            changesets += other.changesets
            importsCommittedInFlight += other.importsCommittedInFlight
            importsLostInFlight += other.importsLostInFlight
            rejectsUnloggedAfterCommit += other.rejectsUnloggedAfterCommit
            rejectsLeftByUncommittedImports += other.rejectsLeftByUncommittedImports
            failures += other.failures
        }

        /// One line of figures.
        public var description: String {
            "\(kills) kills (\(killsWhileOpening) while opening), \(acknowledged) acknowledged commits verified, "
                + "\(committedInFlight) in-flight commits found whole (\(importsCommittedInFlight) imports), "
                + "\(lostInFlight) in-flight writes found absent (\(importsLostInFlight) imports), "
                + "\(refusedOrNoop) refused or no-op writes found absent, \(changesets) changesets, "
                + "rejects files not yet written at the kill: \(rejectsUnloggedAfterCommit), on disk unlogged: \(rejectsLeftByUncommittedImports); "
                + "\(failures.count) failures"
        }
    }

    /// The `uf-crash-writer` binary.
    public let binary: URL
    /// The register file (created by the first writer).
    public let path: String
    /// Seeds of the run: each cycle's writer seed and delay come from it.
    public let seed: UInt64
    /// The delay before each kill, in milliseconds.
    public var delays: ClosedRange<Int> = 5...80
    /// Whether the first cycle kills the writer while it creates the file.
    public var killWhileCreating = true

    /// A run on `path`.
    public init(binary: URL, path: String, seed: UInt64) {
        self.binary = binary
        self.path = path
        self.seed = seed
    }

    /// Runs `cycles` kill cycles (or fewer when `shouldStop` says so before one), verifying after each;
    /// stops at the first cycle with failures. `progress` gets the figures after each cycle.
    public func run(cycles: Int, shouldStop: () -> Bool = { false }, progress: (Report) -> Void = { _ in }) throws -> Report {
        var random = CrashRandom(seed: seed)
        var ledger = CrashLedger()
        var report = Report()
        for cycle in 0..<cycles where !shouldStop() {
            let childSeed = seed &* 1000 &+ UInt64(cycle) &+ 1
            let delay = Int.random(in: delays, using: &random)
            let whileCreating = cycle == 0 && killWhileCreating
            let outcome = try CrashChild(binary: binary, path: path, seed: childSeed)
                .run(killAfter: whileCreating ? delay * 4 : delay, afterReady: !whileCreating)
            report.kills += 1
            if !outcome.wasReady { report.killsWhileOpening += 1 }
            var failures: [String] = []
            if !outcome.killed { failures.append("the writer was not killed: it ended by itself. stderr: \(outcome.stderr.suffix(500))") }
            if !outcome.strayLines.isEmpty { failures.append("the writer printed lines that do not parse: \(outcome.strayLines.prefix(3))") }
            if !whileCreating && !outcome.wasReady { failures.append("the writer never printed ready. stderr: \(outcome.stderr.suffix(500))") }
            failures += try verify(cycle: cycle, lines: outcome.lines, ledger: &ledger, final: cycle == cycles - 1)
            report.acknowledged = ledger.acknowledged
            report.committedInFlight = ledger.committedInFlight
            report.lostInFlight = ledger.lostInFlight
            report.refusedOrNoop = ledger.refusedOrNoop
            report.changesets = ledger.commits.count
            report.importsCommittedInFlight = ledger.importsCommittedInFlight
            report.importsLostInFlight = ledger.importsLostInFlight
            report.rejectsUnloggedAfterCommit = ledger.rejectsUnloggedAfterCommit
            report.rejectsLeftByUncommittedImports = ledger.rejectsLeftByUncommittedImports
            report.failures += failures.map { "\((path as NSString).lastPathComponent) cycle \(cycle) (writer seed \(childSeed)): \($0)" }
            progress(report)
            if !failures.isEmpty { break }
        }
        if report.failures.isEmpty {
            let register = try Register(path: path, clock: Self.clock)
            report.failures += try ledger.verifyAllDigests(register).map { "\((path as NSString).lastPathComponent) at the end: \($0)" }
        }
        return report
    }

    /// The clock of the harness's own opens: it never writes, so it needs no real time.
    static let clock: @Sendable () -> Timestamp = { Timestamp(millisecondsSince1970: 1_735_689_600_000) }

    /// Opens the file (or a copy as the kill left it) and verifies it.
    private func verify(cycle: Int, lines: [CrashLine], ledger: inout CrashLedger, final: Bool) throws -> [String] {
        var target = path
        if cycle % 2 == 0 && !final {
            target = path + ".verify"
            for suffix in ["", "-wal", "-shm"] {
                try? FileManager.default.removeItem(atPath: target + suffix)
                if FileManager.default.fileExists(atPath: path + suffix) {
                    try FileManager.default.copyItem(atPath: path + suffix, toPath: target + suffix)
                }
            }
        }
        defer {
            if target != path { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: target + suffix) } }
        }
        let register = try Register(path: target, clock: Self.clock)
        return try ledger.verify(register, lines: lines, scratchDirectory: path + ".scratch")
    }
}
