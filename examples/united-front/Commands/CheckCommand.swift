import ArgumentParser
import UnitedFront

/// `united-front check [--quick] [--consistency]`: the integrity check (SQLite's checks and every
/// invariant of the history model) and, with `--consistency`, the data-quality report too. Exits 0 only
/// when everything it ran holds, so that scripts and backups can stop on a damaged register.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the register's integrity (and with --consistency its records); exit 1 when anything fails.",
        discussion: """
            Always runs SQLite's integrity_check (quick_check with --quick) and foreign_key_check, then every \
            invariant of the history model over every history table: one open interval per fact, no overlaps, \
            valid_to after valid_from, every changeset a row names exists, current rows equal the open history, \
            changesets recorded in order, no membership or record in force while its holder is archived, the \
            name-search index, the access log's hash chain. Each failure is named with its table and rows. --consistency also lists the records \
            that contradict each other on the date (\(QualityRule.allCases.count) rules, see the README's \
            "Data quality"); they count toward the exit status. Exit status 0 when everything holds, 1 otherwise \
            (also when the file cannot be opened).
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var dates: ReadDateOptions

    /// Also run the data-quality rules.
    @Flag(name: .long, help: "Also check that the records do not contradict each other on the date.")
    var consistency = false

    /// PRAGMA quick_check instead of integrity_check.
    @Flag(name: .long, help: "Run SQLite's quick_check (no index contents compared) instead of integrity_check.")
    var quick = false

    func run() throws {
        let register = try database.openExisting()
        let progress = ProgressBar("check")
        let report = try register.check(quick: quick) { done, total in
            progress.update(fraction: Double(done) / Double(max(total, 1)), note: "\(done)/\(total)")
        }
        progress.finish()
        var integrity = DataTable([.init(key: "check", header: "检查"), .init(key: "table", header: "表"),
                                   .init(key: "rows", header: "行"), .init(key: "detail", header: "详情")])
        for finding in report.findings {
            integrity.append([DataTable.Cell(finding.check.rawValue), DataTable.Cell(finding.table),
                              DataTable.Cell(text: finding.rowIDs.map(String.init).joined(separator: ","),
                                             json: .array(finding.rowIDs.map { .integer($0) })),
                              DataTable.Cell(finding.detail)])
        }
        let date = dates.date(register)
        var findings: [QualityFinding] = []
        var quality = DataTable([.init(key: "member", header: "编号"), .init(key: "name", header: "姓名"),
                                 .init(key: "rule", header: "规则代码"), .init(key: "rule_name", header: "规则"),
                                 .init(key: "detail", header: "详情")])
        if consistency {
            findings = try register.dataQuality(asOf: date, knownAt: dates.knownAt)
            var names: [MemberID: String] = [:]
            for id in Set(findings.map(\.member)) { names[id] = try register.member(id, asOf: date, knownAt: dates.knownAt)?.name }
            for finding in findings {
                quality.append([DataTable.Cell(text: String(finding.member.rawValue), json: .integer(finding.member.rawValue)),
                                DataTable.Cell(names[finding.member]), DataTable.Cell(finding.rule.rawValue),
                                DataTable.Cell(finding.rule.description), DataTable.Cell(finding.detail)])
            }
        }
        switch output.format {
        case .table:
            let kind = quick ? "quick_check" : "integrity_check"
            print(report.isSound ? "Integrity: \(report.checksRun) checks (SQLite \(kind) and the history invariants), all hold."
                  : "Integrity: \(report.findings.count) of \(report.checksRun) checks failed:")
            if !report.isSound { print(try integrity.rendered(as: .table)) }
            if consistency {
                print(findings.isEmpty ? "No contradictions as of \(date)."
                      : "\(findings.count) contradiction\(findings.count == 1 ? "" : "s") as of \(date):")
                if !findings.isEmpty { print(try quality.rendered(as: .table)) }
            }
        case .json:
            var object: [String: JSONValue] = ["integrity": .object(["checks": .integer(Int64(report.checksRun)),
                                                                     "quick": .bool(quick),
                                                                     "findings": .array(integrity.jsonObjects)])]
            if consistency { object["consistency"] = .array(quality.jsonObjects) }
            print(try JSONValue.object(object).rendered())
        case .csv:
            print(try integrity.rendered(as: .csv), terminator: "")
            if consistency { print(""); print(try quality.rendered(as: .csv), terminator: "") }
        }
        if !report.isSound || !findings.isEmpty { throw ExitCode(1) }
    }
}
