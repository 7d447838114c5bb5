import ArgumentParser
import UnitedFront

/// `united-front relation list ID`: a member's relations, from both ends.
struct RelationListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the relations in force on --as-of (default today) that a member holds or is named in.",
        discussion: """
            Column `end` says which end the member is: `holder` (the record is theirs: the relative is \
            `relation` to them) or `relative` (another member's record names them: they are `relation` to that \
            member).
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var dates: ReadDateOptions
    @OptionGroup var member: MemberArgument

    func run() throws {
        let register = try database.openExisting()
        try member.id.check(in: register)
        let date = dates.date(register)
        let tenures = try register.read { try $0.relations(of: member.id, asOf: date, knownAt: dates.knownAt) }
        var table = RecordPresenter.table(tenures, names: CodeNames(codes: register.codes, showCodes: output.codes))
        table.columns.insert(.init(key: "end", header: "本人所在端"), at: 2)
        for (index, tenure) in tenures.enumerated() {
            table.rows[index].insert(DataTable.Cell(tenure.member == member.id ? "holder" : "relative"), at: 2)
        }
        print(try table.rendered(as: output.format))
    }
}
