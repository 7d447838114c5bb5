import CrashHarness
import Foundation
import Testing
import UnitedFrontTestSupport

/// Issue #12, item 1: a child process writes to a register through the public API (sheet imports in
/// both modes, registrations, back-dated changes, corrections, category entries and exits, workflow
/// steps, transfers, archives) and is killed with SIGKILL at random moments; after every kill the file is
/// reopened and checked (see ``CrashLedger``), and the next writer goes on with the same file.
///
/// 4 files × 25 kills, each 5–80 ms after the writer has opened the register (the first of each file
/// while it creates the file). The seeds are fixed, but the moment of each kill is the machine's: a
/// failure names the file, cycle and writer seed, and `scripts/crash-soak.sh` runs thousands more.
@Suite("Crash safety: SIGKILL during writes")
struct CrashSafetyTests {
    @Test("a register killed 25 times while it imports sheets, changes members and records workflow steps keeps every acknowledged change and shows no uncommitted one",
          arguments: 0..<4)
    func killCycles(file: Int) throws {
        let directory = try TemporaryDirectory()
        let run = CrashRun(binary: try BuiltProduct.locate("uf-crash-writer", environment: "UF_CRASH_WRITER"), path: directory.path("register-\(file).sqlite"),
                           seed: 7_000 + UInt64(file))
        let report = try run.run(cycles: 25)
        #expect(report.failures.isEmpty, "\(report.failures.joined(separator: "\n"))")
        #expect(report.kills == 25)
        // The writer got to work: acknowledged commits were verified, and kills landed mid-write.
        #expect(report.acknowledged > 0, "\(report)")
        #expect(report.committedInFlight + report.lostInFlight > 0, "\(report)")
        print("crash safety, file \(file): \(report)")
    }
}
