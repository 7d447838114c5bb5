public import UnitedFront
public import Foundation

/// The folder to remove when the process exits (libFuzzer ends runs with `exit`).
nonisolated(unsafe) private var scratchFolder: String?

/// A register made once and copied for every input.
///
/// Opening a new register migrates its schema and loads the code lists, which takes about a second in an
/// instrumented debug build: too slow to do per input. The template is built once in a temporary file
/// (migrated, then `setUp` writes the members the target needs), closed, and each ``fresh()`` copies the
/// file and opens the copy, so every input starts from the same register and a finding reproduces alone.
public final class RegisterTemplate: @unchecked Sendable {
    private let folder: URL
    private let template: URL
    private let copy: URL
    private let clock: @Sendable () -> Timestamp

    /// Builds the template: a register on a new file, `setUp` run on it, then closed.
    public init(name: String, clock: @escaping @Sendable () -> Timestamp,
                setUp: (Register) throws -> Void) throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("unitedfront-fuzz-\(name)-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        scratchFolder = folder.path
        atexit { scratchFolder.map { _ = try? FileManager.default.removeItem(atPath: $0) } }
        template = folder.appendingPathComponent("template.sqlite")
        copy = folder.appendingPathComponent("input.sqlite")
        self.clock = clock
        do {
            let register = try Register(path: template.path, maximumReaders: 0, clock: clock)
            try setUp(register)
        }
        for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: template.path + suffix) {
            fatalError("the template register left \(template.lastPathComponent)\(suffix) behind after closing")
        }
    }

    /// A new register holding what the template holds. The previous one must no longer be in use.
    public func fresh() throws -> Register {
        for suffix in ["", "-wal", "-shm", "-journal"] {
            try? FileManager.default.removeItem(atPath: copy.path + suffix)
        }
        // libFuzzer's -timeout alarm can interrupt the copy (EINTR), which Foundation does not retry.
        var attempts = 0
        while true {
            do {
                try FileManager.default.copyItem(at: template, to: copy)
                break
            } catch where attempts < 5 {
                attempts += 1
                try? FileManager.default.removeItem(at: copy)
            }
        }
        return try Register(path: copy.path, maximumReaders: 0, clock: clock)
    }

    /// A scratch file path in the template's folder.
    public func scratch(_ name: String) -> URL { folder.appendingPathComponent(name) }
}
