import CSV
import Foundation

/// Copies bad rows to a rejects CSV: the sheet's own header plus a trailing `错误` (or `error`) column
/// with the reasons, UTF-8 with a byte order mark so that Excel opens it. Fix the cells, leave the
/// error column as it is (imports ignore it), and import the file again.
///
/// The file is created on the first bad row, so a clean import leaves no rejects file behind. It holds
/// the rows as typed, unmasked identifiers included, so it is created readable and writable by its owner
/// only (mode 0600), and the importer records it in the export log.
///
/// **Threading.** Not `Sendable`: used by one import on one thread.
final class RejectsWriter {
    private let url: URL
    private let layout: SheetLayout
    private var output: (handle: FileHandle, stream: SheetOutputStream, csv: CSVWriter)?
    /// The positions copied: every column but an `错误` column of the input.
    private let copied: [Int]
    /// The rejects file's name (its last path component), for the logs.
    var fileName: String { url.lastPathComponent }
    /// How many bad rows were copied so far.
    private(set) var rowCount = 0

    init(url: URL, layout: SheetLayout) {
        self.url = url
        self.layout = layout
        copied = layout.headers.indices.filter { layout.columns[$0] != .error }
    }

    /// Appends a bad row with its errors.
    func write(_ cells: [String], errors: [ImportError]) throws {
        let writer = try open()
        let reasons = errors.map { error in
            (error.column.isEmpty ? "" : error.column + (error.value.isEmpty ? "" : " \"\(error.value)\"") + ": ") + error.reason
        }
        try writer.write(row: copied.map { $0 < cells.count ? cells[$0] : "" } + [reasons.joined(separator: "; ")])
        rowCount += 1
    }

    /// Flushes and closes the file, if one was started.
    func finish() throws {
        guard let output else { return }
        self.output = nil
        output.stream.write("\r\n")
        defer { try? output.handle.close() }
        try output.stream.finish()
    }

    private func open() throws -> CSVWriter {
        if let output { return output.csv }
        let ownerOnly: [FileAttributeKey: Any] = [.posixPermissions: 0o600]
        guard FileManager.default.createFile(atPath: url.path, contents: nil, attributes: ownerOnly),
            (try? FileManager.default.setAttributes(ownerOnly, ofItemAtPath: url.path)) != nil,  // an old file too
            let handle = FileHandle(forWritingAtPath: url.path)
        else {
            throw MemberSheetError.unreadable(path: url.path, reason: "cannot create the rejects file")
        }
        let stream = try SheetOutputStream(.handle(handle), encoding: .utf8, bom: true)
        let csv = try CSVWriter(stream: stream, newline: .crlf)
        let errorHeader = layout.usesEnglish ? MemberSheetColumn.error.englishAlias : MemberSheetColumn.error.chineseHeader
        try csv.write(row: copied.map { layout.headers[$0] } + [errorHeader])
        output = (handle, stream, csv)
        return csv
    }
}
