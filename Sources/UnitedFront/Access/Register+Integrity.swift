#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Check, backup and restore.
extension Register {
    /// Checks the register on one snapshot: SQLite's checks and every invariant of the history model
    /// (``RegisterSnapshot/check(quick:progress:)``). Runs on a reader connection, beside writers.
    public func check(quick: Bool = false, progress: ((Int, Int) -> Void)? = nil) throws -> IntegrityReport {
        try read { try $0.check(quick: quick, progress: progress) }
    }

    /// Async form of ``check(quick:progress:)``.
    public func check(quick: Bool = false) async throws -> IntegrityReport {
        try await perform { try $0.check(quick: quick, progress: nil) }
    }

    /// Copies the register into a new file at `path` with SQLite's online backup API, while other
    /// threads and processes go on reading and writing.
    ///
    /// The copy is one consistent snapshot (a read transaction pins it; writes committed meanwhile are
    /// not in it), made a few hundred pages at a time; `progress` is called with `(pages copied, pages in
    /// all)` on the calling thread. The file is created with mode 0600 (owner only: it holds personal
    /// information) and left in rollback-journal mode, one file with no `-wal` beside it, so it can be
    /// copied or opened read-only; ``restore(from:to:replacing:progress:)`` puts it back.
    /// - Throws: ``RegisterError/fileExists(_:)`` when `path` exists (a backup never overwrites);
    ///   ``DatabaseError`` from SQLite (a full disk is `SQLITE_FULL`); a failed backup leaves no file.
    public func backup(to path: String, progress: ((Int, Int) -> Void)? = nil) throws {
        try Self.createPrivateFile(path)
        do {
            let destination = try Connection(location: .file(path))
            try pool.read { source in
                try source.inTransaction(.deferred) {
                    _ = try source.fetchOne("SELECT count(*) FROM sqlite_master") { $0.int64(0) }  // pins the snapshot
                    try source.backup(into: destination, progress: progress)
                }
            }
            try destination.execute("PRAGMA journal_mode = DELETE")
        } catch {
            Self.removeDatabaseFiles(path)
            throw error
        }
    }

    /// Async form of ``backup(to:progress:)``.
    public func backup(to path: String) async throws {
        try await perform { try $0.backup(to: path, progress: nil) }
    }

    /// Puts a backup in place as the register at `path`, after checking it.
    ///
    /// Opens `backup` read-only, refuses one written by a newer version of the library, runs the whole
    /// ``RegisterSnapshot/check(quick:progress:)`` on it and refuses it when anything fails; then copies it
    /// with SQLite's backup API into `path` (created with mode 0600), page by page, reporting `(pages
    /// copied, pages in all)`. Replacing an existing register takes its write lock, so a register open
    /// elsewhere sees either the old database or the restored one. Open the result with
    /// ``init(path:maximumReaders:clock:)`` (a backup from an older schema is migrated then).
    /// - Parameters:
    ///   - replacing: overwrite a database already at `path`; without it an existing file is refused.
    /// - Returns: the backup's integrity report (sound).
    /// - Throws: ``RegisterError/integrityCheckFailed(_:)`` when the backup fails the check or is not a
    ///   readable SQLite database; ``RegisterError/schema(_:)`` when it is not a register or comes from a
    ///   newer version; ``RegisterError/fileExists(_:)`` without `replacing`; ``DatabaseError`` when the
    ///   backup cannot be opened (`SQLITE_CANTOPEN`) or the copy fails (the target keeps what it had).
    @discardableResult
    public static func restore(from backup: String, to path: String, replacing: Bool = false,
                               progress: ((Int, Int) -> Void)? = nil) throws -> IntegrityReport {
        let exists = access(path, F_OK) == 0
        if exists && !replacing { throw RegisterError.fileExists(path) }
        let source: Connection
        let report: IntegrityReport
        do {
            source = try Connection(location: .file(backup), readOnly: true)
            let applied = try Migrator().appliedMigrations(source)
            guard !applied.isEmpty else { throw RegisterError.schema("\(backup) is not a register: it has no schema migrations") }
            let known = Set(Migration.all.map(\.name))
            let unknown = applied.filter { !known.contains($0) }
            guard unknown.isEmpty else {
                throw RegisterError.schema("the backup has migration \(unknown.joined(separator: ", ")), "
                    + "which this library does not know: it was written by a newer version")
            }
            report = try source.inTransaction(.deferred) { try IntegrityChecker(connection: source, quick: false).report() }
        } catch let error as DatabaseError where error.resultCode != .SQLITE_CANTOPEN {
            throw RegisterError.integrityCheckFailed([IntegrityFinding(check: .sqliteIntegrity, table: nil,
                                                                       detail: "\(backup) cannot be read: \(error.message)")])
        }
        guard report.isSound else { throw RegisterError.integrityCheckFailed(report.findings) }
        if exists {
            chmod(path, 0o600)
        } else {
            try createPrivateFile(path)
        }
        do {
            let destination = try Connection(location: .file(path))
            try source.inTransaction(.deferred) {
                try source.backup(into: destination, progress: progress)
            }
        } catch {
            if !exists { removeDatabaseFiles(path) }
            throw error
        }
        return report
    }

    /// Creates an empty file at `path` readable and writable by its owner only; SQLite gives the
    /// `-wal` and `-shm` files beside it the same mode.
    /// - Throws: ``RegisterError/fileExists(_:)``; ``DatabaseError`` (`SQLITE_CANTOPEN`) when it cannot be created.
    static func createPrivateFile(_ path: String) throws {
        let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            if errno == EEXIST { throw RegisterError.fileExists(path) }
            throw DatabaseError(extendedResultCode: .SQLITE_CANTOPEN,
                                message: "cannot create \(path): \(String(cString: strerror(errno)))")
        }
        fchmod(descriptor, 0o600)
        close(descriptor)
    }

    /// Creates the file of a new register owner-only (0600) before SQLite opens it, so that personal
    /// information is never in a file others can read, not even for a moment; SQLite gives its `-wal` and
    /// `-shm` files the same mode. Does nothing for an existing file, an SQLite URI, or when another
    /// opener created the file first.
    static func createPrivateFileIfMissing(_ path: String) throws {
        guard !path.hasPrefix("file:"), access(path, F_OK) != 0 else { return }
        do {
            try createPrivateFile(path)
        } catch RegisterError.fileExists {
            // Another thread or process opening the same new file won the race: it is theirs to create.
        }
    }

    /// Removes a database file and its `-wal`, `-shm` and `-journal` companions, ignoring missing ones.
    static func removeDatabaseFiles(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
    }
}
