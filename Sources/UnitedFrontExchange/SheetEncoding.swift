public import Foundation

/// The text encoding of a sheet file: UTF-8 (with or without a byte order mark) or GB18030, which
/// covers GBK and GB2312, the encodings Excel on Chinese Windows saves "CSV" in.
///
/// **Threading.** A value type: `Sendable`.
public enum SheetEncoding: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// UTF-8. Exports write a byte order mark, so that Excel opens the file as UTF-8.
    case utf8 = "UTF-8"
    /// GB18030 (a superset of GBK and GB2312).
    case gb18030 = "GB18030"

    /// `UTF-8`, `GB18030`.
    public var description: String { rawValue }

    /// The file's encoding: UTF-8 if the whole file is well-formed UTF-8, GB18030 otherwise.
    ///
    /// Reads the file once in 64 KiB chunks (memory stays bounded). Validating the whole file rather
    /// than a prefix matters: a sheet whose first rows are ASCII says nothing by its prefix.
    /// - Throws: ``MemberSheetError/unreadable(path:reason:)``.
    public static func detect(fileAt url: URL) throws -> SheetEncoding {
        guard let handle = FileHandle(forReadingAtPath: url.path) else {
            throw MemberSheetError.unreadable(path: url.path, reason: "cannot open the file")
        }
        defer { try? handle.close() }
        var validator = UTF8Validator()
        while true {
            let chunk: Data
            do {
                chunk = try handle.read(upToCount: 1 << 16) ?? Data()
            } catch {
                throw MemberSheetError.unreadable(path: url.path, reason: "\(error)")
            }
            if chunk.isEmpty { break }
            chunk.withUnsafeBytes { validator.feed($0) }
            if !validator.isValid { return .gb18030 }
        }
        return validator.finish() ? .utf8 : .gb18030
    }
}
