internal import CSQLite

/// An error SQLite reported, with its result codes, its message and the SQL that caused it.
///
/// This is the one error type the storage layer throws. Match it by code with ``ResultCode``:
/// `catch ResultCode.SQLITE_CONSTRAINT { … }`. Domain errors (a bad ID number, an unknown member)
/// are ``ValidationError`` and ``RegisterError`` instead.
public struct DatabaseError: Error, Sendable, CustomStringConvertible {
    /// The primary result code, such as ``ResultCode/SQLITE_CONSTRAINT``.
    public var resultCode: ResultCode { extendedResultCode.primaryResultCode }
    /// The extended result code, such as ``ResultCode/SQLITE_CONSTRAINT_UNIQUE``.
    public let extendedResultCode: ResultCode
    /// SQLite's message, e.g. `UNIQUE constraint failed: member.document_number`.
    public let message: String
    /// The SQL statement that failed, when there was one.
    public let sql: String?

    /// Creates an error. The library builds these from SQLite's answers; tests may build their own.
    public init(extendedResultCode: ResultCode, message: String, sql: String? = nil) {
        self.extendedResultCode = extendedResultCode
        self.message = message
        self.sql = sql
    }

    /// The error SQLite holds for `connection` after `code` was returned.
    init(code: Int32, connection: OpaquePointer?, sql: String? = nil) {
        let extended = connection.map { sqlite3_extended_errcode($0) } ?? code
        let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            ?? String(cString: sqlite3_errstr(code))
        // When the connection's error state was reset, fall back to the returned code.
        let useExtended = extended & 0xFF == code & 0xFF
        self.init(
            extendedResultCode: ResultCode(rawValue: useExtended ? extended : code),
            message: message,
            sql: sql)
    }

    /// `SQLite error 19 (constraint failed): UNIQUE constraint failed: … - while executing `…``, the SQL
    /// cut to its first 200 characters (``sql`` holds all of it).
    public var description: String {
        var text = "SQLite error \(extendedResultCode): \(message)"
        if let sql {
            let shown = sql.count > 200 ? sql.prefix(200) + "…" : Substring(sql)
            text += " - while executing `\(shown)`"
        }
        return text
    }
}
