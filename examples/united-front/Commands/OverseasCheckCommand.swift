import ArgumentParser
import UnitedFront

/// `united-front overseas check --as-of D`: the 华侨 whose residence facts fail the legal test, and why.
struct OverseasCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "List the 华侨 records in force on --as-of whose residence facts fail the legal test, each with its reason.",
        discussion: """
            The test of the 归侨侨眷权益保护法: a Chinese citizen, resident 2 years and 18 months present with a \
            long-term or permanent residence right, 5 years and 30 months without. Records are kept as entered: a \
            finding is for a person to check. `--format json` prints [{"id", "member", "country", "reason"}].
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var dates: ReadDateOptions

    func run() throws {
        let register = try database.openExisting()
        let date = dates.date(register)
        let findings = try register.read { try $0.overseasChineseFailingResidenceTest(asOf: date, knownAt: dates.knownAt) }
        let names = CodeNames(codes: register.codes, showCodes: output.codes)
        var table = DataTable([.init(key: "id", header: "编号"), .init(key: "member", header: "成员"),
                               .init(key: "country", header: "居住国"), .init(key: "reason", header: "原因")])
        for finding in findings {
            table.append([finding.record.id.cell, finding.record.member.cell, names.cell(finding.record.country),
                          DataTable.Cell(finding.reason.description)])
        }
        if output.format == .table { print("华侨 failing the residence test as of \(date): \(findings.count)") }
        if output.format != .table || !findings.isEmpty { print(try table.rendered(as: output.format)) }
    }
}
