import ArgumentParser

/// `united-front`: the example command-line tool over the UnitedFront library.
///
/// Every subcommand takes `--db PATH` (default `./united-front.sqlite`); those that print data take
/// `--format table|json|csv`; dated reads take `--as-of DATE`; writes take `--actor`, `--reason` and,
/// where reality changed on a day, `--effective DATE`. Failures print one `error: …` line on stderr
/// and exit with status 1; usage errors are swift-argument-parser's (status 64).
@main
struct UnitedFrontCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "united-front",
        abstract: "统一战线基础信息库: a united-front member register with full history.",
        discussion: """
            Every write is kept, attributed and dated: read the register as of any date (--as-of), as it \
            was known at any instant (--known-at), and list what changed between two dates.
            """,
        subcommands: [
            InitCommand.self, AddCommand.self, ShowCommand.self, ChangeCommand.self, CorrectCommand.self,
            CategoryCommand.self, OrgCommand.self, TransferCommand.self,
            PostCommand.self, ArrangementCommand.self, PoolCommand.self, CultivationCommand.self, PartyCommand.self, CadresCommand.self,
            OverseasCommand.self, StratumCommand.self, RelationCommand.self, HonourCommand.self,
            EnterpriseCommand.self, RoleCommand.self, PairingCommand.self,
            OrganisationCommand.self, TermCommand.self, SeatCommand.self, MembershipCommand.self,
            HouseholdCommand.self,
            EngagementCommand.self, ParticipantCommand.self, FiguresCommand.self,
            WorkflowCommand.self,
            ArchiveCommand.self, HistoryCommand.self, ListCommand.self, SearchCommand.self,
            ChangesCommand.self, StatsCommand.self, ReportCommand.self, CheckCommand.self, BackupCommand.self, RestoreCommand.self,
            ImportCommand.self, ExportCommand.self, ExportLogCommand.self, AccessLogCommand.self, EraseCommand.self,
            DemoCommand.self,
        ]
    )

    /// Parses the command line and runs the subcommand; the register's errors become one
    /// `error: …` line on stderr and exit status 1 (see ``ErrorReport``), never a stack trace.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            ErrorReport.exit(with: error, command: self)
        }
    }
}
