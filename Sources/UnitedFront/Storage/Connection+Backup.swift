internal import CSQLite

extension Connection {
    /// Copies this connection's main database, page by page, into `destination`'s main database with
    /// SQLite's online backup API (`sqlite3_backup_init/step/finish`), replacing what it held.
    ///
    /// Copies `pagesPerStep` pages at a time and reports `(pages copied, pages in all)` after each step.
    /// When a lock is in the way (`SQLITE_BUSY`, `SQLITE_LOCKED`) it waits 10 ms and tries again, for up
    /// to `busyTimeoutMilliseconds` in a row. Run it inside a read transaction of this connection to copy
    /// one consistent snapshot while other connections write (in WAL mode they never restart it); without
    /// one, SQLite restarts the copy when another connection commits between steps.
    ///
    /// **Threading.** Both connections are used by the calling thread only, for the whole copy.
    /// - Throws: ``DatabaseError`` from SQLite (`SQLITE_BUSY` when the lock outlasts the timeout,
    ///   `SQLITE_READONLY` when the destination's page size cannot change, …); the destination is then
    ///   left as it was before the failed step.
    func backup(into destination: Connection, pagesPerStep: Int32 = 256, busyTimeoutMilliseconds: Int32 = 30_000,
                progress: ((Int, Int) -> Void)? = nil) throws(DatabaseError) {
        guard let backup = sqlite3_backup_init(destination.handle, "main", handle, "main") else {
            throw DatabaseError(code: sqlite3_extended_errcode(destination.handle), connection: destination.handle,
                                sql: "sqlite3_backup_init")
        }
        var waited: Int32 = 0
        while true {
            let code = sqlite3_backup_step(backup, pagesPerStep)
            let total = Int(sqlite3_backup_pagecount(backup)), remaining = Int(sqlite3_backup_remaining(backup))
            switch code & 0xff {
            case SQLITE_OK:
                waited = 0
                progress?(total - remaining, total)
            case SQLITE_DONE:
                progress?(total, total)
                let finished = sqlite3_backup_finish(backup)
                guard finished == SQLITE_OK else {
                    throw DatabaseError(code: finished, connection: destination.handle, sql: "sqlite3_backup_finish")
                }
                return
            case SQLITE_BUSY where waited < busyTimeoutMilliseconds, SQLITE_LOCKED where waited < busyTimeoutMilliseconds:
                sqlite3_sleep(10)
                waited += 10
            default:
                sqlite3_backup_finish(backup)
                throw DatabaseError(extendedResultCode: ResultCode(rawValue: code),
                                    message: String(cString: sqlite3_errstr(code)), sql: "sqlite3_backup_step")
            }
        }
    }
}
