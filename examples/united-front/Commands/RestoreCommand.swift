import ArgumentParser
import Foundation
import UnitedFront

/// `united-front restore --from FILE [--force]`: puts a backup in place as the register, after checking it.
struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Put a backup in place as the register (--db), after checking its integrity.",
        discussion: """
            The backup is opened read-only and must pass every check of `united-front check` (SQLite's and the \
            history invariants); one that fails is refused, each failure named, and nothing is written. An \
            existing register is replaced only with --force. The restored file has mode 0600; a backup from an \
            older version is migrated when the register is next opened, one from a newer version is refused.
            """
    )

    @OptionGroup var database: DatabaseOptions

    /// The backup to restore.
    @Option(name: .long, help: ArgumentHelp("The backup file.", valueName: "file"))
    var from: String

    /// Replace an existing register.
    @Flag(name: .long, help: "Replace the register at --db when one exists.")
    var force = false

    func run() throws {
        guard FileManager.default.fileExists(atPath: from) else { throw ArgumentParser.ValidationError("no backup at \(from)") }
        if !force && FileManager.default.fileExists(atPath: database.db) {
            throw ArgumentParser.ValidationError("\(database.db) exists: pass --force to replace it with the backup")
        }
        let progress = ProgressBar("restore")
        let report: IntegrityReport
        do {
            report = try Register.restore(from: from, to: database.db, replacing: force) { done, total in
                progress.update(fraction: Double(done) / Double(max(total, 1)), note: "\(done)/\(total) pages")
            }
        } catch RegisterError.integrityCheckFailed(let findings) {
            progress.finish()
            var message = "error: \(from) fails the integrity check; nothing was restored:\n"
            for finding in findings { message += "  \(finding.check.rawValue) \(finding.table ?? "-"): \(finding.detail)\n" }
            FileHandle.standardError.write(Data(message.utf8))
            throw ExitCode(1)
        }
        progress.finish()
        print("Restored \(database.db) from \(from) (\(report.checksRun) checks hold).")
    }
}
