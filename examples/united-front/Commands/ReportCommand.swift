import ArgumentParser

/// `united-front report`: the yearly work report (年度工作报告) figures. A placeholder: the report
/// arrives with the query issue; until then it says so and exits with status 1.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The yearly work report (not yet available: it comes with the query issue; see `stats`)."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var dates: ReadDateOptions

    func run() throws {
        throw CLIError.notYetAvailable("""
            the yearly work report (年度工作报告) comes with the query issue and is not available yet; \
            for counts per category and tier use `united-front stats --as-of DATE`
            """)
    }
}
