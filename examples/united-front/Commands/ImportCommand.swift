import ArgumentParser
import Foundation
import UnitedFront
import UnitedFrontExchange

/// `united-front import FILE`: imports a member sheet (CSV as Excel writes it) in one changeset.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a member sheet (CSV: UTF-8 with or without BOM, or GB18030) in one changeset.",
        discussion: """
            Headers in Chinese (姓名, 证件号码, 统战类别 …) or English (name, document_number, categories …), in \
            any order. By default the import is all or nothing: any bad row and nothing is written. Rows whose \
            document matches a member update that member as a change effective --effective; re-importing a \
            file changes nothing. Exit status 1 when bad rows kept the import from writing.
            """
    )

    @Argument(help: ArgumentHelp("The CSV file to import.", valueName: "file"))
    var file: String

    @Flag(name: .long, help: "Write the good rows and copy the bad ones to a rejects file.")
    var skipBadRows = false

    @Flag(name: .long, help: "Check everything and report, but write nothing.")
    var dryRun = false

    @Option(name: .long, help: ArgumentHelp(
        "Where to copy bad rows (default with --skip-bad-rows: NAME.rejects.csv in the current directory).",
        valueName: "path"))
    var rejects: String?

    @Option(name: .long, help: "The sheet's encoding: utf8 or gb18030 (default: detected).")
    var encoding: SheetEncoding?

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let register = try database.openExisting()
        var options = MemberImportOptions(skipBadRows: skipBadRows, dryRun: dryRun, effective: effective.date(register),
                                          encoding: encoding)
        options.rejectsURL = (rejects ?? (skipBadRows ? Self.defaultRejectsPath(for: file) : nil)).map(URL.init(fileURLWithPath:))
        var who = attribution.attribution
        who.source = who.source ?? URL(fileURLWithPath: file).lastPathComponent
        let bar = ProgressBar("导入")
        let result = try MemberSheetImporter(register: register).importSheet(
            at: URL(fileURLWithPath: file), options: options, by: who
        ) { progress in
            bar.update(fraction: progress.fraction, note: "\(progress.rowsRead) 行")
        }
        bar.finish()
        switch output.format {
        case .json:
            print(result.json)
        case .table, .csv:
            print(summary(of: result, rejects: result.rejected > 0 ? options.rejectsURL?.path : nil))
        }
        if result.wroteNothingBecauseOfBadRows && !dryRun { throw ExitCode(1) }
    }

    /// `data/members.csv` → `members.rejects.csv` in the current directory (never beside a read-only input).
    static func defaultRejectsPath(for file: String) -> String {
        URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent + ".rejects.csv"
    }

    private func summary(of result: ImportResult, rejects: String?) -> String {
        var lines: [String] = []
        let mode = dryRun ? " (dry run: nothing written)" : result.wroteNothingBecauseOfBadRows ? " (nothing written: fix the bad rows, or use --skip-bad-rows)" : ""
        lines.append("imported \(result.imported), updated \(result.updated), unchanged \(result.unchanged), rejected \(result.rejected)\(mode)")
        if !result.errors.isEmpty {
            var table = TextTable(["行", "列", "值", "原因"])
            for error in result.errors { table.append(["\(error.row)", error.column, error.value, error.reason]) }
            lines.append("")
            lines.append(table.render())
        }
        if let rejects { lines.append("\nbad rows copied to \(rejects)") }
        if !result.possibleDuplicates.isEmpty {
            var table = TextTable(["行", "姓名", "出生日期", "已有成员"])
            for duplicate in result.possibleDuplicates {
                table.append(["\(duplicate.row)", duplicate.name, duplicate.birthDate.iso8601,
                              duplicate.existingMemberIDs.map(\.description).joined(separator: ", ")])
            }
            lines.append("\npossible duplicates, for review (not merged):")
            lines.append(table.render())
        }
        return lines.joined(separator: "\n")
    }
}
