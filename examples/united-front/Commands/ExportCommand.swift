import ArgumentParser
import Foundation
import UnitedFront
import UnitedFrontExchange

/// `united-front export`: writes the active members as of a date to CSV or JSON, masked by default,
/// and records the export in the export log.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export members as of a date to CSV (UTF-8 with BOM, or GB18030) or JSON; masked by default and logged.",
        discussion: """
            Document numbers, mobiles and addresses are masked (150102********1234, 138****8000). \
            --unmasked needs --reason; every export, masked or not, is written to the export log \
            (see `united-front export-log`).
            """
    )

    @Option(name: [.short, .long], help: ArgumentHelp("The file to write (default: standard output).", valueName: "path"))
    var output: String?

    @Option(name: .long, help: "csv, csv-gb18030 or json.")
    var to: String = "csv"

    @Option(name: .long, help: "Header language for CSV: chinese or english.")
    var headers: String = "chinese"

    @Option(name: .long, help: "Only members in this category that day (code, name or alias).")
    var category: String?

    @Option(name: .long, help: "Only memberships with this tier (repeatable).")
    var tier: [String] = []

    @Flag(name: .long, help: "Do not mask document numbers, mobiles and addresses (needs --reason).")
    var unmasked = false

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var date: ReadDateOptions
    @OptionGroup var attribution: AttributionOptions

    func run() throws {
        let register = try database.openExisting()
        let format: MemberExportFormat
        switch to.lowercased() {
        case "csv": format = .csv
        case "csv-gb18030", "gb18030": format = .csvGB18030
        case "json": format = .json
        default: throw CLIError.invalidValue(option: "--to", value: to, expected: "csv, csv-gb18030 or json")
        }
        let language: SheetHeaderLanguage
        switch headers.lowercased() {
        case "chinese", "zh": language = .chinese
        case "english", "en": language = .english
        default: throw CLIError.invalidValue(option: "--headers", value: headers, expected: "chinese or english")
        }
        let who = attribution.attribution
        let request = ExportRequest(
            actor: who.actor, format: format.rawValue, asOf: date.date, category: category,
            tiers: Set(tier), masking: unmasked ? .unmasked : nil, reason: who.reason)
        let exporter = MemberSheetExporter(register: register)
        let entry: ExportLogEntry
        if let output {
            entry = try exporter.export(request, as: format, headers: language, to: URL(fileURLWithPath: output))
        } else {
            entry = try exporter.export(request, as: format, headers: language, to: FileHandle.standardOutput)
        }
        let target = output ?? "standard output"
        FileHandle.standardError.write(Data(
            "exported \(entry.rowCount) members to \(target) (\(entry.masked ? "masked" : "UNMASKED"); export log #\(entry.id))\n".utf8))
    }
}
