/// A sheet that cannot be imported at all (as opposed to bad rows, which are ``ImportError``s in the
/// ``ImportResult``). Nothing was written.
///
/// **Threading.** A value type: `Sendable`.
public enum MemberSheetError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file has no header row.
    case empty(path: String)
    /// Headers the importer does not know, with the ones it does.
    case unknownHeaders([String], known: [String])
    /// Two columns name the same field (`姓名` and `name`, or `姓名` twice).
    case duplicateHeader(String, columns: [Int])
    /// The file cannot be opened or read.
    case unreadable(path: String, reason: String)
    /// The file is neither UTF-8 nor GB18030: invalid bytes at this offset of the file (GB18030 reading).
    case undecodable(path: String, offset: Int64)
    /// The CSV text cannot be parsed.
    case malformed(path: String, reason: String)

    /// An English sentence for logs and the CLI.
    public var description: String {
        switch self {
        case .empty(let path):
            "\(path) has no header row"
        case .unknownHeaders(let headers, let known):
            "unknown column\(headers.count == 1 ? "" : "s") \(headers.map { "\"\($0)\"" }.joined(separator: ", ")); "
                + "known columns: \(known.joined(separator: ", "))"
        case .duplicateHeader(let header, let columns):
            "column \"\(header)\" appears more than once (columns \(columns.map(String.init).joined(separator: ", ")))"
        case .unreadable(let path, let reason):
            "cannot read \(path): \(reason)"
        case .undecodable(let path, let offset):
            "\(path) is neither UTF-8 nor GB18030 (invalid bytes at offset \(offset))"
        case .malformed(let path, let reason):
            "\(path) is not a readable CSV file: \(reason)"
        }
    }
}
