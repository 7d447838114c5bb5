import ArgumentParser
import UnitedFront

/// `united-front check --consistency`: the data-quality report. Lists the records that contradict each
/// other on a date (a 中共党员 in a 党外 category, status 12 without a certification …) and exits 1 when
/// there is any, so that scripts can stop on them.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the register: --consistency lists records that contradict each other; exit 1 when any does.",
        discussion: """
            The register accepts contradictions entered by hand or imported and never fixes them silently; \
            this lists each with the member and the rule (\(QualityRule.allCases.count) rules, see the README's \
            "Data quality"). Exit status 0 when nothing contradicts, 1 otherwise. --consistency is the only check \
            so far and the default.
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var dates: ReadDateOptions

    /// Run the data-quality rules (the default).
    @Flag(name: .long, help: "Check that the records do not contradict each other (the default).")
    var consistency = false

    func run() throws {
        let register = try database.openExisting()
        let date = dates.date(register)
        let findings = try register.dataQuality(asOf: date, knownAt: dates.knownAt)
        var names: [MemberID: String] = [:]
        for id in Set(findings.map(\.member)) { names[id] = try register.member(id, asOf: date, knownAt: dates.knownAt)?.name }
        var table = DataTable([.init(key: "member", header: "编号"), .init(key: "name", header: "姓名"),
                               .init(key: "rule", header: "规则代码"), .init(key: "rule_name", header: "规则"),
                               .init(key: "detail", header: "详情")])
        for finding in findings {
            table.append([DataTable.Cell(text: String(finding.member.rawValue), json: .integer(finding.member.rawValue)),
                          DataTable.Cell(names[finding.member]), DataTable.Cell(finding.rule.rawValue),
                          DataTable.Cell(finding.rule.description), DataTable.Cell(finding.detail)])
        }
        if output.format == .table {
            print(findings.isEmpty ? "No contradictions as of \(date)."
                  : "\(findings.count) contradiction\(findings.count == 1 ? "" : "s") as of \(date):")
            if !findings.isEmpty { print(try table.rendered(as: .table)) }
        } else {
            print(try table.rendered(as: output.format))
        }
        if !findings.isEmpty { throw ExitCode(1) }
    }
}
