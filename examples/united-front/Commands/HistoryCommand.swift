import ArgumentParser
import UnitedFront

/// `united-front history ID`: the member's timeline, one entry per line: effective date, 登记/变更/更正,
/// recorded at, actor, reason, and what changed from what to what.
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show a member's timeline: every registration, change and correction, with who and why."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var disclosure: DisclosureOptions

    @OptionGroup var member: MemberArgument

    func run() throws {
        let id = member.id
        let register = try database.openExisting()
        let table = HistoryPresenter(showCodes: output.codes, masking: disclosure.masking).timeline(try register.timeline(of: id))
        let shown = output.format == .table ? table.selecting(HistoryPresenter.timelineTableKeys) : table
        let text = try shown.rendered(as: output.format)
        if disclosure.unmasked {
            try disclosure.record(register, what: "history", format: output.format, asOf: register.today, rows: 1)
        }
        print(text)
    }
}
