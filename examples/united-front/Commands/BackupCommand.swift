import ArgumentParser
import UnitedFront

/// `united-front backup --to FILE`: a consistent copy of the register with SQLite's online backup API,
/// taken while others go on writing.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the register into a new file (owner-only), while others go on writing.",
        discussion: """
            Uses SQLite's online backup API: the copy is one consistent snapshot, made a few hundred pages at a \
            time (progress on stderr when it is a terminal), in a single file with mode 0600. An existing file is \
            never overwritten. Put a backup back with `restore --from FILE`.
            """
    )

    @OptionGroup var database: DatabaseOptions

    /// Where the copy goes.
    @Option(name: .long, help: ArgumentHelp("The new backup file.", valueName: "file"))
    var to: String

    func run() throws {
        let register = try database.openExisting()
        let progress = ProgressBar("backup")
        var pages = 0
        try register.backup(to: to) { done, total in
            pages = total
            progress.update(fraction: Double(done) / Double(max(total, 1)), note: "\(done)/\(total) pages")
        }
        progress.finish()
        print("Backed up \(database.db) to \(to) (\(pages) pages).")
    }
}
