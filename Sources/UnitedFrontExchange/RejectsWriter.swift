import CSV
import Foundation

/// Copies bad rows to a rejects CSV: the sheet's own header plus a trailing `错误` (or `error`) column
/// with the reasons, UTF-8 with a byte order mark so that Excel opens it. Fix the cells, leave the
/// error column as it is (imports ignore it), and import the file again.
///
/// It holds the rows as typed, unmasked identifiers included, so it is created readable and writable by
/// its owner only (mode 0600), and the importer records it in the export log *before* it is written: the
/// bad rows wait in memory until the import ends (``finish()``), so a clean import leaves no rejects file
/// behind and a process killed during an import leaves none at all, never a file the log does not know.
///
/// **Threading.** Not `Sendable`: used by one import on one thread.
final class RejectsWriter {
    private let url: URL
    private let layout: SheetLayout
    /// The bad rows, as they will be written, until ``finish()``.
    private var rows: [[String]] = []
    /// The positions copied: every column but an `错误` column of the input.
    private let copied: [Int]
    /// The rejects file's name (its last path component), for the logs.
    var fileName: String { url.lastPathComponent }
    /// How many bad rows were copied so far.
    var rowCount: Int { rows.count }

    init(url: URL, layout: SheetLayout) {
        self.url = url
        self.layout = layout
        copied = layout.headers.indices.filter { layout.columns[$0] != .error }
    }

    /// Appends a bad row with its errors (in memory, until ``finish()``).
    func write(_ cells: [String], errors: [ImportError]) {
        let reasons = errors.map { error in
            (error.column.isEmpty ? "" : error.column + (error.value.isEmpty ? "" : " \"\(error.value)\"") + ": ") + error.reason
        }
        rows.append(copied.map { $0 < cells.count ? cells[$0] : "" } + [reasons.joined(separator: "; ")])
    }

    /// Writes the file, owner-only, when there were bad rows: call it after the export-log entry.
    func finish() throws {
        guard !rows.isEmpty else { return }
        let ownerOnly: [FileAttributeKey: Any] = [.posixPermissions: 0o600]
        guard FileManager.default.createFile(atPath: url.path, contents: nil, attributes: ownerOnly),
            (try? FileManager.default.setAttributes(ownerOnly, ofItemAtPath: url.path)) != nil,  // an old file too
            let handle = FileHandle(forWritingAtPath: url.path)
        else {
            throw MemberSheetError.unreadable(path: url.path, reason: "cannot create the rejects file")
        }
        defer { try? handle.close() }
        let stream = try SheetOutputStream(.handle(handle), encoding: .utf8, bom: true)
        let csv = try CSVWriter(stream: stream, newline: .crlf)
        let errorHeader = layout.usesEnglish ? MemberSheetColumn.error.englishAlias : MemberSheetColumn.error.chineseHeader
        try csv.write(row: copied.map { layout.headers[$0] } + [errorHeader])
        for row in rows { try csv.write(row: row) }
        rows = []
        stream.write("\r\n")
        try stream.finish()
    }
}
