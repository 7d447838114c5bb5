import ArgumentParser
import UnitedFront

/// `united-front engagement add|change|solve|adopt|withdraw|show|list`: the 工作记录 of the united-front
/// work, each dated the day it happened.
struct EngagementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "engagement",
        abstract: "Record an engagement (走访, 培训, 座谈, 问题诉求 …), change, solve, adopt or withdraw it, show or list them.",
        discussion: """
            An engagement is dated the day it happened (--effective) and organised by an org unit. A 问题诉求 \
            is solved and a 建言 adopted by a dated change (`solve`, `adopt`): that date is the one the \
            figures count. One entered by mistake is withdrawn: ended on its own date, it was never in force. \
            Who took part is given with `participant add`.
            """,
        subcommands: [EngagementAddCommand.self, EngagementChangeCommand.self, EngagementSolveCommand.self,
                      EngagementAdoptCommand.self, EngagementWithdrawCommand.self, EngagementShowCommand.self,
                      EngagementListCommand.self]
    )

    /// Sets `engagement`'s outcome from `date` (a change of its record; the register refuses an outcome
    /// that is not its kind's) and prints it.
    static func settle(_ engagement: EngagementID, as outcome: EngagementOutcome, on date: LocalDate,
                       attribution: AttributionOptions, output: OutputOptions, register: Register) throws {
        try RecordListing.write(engagement, on: date, in: register, output: output) {
            try register.write(by: attribution.attribution) { try $0.change(engagement, effective: date) { $0.outcome = outcome } }
        }
    }
}

/// `ENGAGEMENT-ID`: the engagement a command is about.
struct EngagementArgument: ParsableArguments {
    /// The engagement's id.
    @Argument(help: "The engagement's id (see `engagement list`).", transform: ArgumentValues.recordID("engagement"))
    var id: EngagementID
}

/// The values of an engagement: `engagement add` needs --kind, --title and --organiser; `engagement
/// change` takes any.
struct EngagementFieldOptions: ParsableArguments {
    /// 类型.
    @Option(help: "类型: 走访, 培训, 座谈, 联谊, 慰问, 建言, 问题诉求, 社会服务, 捐赠 or 宣讲 (or its code).") var kind: EngagementKind?
    /// 标题.
    @Option(help: "标题: what it was (走访锡林乳业).") var title: String?
    /// The organising org unit.
    @Option(help: "The id of the org unit that organised it (see `org tree`).", transform: ArgumentValues.orgUnitID)
    var organiser: OrgUnitID?
    /// 备注.
    @Option(help: "备注; line breaks are kept (an empty value clears it).") var notes: String?
    /// 金额.
    @Option(help: "金额 in 元 (捐赠, 社会服务, a 慰问's gifts).", transform: ArgumentValues.amount) var amount: Int64?
    /// 期数.
    @Option(help: "期数: a 培训's number of sessions, 1 or more (one unless told).") var sessions: Int?

    /// Whether any value is given.
    var isEmpty: Bool { kind == nil && title == nil && organiser == nil && notes == nil && amount == nil && sessions == nil }

    /// Writes the given values into `record`; an empty note clears it.
    func apply(to record: inout EngagementRecord) {
        if let kind { record.kind = kind }
        if let title { record.title = title }
        if let organiser { record.organiser = organiser }
        if let notes { record.notes = notes.isEmpty ? nil : notes }
        if let amount { record.amount = amount }
        if let sessions { record.sessions = sessions }
    }
}

/// `--effective DATE`, required: the day an outcome came about, which the figures count.
struct OutcomeDateOptions: ParsableArguments {
    /// The day.
    @Option(name: .long, help: ArgumentHelp("The day it came about (YYYY-MM-DD); the figures count this date.", valueName: "date"),
            transform: ArgumentValues.date)
    var effective: LocalDate

}
