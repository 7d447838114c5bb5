import Foundation

/// The built `uf-crash-writer`: beside the test bundle (the test target depends on it, so the build puts
/// it there), or at `$UF_CRASH_WRITER`.
enum CrashWriterBinary {
    struct NotFound: Error, CustomStringConvertible {
        let searched: [String]
        var description: String { "uf-crash-writer not found near \(searched); build it or set UF_CRASH_WRITER" }
    }

    static func locate() throws -> URL {
        if let path = ProcessInfo.processInfo.environment["UF_CRASH_WRITER"] { return URL(fileURLWithPath: path) }
        var directories = Bundle.allBundles.map(\.bundleURL).filter { $0.pathExtension == "xctest" }
            .map { $0.deletingLastPathComponent() }
        directories.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
        if let me = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            directories.append(URL(fileURLWithPath: me).deletingLastPathComponent())
        }
        for directory in directories {
            var candidate = directory
            for _ in 0..<4 {
                let binary = candidate.appendingPathComponent("uf-crash-writer")
                if FileManager.default.isExecutableFile(atPath: binary.path) { return binary }
                candidate.deleteLastPathComponent()
            }
        }
        throw NotFound(searched: directories.map(\.path))
    }
}
