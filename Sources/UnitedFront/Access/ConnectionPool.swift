import Dispatch

/// The serialised owner of a register's connections: one writer, and for files a set of readers.
///
/// **Threading.** `Sendable`. Every ``Connection`` lives inside a lock of its own (``ProtectedValue``) and is only ever
/// used inside that lock, so no connection is touched by two threads at once. Writes are serialised on
/// the single writer. In WAL mode readers run beside the writer, each in its own read transaction,
/// and so see one consistent snapshot; their number is bounded by a semaphore, and a caller blocks
/// while all are busy. An in-memory database has a single connection, which reads and writes share.
///
/// Calls must not nest. A thread already inside one of this pool's reads or writes that asks for
/// another (a read inside a write, a write inside a read, a read inside a read) gets
/// ``RegisterError/nestedAccess`` at once, on files and in memory: a nested read would see another
/// snapshot than its caller (or, in memory, the caller's uncommitted writes), and a nested wait for the
/// writer or a reader slot can deadlock against another thread doing the opposite.
final class ConnectionPool: Sendable {
    let location: Connection.Location
    private let writer: ProtectedValue<Connection>
    private let readers: [ProtectedValue<Connection?>]
    private let idleReaders: ProtectedValue<[Int]>
    private let readerSlots: DispatchSemaphore
    /// The threads now inside a read or a write of this pool.
    private let busyThreads = ProtectedValue(Set<ThreadID>())
    /// Runs on every connection right after it opens (collations and functions the queries use).
    private let prepare: @Sendable (Connection) throws -> Void

    /// Opens the writer at once; readers open on first use. `prepare` runs on each connection as it opens.
    init(location: Connection.Location, maximumReaders: Int = 4,
         prepare: @escaping @Sendable (Connection) throws -> Void = { _ in }) throws {
        self.location = location
        self.prepare = prepare
        let writer = try Connection(location: location)
        try prepare(writer)
        self.writer = ProtectedValue(writer)
        let count = location == .inMemory ? 0 : max(1, maximumReaders)
        readers = (0..<count).map { _ in ProtectedValue<Connection?>(nil) }
        idleReaders = ProtectedValue(Array(0..<count))
        readerSlots = DispatchSemaphore(value: count)
    }

    /// Runs `body` on the writer connection, after any write in progress.
    /// - Throws: ``RegisterError/nestedAccess`` when the calling thread is already inside this pool.
    func write<T: Sendable>(_ body: (Connection) throws -> T) throws -> T {
        try outermost {
            try writer.withLock { connection in try body(connection) }
        }
    }

    /// Runs `body` on a reader connection (the writer, for in-memory databases).
    /// - Throws: ``RegisterError/nestedAccess`` when the calling thread is already inside this pool.
    func read<T: Sendable>(_ body: (Connection) throws -> T) throws -> T {
        guard !readers.isEmpty else { return try write(body) }
        return try outermost { try readOnReader(body) }
    }

    /// Runs `body` as the calling thread's only call into this pool.
    private func outermost<T>(_ body: () throws -> T) throws -> T {
        let thread = ThreadID.current
        guard try busyThreads.withLock({ $0.insert(thread).inserted }) else { throw RegisterError.nestedAccess }
        defer { _ = try? busyThreads.withLock { $0.remove(thread) } }
        return try body()
    }

    private func readOnReader<T: Sendable>(_ body: (Connection) throws -> T) throws -> T {
        readerSlots.wait()
        defer { readerSlots.signal() }
        guard let index = try idleReaders.withLock({ $0.popLast() }) else {
            throw RegisterError.schema("reader pool exhausted")  // unreachable: the semaphore counts idle readers
        }
        defer { try? idleReaders.withLock { $0.append(index) } }
        let location = self.location, prepare = self.prepare
        return try readers[index].withLock { slot in
            let connection: Connection
            if let open = slot {
                connection = open
            } else {
                connection = try Connection(location: location, readOnly: true)
                try prepare(connection)
                slot = connection
            }
            return try body(connection)
        }
    }
}

