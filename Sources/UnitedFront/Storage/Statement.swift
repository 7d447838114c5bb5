internal import CSQLite

/// A prepared SQL statement on one ``Connection``.
///
/// Not `Sendable`: a statement belongs to its connection and is used on the thread that holds the
/// connection. Bind parameters by index (1-based, as in SQLite), step, and read columns by index
/// (0-based); the hot paths of the register do exactly that, with no intermediate row objects.
final class Statement {
    let handle: OpaquePointer
    let sql: String
    private unowned let connection: Connection

    init(connection: Connection, sql: String) throws(DatabaseError) {
        var handle: OpaquePointer?
        let code = sqlite3_prepare_v3(connection.handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &handle, nil)
        guard code == SQLITE_OK, let handle else {
            throw DatabaseError(code: code, connection: connection.handle, sql: sql)
        }
        self.handle = handle
        self.sql = sql
        self.connection = connection
    }

    deinit { sqlite3_finalize(handle) }

    // MARK: Binding

    /// Resets the statement and binds `values` to parameters 1…n.
    func bind(_ values: [any DatabaseValueConvertible]) throws(DatabaseError) {
        reset()
        for (offset, value) in values.enumerated() {
            try bind(value.databaseValue, at: Int32(offset + 1))
        }
    }

    /// Binds one value to the 1-based parameter `index`.
    func bind(_ value: DatabaseValue, at index: Int32) throws(DatabaseError) {
        let code: Int32
        switch value {
        case .null:
            code = sqlite3_bind_null(handle, index)
        case .integer(let int):
            code = sqlite3_bind_int64(handle, index, int)
        case .real(let double):
            code = sqlite3_bind_double(handle, index, double)
        case .text(let string):
            code = string.utf8.withContiguousStorageIfAvailable { buffer in
                buffer.withMemoryRebound(to: CChar.self) {
                    csqlite_bind_text_transient(handle, index, $0.baseAddress, Int32($0.count))
                }
            } ?? {
                var copy = string
                return copy.withUTF8 { buffer in
                    buffer.withMemoryRebound(to: CChar.self) {
                        csqlite_bind_text_transient(handle, index, $0.baseAddress, Int32($0.count))
                    }
                }
            }()
        case .blob(let bytes):
            code = bytes.withUnsafeBytes {
                csqlite_bind_blob_transient(handle, index, $0.baseAddress, Int32($0.count))
            }
        }
        guard code == SQLITE_OK else { throw error(code) }
    }

    // MARK: Stepping

    /// Advances to the next row; false when the statement is done.
    @discardableResult
    func step() throws(DatabaseError) -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let code:
            let failure = error(code)
            sqlite3_reset(handle)
            throw failure
        }
    }

    /// Runs the statement to completion, ignoring any rows.
    func run(_ values: [any DatabaseValueConvertible] = []) throws(DatabaseError) {
        try bind(values)
        while try step() {}
        sqlite3_reset(handle)  // releases its locks; the bindings are cleared by the next bind()
    }

    /// Resets the statement so that it can run again; bindings are cleared.
    func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    // MARK: Columns

    /// Whether column `index` (0-based) of the current row is `NULL`.
    func isNull(_ index: Int32) -> Bool { sqlite3_column_type(handle, index) == SQLITE_NULL }

    /// Column `index` as an integer (`NULL` reads as 0).
    func int64(_ index: Int32) -> Int64 { sqlite3_column_int64(handle, index) }

    /// Column `index` as an integer, or nil for `NULL`.
    func optionalInt64(_ index: Int32) -> Int64? { isNull(index) ? nil : int64(index) }

    /// Column `index` as a double (`NULL` reads as 0).
    func double(_ index: Int32) -> Double { sqlite3_column_double(handle, index) }

    /// Column `index` as text (`NULL` reads as the empty string).
    func text(_ index: Int32) -> String {
        guard let bytes = sqlite3_column_text(handle, index) else { return "" }
        let count = Int(sqlite3_column_bytes(handle, index))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    /// Column `index` as text, or nil for `NULL`.
    func optionalText(_ index: Int32) -> String? { isNull(index) ? nil : text(index) }

    /// Column `index` as a ``DatabaseValue``.
    func value(_ index: Int32) -> DatabaseValue {
        switch sqlite3_column_type(handle, index) {
        case SQLITE_INTEGER: return .integer(int64(index))
        case SQLITE_FLOAT: return .real(double(index))
        case SQLITE_TEXT: return .text(text(index))
        case SQLITE_BLOB:
            let count = Int(sqlite3_column_bytes(handle, index))
            guard count > 0, let bytes = sqlite3_column_blob(handle, index) else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: bytes, count: count)))
        default: return .null
        }
    }

    private func error(_ code: Int32) -> DatabaseError {
        DatabaseError(code: code, connection: connection.handle, sql: sql)
    }
}
