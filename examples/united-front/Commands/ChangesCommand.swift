import ArgumentParser
import UnitedFront

/// `united-front changes --from D1 --through D2`: what changed in reality between two dates:
/// registrations, field changes, category entries, exits and tier changes. Corrections are not changes
/// and never appear.
struct ChangesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "changes",
        abstract: "List what changed between two dates (effective dates, both inclusive); corrections are not changes."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var disclosure: DisclosureOptions

    /// The first effective date.
    @Option(name: .long, help: ArgumentHelp("The first effective date (YYYY-MM-DD).", valueName: "date"),
            transform: ArgumentValues.date)
    var from: LocalDate

    /// The last effective date; default today.
    @Option(name: .long, help: ArgumentHelp("The last effective date (YYYY-MM-DD; default today).", valueName: "date"),
            transform: ArgumentValues.date)
    var through: LocalDate?

    func validate() throws {
        if let through, through < from {
            throw ArgumentParser.ValidationError("--through \(through) is before --from \(from)")
        }
    }

    func run() throws {
        let register = try database.openExisting()
        let (start, end) = (from, through ?? register.today)
        let (events, names) = try register.read { snapshot in
            let events = try snapshot.changes(from: start, through: end)
            var names: [MemberID: String] = [:]
            for id in Set(events.map(\.memberID)) { names[id] = try snapshot.member(id)?.name }
            return (events, names)
        }
        let table = HistoryPresenter(showCodes: output.codes, masking: disclosure.masking).changes(events, names: names)
        let shown = output.format == .table ? table.selecting(HistoryPresenter.changesTableKeys) : table
        let text = try shown.rendered(as: output.format)
        if disclosure.unmasked {
            try disclosure.record(register, what: "changes", format: output.format, asOf: end, rows: events.count)
        }
        print(text)
    }
}
