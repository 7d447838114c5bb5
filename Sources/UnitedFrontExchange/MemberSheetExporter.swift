import CSV
public import Foundation
public import UnitedFront

/// Writes the register's members to a CSV or JSON file, masked by default and always logged.
///
/// ```swift
/// let exporter = MemberSheetExporter(register: register)
/// let entry = try exporter.export(ExportRequest(actor: "统战部 张科员", format: "csv", category: "无党派人士"),
///                                 as: .csv, to: URL(fileURLWithPath: "无党派人士.csv"))
/// ```
///
/// **Shape.** The columns of ``MemberSheetColumn/exported`` in order, with Chinese headers by default
/// (CSV) or the English aliases (JSON keys, plus `id`). Coded fields are written as Chinese names
/// (`男性`, `蒙古族`, `居民身份证`); categories as names joined with `；` (not `、`, which names such as
/// `香港同胞、澳门同胞` contain); `代表层级` and `类别起始日期` as one value when all the member's
/// categories share it, else one per category in the same order, joined with `；`.
/// Importing an unmasked export back therefore changes nothing.
///
/// **Privacy.** Rows come from ``Register/exportMembers(_:_:)``: masked by the request's policy
/// (document numbers `150102********1234`, mobiles `138****8000`, addresses and e-mail cut, by
/// default) and logged with who, when, format, filter, row count and masking. An unmasked export needs
/// ``ExportRequest/masking`` set to a weaker policy *and* a non-empty ``ExportRequest/reason``.
///
/// **Memory.** Streaming: one member at a time, output through a 64 KiB buffer.
///
/// **Threading.** `Sendable`; an export blocks the calling thread inside one read transaction, so it
/// sees one consistent snapshot while writers go on (file registers).
public struct MemberSheetExporter: Sendable {
    /// The register exported from.
    public let register: Register

    /// An exporter for `register`.
    public init(register: Register) {
        self.register = register
    }

    /// Exports to a new file at `url` (replacing one that exists), created when the first bytes are
    /// written: an export the register refuses (unmasked without a reason, an unknown category) leaves
    /// whatever was at `url` as it was. When the export fails after that, the file is removed.
    ///
    /// - Returns: the export log entry.
    /// - Throws: ``PrivacyError`` (unmasked without a reason: no file is created), ``ValidationError``
    ///   for an unknown category or tier filter, ``MemberSheetError/unreadable(path:reason:)`` when the
    ///   file cannot be created, write errors, ``DatabaseError``.
    @discardableResult
    public func export(_ request: ExportRequest, as format: MemberExportFormat, headers: SheetHeaderLanguage = .chinese,
                       to url: URL) throws -> ExportLogEntry {
        var created = false
        do {
            return try export(request, as: format, headers: headers, into: .newFile(url)) { created = $0.createdFile }
        } catch {
            if created { try? FileManager.default.removeItem(at: url) }   // no partial file; the log keeps the attempt
            throw error
        }
    }

    /// Exports to `handle` (a file, standard output), from its current position.
    ///
    /// `request.format` is replaced by `format`'s name for the log.
    /// - Returns: the export log entry.
    /// - Throws: ``PrivacyError`` (nothing written, nothing logged), ``ValidationError`` for an unknown
    ///   category or tier filter, write errors, ``DatabaseError``. When writing fails part way the log
    ///   records the rows handed out and ``ExportLogEntry/completed`` false.
    @discardableResult
    public func export(_ request: ExportRequest, as format: MemberExportFormat, headers: SheetHeaderLanguage = .chinese,
                       to handle: FileHandle) throws -> ExportLogEntry {
        try export(request, as: format, headers: headers, into: .handle(handle)) { _ in }
    }

    /// Writes the export into `destination`; `done` sees the stream however the export ends. Whether
    /// the request may be made (an unmasked export needs a reason) is the register's rule, checked by
    /// ``Register/exportMembers(_:_:)`` before the first row: until then the output is only buffered.
    private func export(_ request: ExportRequest, as format: MemberExportFormat, headers: SheetHeaderLanguage,
                        into destination: SheetOutputStream.Destination,
                        done: (SheetOutputStream) -> Void) throws -> ExportLogEntry {
        var request = request
        request.format = format.rawValue
        let codes = register.codes
        let row = MemberSheetRow(codes: codes)
        switch format {
        case .csv, .csvGB18030:
            let stream = try SheetOutputStream(destination, encoding: format == .csv ? .utf8 : .gb18030, bom: format == .csv)
            defer { done(stream) }
            let writer = try CSVWriter(stream: stream, newline: .crlf)
            let entry: ExportLogEntry
            do {
                try writer.write(row: MemberSheetColumn.exported.map { headers == .chinese ? $0.chineseHeader : $0.englishAlias })
                entry = try register.exportMembers(request) { member in
                    try writer.write(row: row.cells(of: member).map { $0 ?? "" })
                }
            } catch {
                throw stream.failure ?? error
            }
            stream.write("\r\n")
            try stream.finish()
            return entry
        case .json:
            let stream = try SheetOutputStream(destination, encoding: .utf8, bom: false)
            defer { done(stream) }
            let keys = MemberSheetColumn.exported.map { JSONText.string($0.englishAlias) }
            var first = true
            stream.write("[")
            let entry = try register.exportMembers(request) { member in
                var object = first ? "\n{" : ",\n{"
                first = false
                object += "\"id\": \(member.id.rawValue)"
                for (key, value) in zip(keys, row.cells(of: member)) {
                    object += ", " + key + ": " + JSONText.optional(value)
                }
                stream.write(object + "}")
                if let failure = stream.failure { throw failure }
            }
            stream.write(first ? "]\n" : "\n]\n")
            try stream.finish()
            return entry
        }
    }
}
