import ArgumentParser
import UnitedFront

/// `united-front access-log [--from D] [--through D]`: the hash-chained access log: every export and
/// unmasked read, who, when, what, why, whose, with each entry's hash.
struct AccessLogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "access-log",
        abstract: "List the access log: every export, unmasked read, rejects file and erasure, with its hash.",
        discussion: """
            Each entry carries the SHA-256 of its text and of the entry before it; `united-front check` recomputes \
            the chain and names the first entry that was edited, deleted or moved. Publish the last hash (the head, \
            printed last) outside the register to anchor the chain. --from and --through take a date (from its first, \
            through its last instant, China time) or an ISO 8601 instant.
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    /// The first instant listed.
    @Option(name: .long, help: ArgumentHelp("The first day (or instant) listed.", valueName: "date"),
            transform: AccessLogCommand.start)
    var from: Timestamp?

    /// The last instant listed.
    @Option(name: .long, help: ArgumentHelp("The last day (or instant) listed.", valueName: "date"),
            transform: ArgumentValues.instant)
    var through: Timestamp?

    /// A date as its first instant (China time), or an instant.
    static func start(_ text: String) throws -> Timestamp {
        if let day = try? LocalDate(iso8601: text) { return Timestamp(startOf: day) }
        return try Timestamp(iso8601: text, field: "from")
    }

    func run() throws {
        let register = try database.openExisting()
        var table = DataTable([
            .init(key: "id", header: "编号"), .init(key: "recorded_at", header: "时间"), .init(key: "actor", header: "操作人"),
            .init(key: "role", header: "角色"), .init(key: "purpose", header: "用途"), .init(key: "action", header: "操作"),
            .init(key: "fields", header: "敏感字段"), .init(key: "members", header: "人员"), .init(key: "reason", header: "事由"),
            .init(key: "detail", header: "详情"), .init(key: "previous_hash", header: "前一哈希"), .init(key: "hash", header: "哈希"),
        ])
        for entry in try register.accessLog(from: from, through: through) {
            let fields = entry.fields.map(\.rawValue), members = entry.members.map(\.rawValue)
            let shortHash = output.format == .table
            table.append([
                DataTable.Cell(Int(entry.id)), DataTable.Cell(entry.recordedAt.chinaTime), DataTable.Cell(entry.actor),
                DataTable.Cell(entry.role), DataTable.Cell(entry.purpose.rawValue), DataTable.Cell(entry.action.rawValue),
                DataTable.Cell(text: fields.joined(separator: ","), json: .array(fields.map { .string($0) })),
                DataTable.Cell(text: members.map(String.init).joined(separator: ","), json: .array(members.map { .integer($0) })),
                DataTable.Cell(entry.reason), DataTable.Cell(entry.detail),
                DataTable.Cell(shortHash ? String(entry.previousHash.prefix(12)) : entry.previousHash),
                DataTable.Cell(shortHash ? String(entry.hash.prefix(12)) : entry.hash),
            ])
        }
        print(try table.rendered(as: output.format))
    }
}
