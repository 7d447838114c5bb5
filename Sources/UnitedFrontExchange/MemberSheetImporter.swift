import CSV
public import Foundation
public import UnitedFront

/// Imports a member sheet (CSV as Excel writes it) into a register.
///
/// ```swift
/// let importer = MemberSheetImporter(register: register)
/// let result = try importer.importSheet(
///     at: URL(fileURLWithPath: "members.csv"),
///     options: MemberImportOptions(skipBadRows: true, rejectsURL: URL(fileURLWithPath: "rejects.csv")),
///     by: Attribution(actor: "统战部 张科员", reason: "2024年度摸底"))
/// print(result.imported, result.updated, result.errors)
/// ```
///
/// **The sheet.** A header row, then one member per row. Headers in Chinese or English
/// (``MemberSheetColumn``), in any order; any subset of the columns. Encoding detected (UTF-8 with or
/// without BOM, or GB18030/GBK); RFC 4180 quoting, so cells may hold commas, quotes and line breaks.
/// Coded cells take codes, names or aliases (`男` or `1`; `蒙古族`, `蒙古` or `02`); dates take the
/// forms of ``SheetDate`` (a month alone, `2022-03`, means its first day). Birth date and sex may be
/// left empty when a citizen ID gives them, and must agree with it otherwise. `统战类别` holds several
/// categories separated by `、`, `;` or `；`; `代表层级` (default 一般) and `类别起始日期` (default: the
/// effective date) hold one value for all of them or one per category. `证件类型` defaults to 居民身份证.
///
/// **Matching.** A row whose document (type and number) belongs to a member updates that member as a
/// change effective ``MemberImportOptions/effective``: only the columns the sheet has, and only
/// non-empty cells (an empty cell never clears a value); categories the member does not hold are
/// entered, and a non-empty `代表层级` changes the tier of those held. A row that changes nothing writes
/// nothing, so importing the same file twice leaves the second time without a changeset. A second row
/// for the same member in one file is an error. A new member is registered effective the earlier of
/// the effective date and the row's category start dates. Rows without a document number cannot be
/// matched: each imports a new member, and one with the name and birth date of an existing member is
/// reported in ``ImportResult/possibleDuplicates`` (as is any new member with a different document).
///
/// **Errors.** Bad rows are reported in ``ImportResult/errors`` (row, column as written, value,
/// reason), not thrown; see ``MemberImportOptions`` for what is written then. A cell that opens a
/// quote and never closes it is a bad row too, reported on the row where the cell began with the
/// cell's first characters as its value: the lines after it ran into that cell and are not read as
/// rows (so nothing of them is imported, whatever the mode). So is a cell with text after its closing
/// quote (`"张三"x`). The whole import is one
/// changeset attributed to the given ``Attribution`` (its `source` defaults to the file name).
///
/// **Memory.** Streaming: one row and one 64 KiB chunk of the file are in memory at a time, plus the
/// errors reported and four bytes per member id for duplicate detection; SQLite keeps the transaction
/// on disk.
///
/// **Threading.** `Sendable`; an import blocks the calling thread for its duration and holds the
/// register's write lock throughout (other writers wait). `progress` is called on that thread; it must
/// not call the register.
public struct MemberSheetImporter: Sendable {
    /// The register rows are imported into.
    public let register: Register

    /// An importer for `register`.
    public init(register: Register) {
        self.register = register
    }

