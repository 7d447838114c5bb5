#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Dispatch

/// A united-front member register stored in one SQLite database: the library's entry point.
///
/// ```swift
/// let register = try Register(path: "united-front.sqlite")
/// let who = Attribution(actor: "统战部 张科员", reason: "年度摸底")
/// var record = MemberRecord(name: "王伟")
/// record.documentNumber = "11010519491231002X"
/// let id = try register.add(record, effective: "2021-03-01", by: who)
/// try register.change(id, effective: "2023-06-01", by: who) { $0.rank = "正科级" }
/// let then = try register.member(id, asOf: "2022-12-31")
/// ```
///
/// **History.** Nothing is overwritten: every write is a changeset (who, when, why) and every value
/// has effective dates, so reads can ask for a date (`asOf`), for what the register knew at an instant
/// (`knownAt`), for a member's timeline, or for the changes between two dates.
///
/// **Threading.** `Register` is `Sendable`: share one instance between tasks and threads. Writes are
/// serialised on one connection, each in a `BEGIN IMMEDIATE` transaction. For a file, reads run on up
/// to four reader connections in WAL mode, concurrently with the writer, and each read sees a
/// consistent snapshot; SQLite's busy handler absorbs lock waits so `SQLITE_BUSY` does not reach
/// callers under in-process contention. An in-memory register has one connection that reads and
/// writes share. The methods block the calling thread; from async code use the `async` overloads or
/// ``perform(_:)``, which run the work off the cooperative thread pool. Do not call the register from
/// inside a ``write(by:_:)`` closure: use the transaction it hands you (a nested call throws
/// ``RegisterError/nestedAccess``).
///
/// **Errors.** ``ValidationError`` for bad values (field, value, reason), ``RegisterError`` for
/// operations that cannot apply, ``DatabaseError`` for SQLite failures. A failed write writes nothing.
public final class Register: Sendable {
    /// The register's code lists, loaded when it opened.
    public let codes: CodeCatalog
    /// The last schema migration applied to the database (`006_document_country_and_grade`): its schema version.
    public let schemaVersion: String
    let pool: ConnectionPool
    private let clock: @Sendable () -> Timestamp

    /// The register's clock now: the one source of time for everything the register records.
    public var now: Timestamp { clock() }

    /// The register's today (the date of ``now`` in UTC+8): the default day of corrections and exports.
    public var today: LocalDate { .today(clock: clock()) }

    /// Opens (creating if needed) the register in the file at `path` and brings its schema up to date.
    ///
    /// A new file is created readable and writable by its owner only (mode 0600), and so are its `-wal`
    /// and `-shm` files: the register holds sensitive personal information. An existing file keeps its mode.
    ///
    /// - Parameters:
    ///   - path: the database file; `-wal` and `-shm` files appear beside it.
    ///   - maximumReaders: reader connections used concurrently with the writer.
    ///   - clock: the source of `recorded_at` for changesets without an explicit time.
    /// A database whose name-search index is missing or was built by another version of the library
    /// (one migrated from before `017_name_search`) has it rebuilt here, once, in one transaction.
    /// - Throws: ``DatabaseError`` when the file cannot be opened; ``RegisterError/schema(_:)`` when it
    ///   was written by a newer version of the library.
    public convenience init(path: String, maximumReaders: Int = 4,
                            clock: @escaping @Sendable () -> Timestamp = { .now() }) throws {
        try self.init(location: .file(path), maximumReaders: maximumReaders, clock: clock)
    }

    /// A register in memory, gone when the instance is released: for tests and demos.
    public static func inMemory(clock: @escaping @Sendable () -> Timestamp = { .now() }) throws -> Register {
        try Register(location: .inMemory, maximumReaders: 0, clock: clock)
    }

    private init(location: Connection.Location, maximumReaders: Int, clock: @escaping @Sendable () -> Timestamp) throws {
        if case .file(let path) = location { try Self.createPrivateFileIfMissing(path) }
        pool = try ConnectionPool(location: location, maximumReaders: maximumReaders, prepare: NameOrder.prepare)
        self.clock = clock
        (codes, schemaVersion) = try pool.write { connection in
            switch try Migrator().migrate(connection, appliedAt: clock().iso8601) {
            case .newerThanLibrary(let unknown):
                throw RegisterError.schema("the database has migration \(unknown.joined(separator: ", ")), "
                    + "which this library does not know: it was written by a newer version")
            case .upToDate(let version):
                try NameIndex.ensureCurrent(in: connection)
                return (try CodeCatalog.load(connection), version)
            }
        }
    }

    /// How far ahead of the register's clock an explicit ``Attribution/recordedAt`` may be: five
    /// minutes, for clocks that disagree a little. Later is refused with
    /// ``RegisterError/recordedInFuture(recordedAt:now:)``.
    public static let clockSkewToleranceMilliseconds: Int64 = 5 * 60 * 1000

    // MARK: Writing

    /// Runs `body` as one changeset attributed to `attribution`, in one `BEGIN IMMEDIATE` transaction.
    ///
    /// Everything `body` does commits together when it returns, and nothing is written when it throws.
    /// - Throws: whatever `body` throws, ``RegisterError/missingActor``, or
    ///   ``RegisterError/recordedBeforeLatest(recordedAt:latest:)``.
    @discardableResult
    public func write<T: Sendable>(by attribution: Attribution, _ body: (RegisterTransaction) throws -> T) throws -> T {
        guard !attribution.actor.trimmingSpaces().isEmpty else { throw RegisterError.missingActor }
        let codes = self.codes, clock = self.clock
        return try pool.write { connection in
            try connection.inTransaction(.immediate) {
                try body(RegisterTransaction(connection: connection, codes: codes, attribution: attribution, now: clock()))
            }
        }
    }

    // MARK: Reading

    /// Runs `body` on one consistent snapshot of the register.
    public func read<T: Sendable>(_ body: (RegisterSnapshot) throws -> T) throws -> T {
        let codes = self.codes, today = self.today
        return try pool.read { connection in
            try connection.inTransaction(.deferred) {
                try body(RegisterSnapshot(connection: connection, codes: codes, today: today))
            }
        }
    }

    // MARK: Async

    /// Runs blocking register work on a dispatch queue, off Swift concurrency's cooperative pool.
    public func perform<T: Sendable>(_ work: @escaping @Sendable (Register) throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(with: Result { try work(self) })
            }
        }
    }

    /// Async form of ``write(by:_:)``.
    @discardableResult
    public func write<T: Sendable>(by attribution: Attribution,
                                   _ body: @escaping @Sendable (RegisterTransaction) throws -> T) async throws -> T {
        try await perform { try $0.write(by: attribution, body) }
    }

    /// Async form of ``read(_:)``.
    public func read<T: Sendable>(_ body: @escaping @Sendable (RegisterSnapshot) throws -> T) async throws -> T {
        try await perform { try $0.read(body) }
    }
}
