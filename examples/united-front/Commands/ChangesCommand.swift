import ArgumentParser
import UnitedFront

/// `united-front changes --from D1 --through D2`: the change report (增减变化) of the period, per category:
/// opening count, who entered, who left and why, who moved across `--org-unit`'s subtree, closing count;
/// and who changed 职务层次, 职级, 职务, 工作单位, 所属单位, 政治面貌 or status. `--events` lists every change
/// instead (registrations, field changes, memberships, records, workflow steps). Corrections are not
/// changes and never appear.
struct ChangesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "changes",
        abstract: "The change report (增减变化) between two dates (effective dates, both inclusive); corrections are not changes.",
        discussion: """
            Per category (every one unless --category is given): 期初 (the day before --from), 增加, 调入, 减少 (with \
            the reason of the leave or the archive), 调出, 期末 (on --through), and opening + 增加 + 调入 − 减少 − \
            调出 = closing; then each entry, exit and transfer, then who changed what. With --org-unit a member \
            counts by the unit owning them on each day; moving across the subtree's boundary while staying in \
            the category is 调入 or 调出. --format json prints one object: from, through, under, known_at, \
            categories [{category, name, opening, entries, exits, transfers_in, transfers_out, closing}], \
            changes. --events prints the list of every change between the dates instead, as before.
            """
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

    /// The categories to report; default every one.
    @Option(name: .long, help: ArgumentHelp("A category to report (repeat for several; default every category).",
                                            valueName: "category"))
    var category: [UnitedFront.Category] = []

    /// The subtree's root.
    @Option(name: [.customLong("org-unit"), .customLong("under")],
            help: ArgumentHelp("Report for this org unit and the units below it (see `org tree`).", valueName: "unit"),
            transform: ArgumentValues.orgUnitID)
    var orgUnit: OrgUnitID?

    @OptionGroup var knowledge: KnownAtOptions

    /// The raw list of changes instead of the report.
    @Flag(name: .long, help: "List every change between the dates (registrations, fields, memberships, records, workflow steps) instead of the report.")
    var events = false

    func validate() throws {
        if let through, through < from {
            throw ArgumentParser.ValidationError("--through \(through) is before --from \(from)")
        }
        if events, !category.isEmpty || orgUnit != nil || knowledge.knownAt != nil {
            throw ArgumentParser.ValidationError("--events lists every change as the register knows it now: it takes no --category, --org-unit or --known-at")
        }
    }

    func run() throws {
        let register = try database.openExisting()
        let (start, end) = (from, through ?? register.today)
        if events { return try printEvents(register, start, end) }
        let report = try register.changeReport(from: start, through: end, in: Set(category), under: orgUnit, knownAt: knowledge.knownAt)
        let presenter = ChangeReportPresenter(masking: disclosure.masking)
        let rows = report.sections.reduce(0) { $0 + $1.entries.count + $1.exits.count + $1.transfersIn.count + $1.transfersOut.count }
            + report.changes.count
        let text: String
        switch output.format {
        case .table:
            var parts = ["增减变化 \(start) 至 \(end)" + (orgUnit.map { " (org unit \($0) and below)" } ?? "")
                         + (knowledge.knownAt.map { " as known at \($0)" } ?? "")]
            parts.append(try presenter.summary(report).selecting(["name", "opening", "entered", "transferred_in", "left",
                                                                   "transferred_out", "closing"]).rendered(as: .table))
            let movements = presenter.movements(report)
            if !movements.rows.isEmpty {
                parts.append("增减明细")
                parts.append(try movements.rendered(as: .table))
            }
            let changes = presenter.changes(report)
            if !changes.rows.isEmpty {
                parts.append("变更")
                parts.append(try changes.selecting(["date", "id", "name", "label", "from", "to", "reason"]).rendered(as: .table))
            }
            text = parts.joined(separator: "\n")
        case .csv:
            text = try presenter.movements(report).rendered(as: .csv)
        case .json:
            text = try presenter.json(report).rendered()
        }
        if disclosure.unmasked || output.format != .table {
            try disclosure.record(register, what: "changes", format: output.format, asOf: end, rows: rows)
        }
        print(text)
    }

    /// The list of every change between the dates (the command's output before the change report).
    private func printEvents(_ register: Register, _ start: LocalDate, _ end: LocalDate) throws {
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
