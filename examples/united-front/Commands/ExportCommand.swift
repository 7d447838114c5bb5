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
    var to: MemberExportFormat = .csv

    @Option(name: .long, help: "Header language for CSV: chinese or english.")
    var headers: SheetHeaderLanguage = .chinese

    @Option(name: .long, help: "Only members in this category that day (code, name or alias).")
    var category: UnitedFront.Category?

    @Option(name: .long, help: "Only memberships with this tier (repeatable).")
    var tier: [Tier] = []

    @OptionGroup var disclosure: DisclosureOptions
    @OptionGroup var database: DatabaseOptions
    @OptionGroup var date: ReadDateOptions
    @OptionGroup var actor: ActorOptions

    func run() throws {
        let register = try database.openExisting()
        let request = ExportRequest(
            actor: actor.name, format: to.rawValue, asOf: date.asOf, category: category, tiers: Set(tier),
            masking: disclosure.unmasked ? .unmasked : nil, reason: disclosure.reason)
        let exporter = MemberSheetExporter(register: register)
        let entry: ExportLogEntry
        if let output {
            entry = try exporter.export(request, as: to, headers: headers, to: URL(fileURLWithPath: output))
        } else {
            entry = try exporter.export(request, as: to, headers: headers, to: FileHandle.standardOutput)
        }
        let target = output ?? "standard output"
        FileHandle.standardError.write(Data(
            "exported \(entry.rowCount) members to \(target) (\(entry.masked ? "masked" : "UNMASKED"); export log #\(entry.id))\n".utf8))
    }
}
