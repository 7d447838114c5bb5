import ArgumentParser
import Foundation
import UnitedFront

/// `--db PATH`: the register file every command works on.
struct DatabaseOptions: ParsableArguments {
    /// The SQLite file of the register.
    @Option(name: .long, help: ArgumentHelp("The register's SQLite file.", valueName: "path"))
    var db = "united-front.sqlite"

    /// Opens the register, which must exist: only `init` creates one, so that a mistyped path does not
    /// quietly start an empty register.
    /// - Throws: ``CLIError/noRegister(path:)`` when there is no such file.
    func openExisting() throws -> Register {
        guard FileManager.default.fileExists(atPath: db) else { throw CLIError.noRegister(path: db) }
        return try Register(path: db)
    }
}
