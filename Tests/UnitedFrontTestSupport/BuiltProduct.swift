public import Foundation

/// An executable the package builds, found by a test target that depends on it: the build puts it beside
/// the test bundle, or an environment variable names it (`united-front` for the CLI tests, `uf-crash-writer`
/// for the crash tests).
public enum BuiltProduct {
    /// The product was found neither where the environment variable points nor near the test bundle.
    public struct NotFound: Error, CustomStringConvertible {
        /// The product's name.
        public let name: String
        /// The folders searched.
        public let searched: [String]
        /// `united-front not found near [...]`.
        public var description: String { "\(name) not found near \(searched); build it or set its environment variable" }
    }

    /// The executable `name`: at `$environment` when set, else in the test bundle's folder or up to three
    /// folders above it, or beside the running test binary.
    /// - Throws: ``NotFound``.
    public static func locate(_ name: String, environment: String) throws -> URL {
        if let path = ProcessInfo.processInfo.environment[environment] { return URL(fileURLWithPath: path) }
        var directories = Bundle.allBundles.map(\.bundleURL).filter { $0.pathExtension == "xctest" }
            .map { $0.deletingLastPathComponent() }
        directories.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
        if let me = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            directories.append(URL(fileURLWithPath: me).deletingLastPathComponent())
        }
        for directory in directories {
            var candidate = directory
            for _ in 0..<4 {
                let binary = candidate.appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: binary.path) { return binary }
                candidate.deleteLastPathComponent()
            }
        }
        throw NotFound(name: name, searched: directories.map(\.path))
    }
}
