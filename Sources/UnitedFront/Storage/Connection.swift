internal import CSQLite

/// One SQLite connection: the only type in the library that talks to the C API directly.
///
/// **Threading.** Not `Sendable`. A connection is used by one thread at a time; the register keeps each
/// connection inside a lock of its own (see ``ConnectionPool``) and hands it to closures that must not
/// let it escape. SQLite is opened with `SQLITE_OPEN_NOMUTEX` because that lock already serialises access.
///
/// **Errors.** Every failure is a ``DatabaseError`` that carries the result codes, SQLite's message and
/// the SQL.
final class Connection {
    /// Where a database lives.
    enum Location: Sendable, Equatable {
        /// A file on disk, created when missing.
        case file(String)
        /// A private in-memory database that disappears with its connection.
        case inMemory
    }

    let handle: OpaquePointer
    let location: Location
    private var statements: [String: Statement] = [:]
    private var savepointDepth = 0
    /// Work deferred to the end of the open transaction (Connection+PendingWork.swift).
    var pendingWorkByType: [ObjectIdentifier: any PendingWork] = [:]
    var pendingWorkOrder: [ObjectIdentifier] = []

    /// Opens a connection, configures it (foreign keys on, busy timeout; WAL and a 64 MiB page cache
    /// for writers of files).
    init(location: Location, readOnly: Bool = false, busyTimeoutMilliseconds: Int32 = 5_000) throws(DatabaseError) {
        var flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI
        flags |= readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        let path: String
        switch location {
        case .file(let file): path = file
        case .inMemory: path = ":memory:"
        }
        var handle: OpaquePointer?
        let code = sqlite3_open_v2(path, &handle, flags, nil)
        guard code == SQLITE_OK, let handle else {
            let error = DatabaseError(code: code, connection: handle)
            sqlite3_close_v2(handle)
            throw error
        }
        self.handle = handle
        self.location = location
        sqlite3_extended_result_codes(handle, 1)
        sqlite3_busy_timeout(handle, busyTimeoutMilliseconds)
        try execute("PRAGMA foreign_keys = ON")
        if case .file = location, !readOnly {
            // A 64 MiB page cache for the writer: large imports run in one transaction and would
            // otherwise re-read their own pages from the WAL (SQLite's default is 2 MiB). Savepoint
            // sub-journals in memory: importers open one savepoint per row.
            // Switching to WAL needs a lock that SQLite's busy handler does not wait for: when another
            // connection opens the same new file at the same moment, retry for the busy timeout.
            try retryingWhileBusy(for: busyTimeoutMilliseconds) { () throws(DatabaseError) in
                try execute("PRAGMA journal_mode = WAL")
            }
            try execute("PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY")
        }
    }

    /// Runs `body` again while it fails with `SQLITE_BUSY` or `SQLITE_LOCKED`, pausing 5 ms between
    /// tries, for about `milliseconds` in all.
    private func retryingWhileBusy(for milliseconds: Int32, _ body: () throws(DatabaseError) -> Void) throws(DatabaseError) {
        var waited: Int32 = 0
        while true {
            do {
                return try body()
            } catch where (error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED) && waited < milliseconds {
                sqlite3_sleep(5)
                waited += 5
            }
        }
    }

    deinit {
        statements.removeAll()
        sqlite3_close_v2(handle)
    }

    // MARK: Executing SQL

    /// Runs one or more SQL statements separated by semicolons, ignoring their rows.
    func execute(_ sql: String) throws(DatabaseError) {
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &message)
        guard code == SQLITE_OK else {
            let text = message.map { String(cString: $0) }
            sqlite3_free(message)
            let error = DatabaseError(code: code, connection: handle, sql: sql)
            throw DatabaseError(extendedResultCode: error.extendedResultCode, message: text ?? error.message, sql: sql)
        }
    }

    /// A prepared statement for `sql`, compiled once per connection and reused. Callers bind (which resets)
    /// before stepping and reset when done, so a statement is never handed out mid-step.
    func cachedStatement(_ sql: String) throws(DatabaseError) -> Statement {
        if let statement = statements[sql] { return statement }  // every use resets it when done, and bind() again
        let statement = try Statement(connection: self, sql: sql)
        statements[sql] = statement
        return statement
    }

    /// Runs a cached statement with `arguments`.
    func run(_ sql: String, _ arguments: [any DatabaseValueConvertible] = []) throws(DatabaseError) {
        try cachedStatement(sql).run(arguments)
    }

    /// Calls `row` for each result row of `sql`; the statement is positioned on the row during the call.
    func forEachRow(
        _ sql: String, _ arguments: [any DatabaseValueConvertible] = [],
        _ row: (Statement) throws -> Void
    ) throws {
        let statement = try cachedStatement(sql)
        try statement.bind(arguments)
        defer { statement.reset() }
        while try statement.step() { try row(statement) }
    }

    /// The rows of `sql`, each decoded by `decode`.
    func fetchAll<T>(
        _ sql: String, _ arguments: [any DatabaseValueConvertible] = [],
        _ decode: (Statement) throws -> T
    ) throws -> [T] {
        var result: [T] = []
        try forEachRow(sql, arguments) { result.append(try decode($0)) }
        return result
    }

    /// The first row of `sql` decoded by `decode`, or nil when there is none.
    func fetchOne<T>(
        _ sql: String, _ arguments: [any DatabaseValueConvertible] = [],
        _ decode: (Statement) throws -> T
    ) throws -> T? {
        let statement = try cachedStatement(sql)
        try statement.bind(arguments)
        defer { statement.reset() }
        return try statement.step() ? decode(statement) : nil
    }

    /// The rowid of the last row inserted on this connection.
    var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    // MARK: Transactions

    /// How a transaction takes its locks.
    enum TransactionKind: String {
        /// Takes the write lock at once (`BEGIN IMMEDIATE`): writers never fail half way with `SQLITE_BUSY`.
        case immediate = "IMMEDIATE"
        /// Takes locks on first use (`BEGIN DEFERRED`); readers use it to pin one WAL snapshot.
        case deferred = "DEFERRED"
    }

    /// Whether a transaction is open.
    var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws.
    ///
    /// Inside an open transaction the body runs in a savepoint instead, so that nesting composes. Work
    /// deferred with ``pendingWork(_:_:)`` is done after `body` returns, before `COMMIT`.
    func inTransaction<T>(_ kind: TransactionKind = .immediate, _ body: () throws -> T) throws -> T {
        if isInTransaction { return try inSavepoint(body) }
        try execute("BEGIN \(kind.rawValue) TRANSACTION")
        do {
            let result = try body()
            try performPendingWork()
            try execute("COMMIT TRANSACTION")
            return result
        } catch {
            discardPendingWork()
            if isInTransaction { try? execute("ROLLBACK TRANSACTION") }
            throw error
        }
    }

    /// Runs `body` in a savepoint: released when it returns, rolled back to when it throws.
    func inSavepoint<T>(_ body: () throws -> T) throws -> T {
        savepointDepth += 1
        defer { savepointDepth -= 1 }
        let name = "unitedfront_\(savepointDepth)"
        try run("SAVEPOINT \(name)")  // cached statements: importers open one savepoint per row
        do {
            let result = try body()
            try run("RELEASE SAVEPOINT \(name)")
            return result
        } catch {
            try? run("ROLLBACK TO SAVEPOINT \(name)")
            try? run("RELEASE SAVEPOINT \(name)")
            throw error
        }
    }
}
