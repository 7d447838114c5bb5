import CrashHarness
import Dispatch
import Foundation
import Glibc
import Synchronization

/// `uf-crash-writer soak KILLS [SECONDS] [--dir DIR] [--workers N] [--cycles-per-file N] [--seed S]`: the
/// long crash run `scripts/crash-soak.sh` starts. Workers (two by default) each run ``CrashRun`` kill
/// cycles on a file of their own, starting a new file every `--cycles-per-file` cycles (100) so that
/// files stay small enough to verify quickly, until KILLS kills are done or SECONDS have passed. Prints
/// progress every 100 kills and the figures at the end; exits 1 on any failure.
struct CrashSoak {
    var kills = 2000
    var seconds: Double?
    var directory: String?
    var workers = 2
    var cyclesPerFile = 100
    var seed: UInt64 = 20_261_201

    init(arguments: [String]) throws {
        var rest = arguments[...]
        var positional: [String] = []
        while let argument = rest.popFirst() {
            func value() throws -> String {
                guard let value = rest.popFirst() else { throw CrashWriterError("\(argument) needs a value") }
                return value
            }
            switch argument {
            case "--dir": directory = try value()
            case "--workers": workers = try Self.number(value(), argument)
            case "--cycles-per-file": cyclesPerFile = try Self.number(value(), argument)
            case "--seed": seed = UInt64(try Self.number(value(), argument))
            default: positional.append(argument)
            }
        }
        if let first = positional.first { kills = try Self.number(first, "KILLS") }
        if positional.count > 1 {
            guard let limit = Double(positional[1]), limit > 0 else { throw CrashWriterError("SECONDS must be a positive number") }
            seconds = limit
        }
        guard positional.count <= 2 else { throw CrashWriterError("unexpected \(positional[2])") }
    }

    private static func number(_ text: String, _ name: String) throws -> Int {
        guard let value = Int(text), value > 0 else { throw CrashWriterError("\(name) must be a positive integer, not \(text)") }
        return value
    }

    /// Runs the soak; returns the exit status.
    func run() throws -> Int32 {
        let binary = URL(fileURLWithPath: try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
        let root = directory ?? FileManager.default.temporaryDirectory.appendingPathComponent("uf-crash-soak-\(seed)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        let start = ContinuousClock.now
        let deadline = seconds.map { start + .milliseconds(Int($0 * 1000)) }
        let state = SoakState()
        say("crash soak: \(kills) kills, \(workers) workers, \(cyclesPerFile) cycles a file, seed \(seed), files in \(root)")
        let (kills, cyclesPerFile, seed) = (self.kills, self.cyclesPerFile, self.seed)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var file = 0
            while true {
                let cycles = state.progress.withLock { progress -> Int in
                    guard progress.total.failures.isEmpty else { return 0 }
                    let cycles = min(cyclesPerFile, kills - progress.assigned)
                    progress.assigned += max(0, cycles)
                    return cycles
                }
                guard cycles > 0, deadline.map({ ContinuousClock.now < $0 }) ?? true else { return }
                let path = "\(root)/w\(worker)-f\(file).sqlite"
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
                let run = CrashRun(binary: binary, path: path, seed: seed &* 100 &+ UInt64(worker * 10_000 + file))
                var counted = 0
                do {
                    let report = try run.run(cycles: cycles, shouldStop: {
                        deadline.map { ContinuousClock.now >= $0 } ?? false || state.progress.withLock { !$0.total.failures.isEmpty }
                    }) { report in
                        let delta = report.kills - counted
                        counted = report.kills
                        state.progress.withLock { progress in
                            progress.done += delta
                            if progress.done / 100 > progress.printed / 100 {
                                progress.printed = progress.done
                                say("  \((ContinuousClock.now - start).components.seconds) s: \(progress.done) kills")
                            }
                        }
                    }
                    state.progress.withLock { $0.total.add(report) }
                    if report.failures.isEmpty {
                        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
                        try? FileManager.default.removeItem(atPath: path + ".scratch")
                    }
                } catch {
                    state.progress.withLock { $0.total.failures.append("\(path): \(error)") }
                }
                file += 1
            }
        }

        let (total, elapsed) = (state.progress.withLock { $0.total }, ContinuousClock.now - start)
        say("kills survived: \(total.kills - (total.failures.isEmpty ? 0 : 1)) of \(total.kills) (\(total.killsWhileOpening) while opening)")
        say("commits verified: \(total.acknowledged + total.committedInFlight) (\(total.acknowledged) acknowledged with their effect, "
              + "\(total.committedInFlight) committed just before the kill and found whole, \(total.importsCommittedInFlight) of them imports)")
        say("uncommitted writes found absent: \(total.lostInFlight) killed in flight (\(total.importsLostInFlight) of them imports), "
            + "\(total.refusedOrNoop) refused or without effect")
        say("imports committed just before the kill whose rejects file was not yet logged nor written (its rows were "
            + "in memory): \(total.rejectsUnloggedAfterCommit); rejects files on disk without their entry: "
            + "\(total.rejectsLeftByUncommittedImports) (each a failure)")
        say("time: \(elapsed.components.seconds) s")
        say("failures: \(total.failures.count)")
        for failure in total.failures.prefix(20) { say("  \(failure)") }
        return total.failures.isEmpty && total.kills > 0 ? 0 : 1
    }
}

/// Prints a line and flushes stdout, so that progress shows when it is piped.
private func say(_ text: String) {
    print(text)
    fflush(nil)  // every stream: stdout is a global Swift 6 cannot share
}
