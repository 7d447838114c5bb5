import ArgumentParser
import Foundation
import UnitedFront
import UnitedFrontExchange

/// Turns a failure into the single line the tool prints on stderr, and its exit status.
///
/// The register's errors (``UnitedFront/ValidationError``, ``RegisterError``, ``DatabaseError``) and
/// ``CLIError`` become `error: <description>` with exit status 1; errors of swift-argument-parser
/// (usage, `--help`, validation of options) are left to it, so they keep its usage text and exit codes.
enum ErrorReport {
    /// The line to print for `error`, without the `error: ` prefix, or nil when swift-argument-parser
    /// should report it.
    static func message(for error: any Error) -> String? {
        let text: String
        switch error {
        case let error as UnitedFront.ValidationError: text = error.description
        case let error as RegisterError: text = error.description
        case let error as DatabaseError: text = "database: \(error.message) (SQLite result code \(error.extendedResultCode.rawValue))"
        case let error as CLIError: text = error.description
        case let error as MemberSheetError: text = error.description
        case let error as PrivacyError: text = error.description
        case let error as CocoaError: text = error.localizedDescription
        default: return nil
        }
        return oneLine(text)
    }

    /// Prints `error: …` for `error` on stderr and exits with status 1, or hands the error to
    /// swift-argument-parser.
    static func exit(with error: any Error, command: any ParsableCommand.Type) -> Never {
        guard let message = message(for: error) else { command.exit(withError: error) }
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
        Foundation.exit(1)
    }

    /// `text` with line breaks folded into spaces: an error is always one line.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }
}
