import Foundation
import Testing
import UnitedFrontTestSupport

/// Runs the built `united-front` binary in a fresh temporary directory, as a user at a terminal would.
///
/// Each instance has its own directory (removed when the instance goes away) holding the register file
/// `register.sqlite`, which ``run(_:environment:)`` passes as `--db` unless told otherwise.
final class CLI {
    /// What one run printed and how it ended.
    struct Result {
        /// Everything written to stdout.
        let stdout: String
        /// Everything written to stderr.
        let stderr: String
        /// The exit status.
        let status: Int32

        /// Stdout's lines, without the final empty line.
        var lines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty } }

        /// Stdout parsed as JSON.
        func json() throws -> Any { try JSONSerialization.jsonObject(with: Data(stdout.utf8)) }
    }

    /// The temporary working directory.
    let directory: URL
    /// The register file inside it.
    var database: String { directory.appendingPathComponent("register.sqlite").path }

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("united-front-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// Runs `united-front` with `arguments`, `--db` pointing at ``database`` unless the arguments name
    /// one or `withDatabase` is false, and `USER=测试员` unless the environment says otherwise.
    @discardableResult
    func run(_ arguments: [String], withDatabase: Bool = true, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = try Self.executable()
        var arguments = arguments
        if withDatabase, !arguments.contains("--db") { arguments += ["--db", database] }
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(["USER": "测试员"].merging(environment) { $1 }) { $1 }
        let id = UUID().uuidString
        let outURL = directory.appendingPathComponent("stdout-\(id)"), errURL = directory.appendingPathComponent("stderr-\(id)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        return Result(stdout: try String(contentsOf: outURL, encoding: .utf8),
                      stderr: try String(contentsOf: errURL, encoding: .utf8),
                      status: process.terminationStatus)
    }

    /// Runs a command that must succeed, and returns its output.
    @discardableResult
    func succeed(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> Result {
        let result = try run(arguments)
        #expect(result.status == 0, "\(arguments) failed: \(result.stderr)", sourceLocation: sourceLocation)
        return result
    }

    /// The built `united-front` binary: beside the test bundle (the test target depends on it, so the
    /// build puts it there), or at `$UNITED_FRONT_CLI`.
    static func executable() throws -> URL {
        try BuiltProduct.locate("united-front", environment: "UNITED_FRONT_CLI")
    }
}
