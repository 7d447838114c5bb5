import ArgumentParser
import UnitedFront

/// `united-front cadres leading|adjusted|pool`: the 党外干部 figures of a work report, with the members
/// they count.
struct CadresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cadres",
        abstract: "Count the 党外干部 of a work report and list them: leading cadres, those adjusted in a year, the reserve pool.",
        discussion: """
            A person counts once, only while registered, not archived and 党外 (政治面貌 not 中共党员 or \
            中共预备党员); with --under, only members owned by that org unit or a unit below it.
            """,
        subcommands: [CadresLeadingCommand.self, CadresAdjustedCommand.self, CadresPoolCommand.self]
    )

    /// Prints a figure: `title: count` and a table of the members (id, name, post, rank); with
    /// `--format json` an object with `count`, `members` and `context`'s keys; with `--format csv` the
    /// table. CSV and JSON are recorded in the export log, like every list of members printed for programs.
    static func print(_ members: [Member], title: String, context: [String: JSONValue], what: String, asOf: LocalDate,
                      output: OutputOptions, register: Register) throws {
        let presenter = MemberPresenter(codes: register.codes, showCodes: output.codes)
        var table = DataTable([.init(key: "id", header: "编号"), .init(key: "name", header: "姓名"),
                               .init(key: "post", header: "职务"), .init(key: "rank", header: "职务层次")])
        for member in members {
            table.append([DataTable.Cell(text: member.id.description, json: .integer(member.id.rawValue)),
                          DataTable.Cell(presenter.display(.name, of: member)), DataTable.Cell(presenter.display(.post, of: member)),
                          DataTable.Cell(presenter.display(.rank, of: member))])
        }
        if output.format != .table {
            try register.recordExport(ExportRequest(actor: ActorOptions.defaultActor, format: "\(what)-\(output.format.rawValue)",
                                                    asOf: asOf, masking: .standard), rowCount: members.count)
        }
        switch output.format {
        case .table:
            Swift.print("\(title): \(members.count)")
            if !members.isEmpty { Swift.print(try table.rendered(as: .table)) }
        case .csv:
            Swift.print(try table.rendered(as: .csv))
        case .json:
            var object = context
            object["count"] = .integer(Int64(members.count))
            object["members"] = .array(table.jsonObjects)
            Swift.print(try JSONValue.object(object).rendered())
        }
    }
}

/// `--under ORG-ID`: only members owned by an org unit or a unit below it.
struct SubtreeOptions: ParsableArguments {
    /// The root of the subtree.
    @Option(help: "Only members owned by this org unit or a unit below it (see `org tree`).", transform: ArgumentValues.orgUnitID)
    var under: OrgUnitID?

    /// The root as JSON: its id, or `null`.
    var json: JSONValue { under.map { .integer($0.rawValue) } ?? .null }
}
