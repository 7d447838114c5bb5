/// A failure the command line itself detects (as opposed to the register's own errors): a missing
/// database file, a member not registered on the asked date, a feature that has not landed yet.
///
/// Reported like every other failure: one `error: …` line on stderr and exit status 1.
enum CLIError: Error, CustomStringConvertible {
    /// No register file at the path: read and write commands never create one (`init` does).
    case noRegister(path: String)
    /// The member exists but was not registered (or not yet recorded) on the asked date.
    case notRegistered(id: String, asOf: String)
    /// A subcommand that is planned but not available in this build.
    case notYetAvailable(String)
    /// A record (`post 2`) is not in force on the date a change or ending was asked for: it began later,
    /// or had already ended.
    case recordNotInForce(noun: String, id: String, on: String, began: String, ended: String?)

    /// One English sentence, without the `error:` prefix.
    var description: String {
        switch self {
        case .noRegister(let path):
            "no register at \(path) (create it with `united-front init --db \(path)`)"
        case .notRegistered(let id, let date):
            "member \(id) is not on the register as of \(date)"
        case .notYetAvailable(let message):
            message
        case .recordNotInForce(let noun, let id, let date, let began, let ended):
            if began > date {
                "\(noun) \(id) began on \(began): it is not in force on \(date)"
            } else if let ended {
                "\(noun) \(id) ended on \(ended): it is not in force on \(date)"
            } else {
                "\(noun) \(id) is not in force on \(date)"
            }
        }
    }
}
