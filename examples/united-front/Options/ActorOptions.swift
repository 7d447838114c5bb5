import ArgumentParser
import Foundation

/// `--actor NAME`: who does it, for changesets and the export log.
struct ActorOptions: ParsableArguments {
    /// Who does it; nil for ``defaultActor``.
    @Option(name: .long, help: "Who does it (default: $USER, or \"cli\").")
    var actor: String?

    /// `--actor`, or ``defaultActor``.
    var name: String { actor ?? Self.defaultActor }

    /// Who the tool acts for when not told: `$USER`, or `cli` when that is unset or empty. The one
    /// default of every changeset and export-log entry the tool writes.
    static var defaultActor: String {
        ProcessInfo.processInfo.environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? "cli"
    }
}
