import ArgumentParser
import UnitedFront

/// `united-front engagement show ENGAGEMENT-ID`: one engagement with who took part.
struct EngagementShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show an engagement as it stands (with its outcome) and who took part.",
        discussion: """
            `--format json` prints one object with the keys of `engagement list` and `participants`, an array \
            with the keys of `participant list`. For CSV, use `engagement list` and `participant list`.
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var engagement: EngagementArgument

    @OptionGroup var knowledge: KnownAtOptions

    func validate() throws {
        guard output.format != .csv else {
            throw ArgumentParser.ValidationError("engagement show prints a table or JSON: for CSV, use `engagement list` and `participant list`")
        }
    }

    func run() throws {
        let register = try database.openExisting()
        let id = engagement.id
        let last = LocalDate(year: 9999, month: 12, day: 31)!
        guard let tenure = try register.read({ try $0.record(id, asOf: last, knownAt: knowledge.knownAt) }) else {
            throw RegisterError.recordNotFound(EngagementRecord.kind, id: id.rawValue)
        }
        let participants = try register.participants(of: id, knownAt: knowledge.knownAt)
        let names = CodeNames(codes: register.codes, showCodes: output.codes)
        let record = RecordPresenter.table([tenure], names: names)
        let people = RecordPresenter.table(participants, names: names)
        switch output.format {
        case .json:
            guard case .object(var object) = record.jsonObjects[0] else { return }
            object["participants"] = .array(people.jsonObjects)
            print(try JSONValue.object(object).rendered())
        case .table, .csv:
            print(RecordPresenter.headline(tenure, names: names) + (tenure.to == tenure.from ? " (withdrawn)" : ""))
            var fields = DataTable([.init(key: "field", header: "字段"), .init(key: "value", header: "值")])
            for (column, cell) in zip(record.columns, record.rows[0]) { fields.append([DataTable.Cell(column.header), cell]) }
            print(try fields.rendered(as: .table))
            print("participants: \(participants.count)")
            if !participants.isEmpty { print(try people.rendered(as: .table)) }
        }
    }
}