    /// Imports the sheet at `url`.
    ///
    /// - Parameters:
    ///   - url: a CSV file.
    ///   - options: mode, effective date, rejects file, encoding.
    ///   - attribution: who imports and why: the one changeset of the import.
    ///   - progress: called with rows and bytes read, at most about ten times a second and at the end.
    /// - Returns: the tally, the bad rows and the possible duplicates. A rejects file that received rows is
    ///   owner-only (mode 0600) and recorded in the export log as an unmasked `rejects-csv` export by the
    ///   attribution's actor, and in the access log as a ``AccessAction/rejectsFile`` entry (same transaction).
    ///   The bad rows wait in memory; the entry is recorded when the import ends and the file written after
    ///   it, so a process killed part way never leaves a rejects file the logs do not know.
    /// - Throws: ``MemberSheetError`` for a sheet that cannot be read at all (no header, unknown or
    ///   duplicate headers, undecodable bytes); ``RegisterError/missingActor``; ``DatabaseError``; the
    ///   rejects file's write errors. Nothing is written when it throws.
    public func importSheet(at url: URL, options: MemberImportOptions = MemberImportOptions(),
                            by attribution: Attribution,
                            progress: ((ImportProgress) -> Void)? = nil) throws -> ImportResult {
        let encoding = try options.encoding ?? SheetEncoding.detect(fileAt: url)
        let totalBytes = ((try? FileManager.default.attributesOfItem(atPath: url.path)[.size]) as? NSNumber)?.int64Value ?? 0
        let stream = try SheetInputStream(url: url, encoding: encoding)
        let reader: CSVReader
        do {
            reader = try CSVReader(stream: stream, hasHeaderRow: false)
        } catch {
            throw stream.failure ?? MemberSheetError.malformed(path: url.path, reason: "\(error)")
        }
        func readError() -> MemberSheetError? {
            if let failure = stream.failure { return failure }
            return reader.error.map { MemberSheetError.malformed(path: url.path, reason: "\($0)") }
        }
        guard let headerCells = reader.next() else { throw readError() ?? MemberSheetError.empty(path: url.path) }
        if let error = readError() { throw error }
        if let finding = stream.quoteFindings(through: 1).first {
            throw MemberSheetError.malformed(path: url.path, reason: "the header cell \(finding.shownValue) \(finding.reason)")
        }
        let layout = try SheetLayout(headers: headerCells)

        var attribution = attribution
        if attribution.source == nil { attribution.source = "import \(url.lastPathComponent)" }
        let today = register.today
        let effective = options.effective ?? today
        let rejects = options.rejectsURL.map { RejectsWriter(url: $0, layout: layout) }
        var outcome: ImportResult
        do {
            outcome = try register.write(by: attribution) { transaction in
                let run = ImportRun(transaction: transaction, layout: layout, effective: effective, today: today,
                                    rejects: rejects)
                var throttle = ProgressThrottle(report: progress, totalBytes: totalBytes)
                var row = 1
                while let cells = reader.next() {
                    row += 1
                    try run.process(cells, row: row, quoting: stream.quoteFindings(through: row))
                    throttle.rowRead(bytesRead: stream.bytesRead)
                }
                if let error = readError() { throw error }
                throttle.finish(bytesRead: stream.bytesRead)
                var result = run.result
                if options.dryRun || (result.rejected > 0 && !options.skipBadRows) {
                    throw Rollback(result: result)
                }
                result.committed = true
                return result
            }
        } catch let rollback as Rollback {
            outcome = rollback.result
            if !options.skipBadRows, outcome.rejected > 0 {
                outcome.imported = 0
                outcome.updated = 0
                outcome.unchanged = 0
            }
        } catch {
            // The log entry first, then the file: a kill in between leaves an entry, never an unlogged file.
            if (try? logRejects(rejects, of: url, by: attribution)) != nil { try? rejects?.finish() }
            throw error
        }
        try logRejects(rejects, of: url, by: attribution)
        try rejects?.finish()
        return outcome
    }

    /// Records a rejects file that received rows in the export log, like an unmasked export: it holds the
    /// bad rows as typed, identifiers included.
    private func logRejects(_ rejects: RejectsWriter?, of url: URL, by attribution: Attribution) throws {
        guard let rejects, rejects.rowCount > 0 else { return }
        var request = ExportRequest(actor: attribution.actor, format: "rejects-csv", masking: .unmasked,
                                    reason: "rows of \(url.lastPathComponent) that could not be imported")
        request.accessAction = .rejectsFile
        request.note = "file=\(rejects.fileName)"
        try register.recordExport(request, rowCount: rejects.rowCount)
    }

    /// Thrown out of the write closure to roll the transaction back and carry the result out.
    private struct Rollback: Error {
        var result: ImportResult
    }
}
