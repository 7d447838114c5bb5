public import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One run of the crash writer on a register file, ended by `SIGKILL`.
///
/// The writer's stdout goes to a file (each line one `write(2)`), so everything it printed before the
/// kill is there afterwards. ``run(killAfterReady:killAfterStart:)`` waits for the `ready` line (the
/// register is open), lets the writer work for the given delay, and kills it; or, to kill it while it
/// opens the file (migrations, WAL recovery), kills it that long after it started.
public struct CrashChild: Sendable {
    /// What one run printed and how it ended.
    public struct Outcome: Sendable {
        /// The lines it printed, parsed.
        public let lines: [CrashLine]
        /// Lines that did not parse (a failure: the writer prints nothing else).
        public let strayLines: [String]
        /// Its stderr.
        public let stderr: String
        /// Whether `SIGKILL` ended it (false: it exited by itself, which it never should).
        public let killed: Bool
        /// Whether it printed `ready` before the kill.
        public let wasReady: Bool
    }

    /// The `uf-crash-writer` binary.
    public let binary: URL
    /// The register file.
    public let path: String
    /// The writer's seed: its writes and tags.
    public let seed: UInt64
    /// How long to wait for `ready` before giving up (a debug build on a busy machine opens slowly).
    public var readyTimeoutSeconds: Double = 120

    /// A run of `binary` on `path` with `seed`.
    public init(binary: URL, path: String, seed: UInt64) {
        self.binary = binary
        self.path = path
        self.seed = seed
    }

    /// Starts the writer, kills it, and returns what it printed.
    /// - Parameters:
    ///   - milliseconds: the delay before the kill.
    ///   - afterReady: count the delay from the `ready` line (true) or from the start (false: the kill may
    ///     come while the register opens).
    public func run(killAfter milliseconds: Int, afterReady: Bool) throws -> Outcome {
        let process = Process()
        process.executableURL = binary
        process.arguments = ["write", path, String(seed)]
        let outURL = URL(fileURLWithPath: path + ".out-\(seed)"), errURL = URL(fileURLWithPath: path + ".err-\(seed)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        try? out.close()
        try? err.close()

        var ready = false
        if afterReady {
            let deadline = ContinuousClock.now + .milliseconds(Int(readyTimeoutSeconds * 1000))
            while process.isRunning, ContinuousClock.now < deadline {
                if let data = FileManager.default.contents(atPath: outURL.path), data.first == UInt8(ascii: "r"),
                   data.contains(UInt8(ascii: "\n")) {
                    ready = true
                    break
                }
                usleep(1000)
            }
        }
        if !afterReady || ready { usleep(useconds_t(milliseconds * 1000)) }
        let wasRunning = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let killed = wasRunning && process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL

        let text = String(decoding: FileManager.default.contents(atPath: outURL.path) ?? Data(), as: UTF8.self)
        var lines: [CrashLine] = [], stray: [String] = []
        for line in text.split(separator: "\n") {
            if let parsed = CrashLine(line) { lines.append(parsed) } else { stray.append(String(line)) }
        }
        if let first = lines.first, case .ready = first { ready = true }
        let stderr = String(decoding: FileManager.default.contents(atPath: errURL.path) ?? Data(), as: UTF8.self)
        return Outcome(lines: lines, strayLines: stray, stderr: stderr, killed: killed, wasReady: ready)
    }
}
