/// The access log: a hash-chained, append-only record of every export and every unmasked read of member
/// data (who, when, what, why, whose).
///
/// **Tamper evidence and its limit.** Each entry carries SHA-256 of its canonical text and of the hash
/// before it, so ``check(quick:progress:)`` (``IntegrityCheck/accessLogChain``) finds any entry edited,
/// deleted or moved and names the first broken one, even when the append-only triggers were dropped. It
/// cannot find a rewrite by someone who also recomputes every later hash (the hash is not keyed), nor the
/// removal of the newest entries. The stronger forms are a keyed chain or an external anchor: publish
/// ``accessLogHead()`` (id and hash) outside the file, e.g. in a signed monthly report, and compare.
extension Register {
    /// Appends `event` to the access log in its own `BEGIN IMMEDIATE` transaction, at the register's
    /// clock (never earlier than the latest entry), and returns the entry with its hashes.
    ///
    /// The log is not a changeset: it records use of data, not changes to it.
    ///
    /// **Threading.** Runs on the writer; call it outside any ``write(by:_:)`` or ``read(_:)`` closure (use
    /// ``RegisterTransaction/recordAccess(_:)`` inside a write).
    /// - Throws: ``RegisterError/missingActor`` for an empty actor; ``ValidationError`` on field `reason`
    ///   when the event reveals sensitive data (``AccessEvent/revealsUnmasked``) without one, or on
    ///   `actor`, `role`, `purpose`, `action` holding a control character, on `members` for an id below 1;
    ///   ``DatabaseError``.
    @discardableResult
    public func recordAccess(_ event: AccessEvent) throws -> AccessLogEntry {
        let clock = now
        return try pool.write { connection in
            try connection.inTransaction(.immediate) { try AccessLog(connection: connection).append(event, at: clock) }
        }
    }

    /// The access log's entries recorded from `from` through `through` (both inclusive; nil leaves that
    /// end open), oldest first.
    ///
    /// **Threading.** A read on a reader connection (the writer, in memory); call it outside other
    /// register closures.
    /// - Throws: ``DatabaseError``.
    public func accessLog(from: Timestamp? = nil, through: Timestamp? = nil) throws -> [AccessLogEntry] {
        try pool.read { connection in
            try connection.inTransaction(.deferred) { try AccessLog(connection: connection).entries(from: from, through: through) }
        }
    }

    /// The newest entry of the access log (nil while it is empty): publish its ``AccessLogEntry/id`` and
    /// ``AccessLogEntry/hash`` outside the register to anchor the chain, so that a later rewrite of the
    /// whole chain up to that entry is found by comparing.
    /// - Throws: ``DatabaseError``.
    public func accessLogHead() throws -> AccessLogEntry? {
        try pool.read { connection in
            try connection.inTransaction(.deferred) { try AccessLog(connection: connection).head() }
        }
    }

    /// Async form of ``recordAccess(_:)``.
    @discardableResult
    public func recordAccess(_ event: AccessEvent) async throws -> AccessLogEntry {
        try await perform { try $0.recordAccess(event) }
    }

    /// Async form of ``accessLog(from:through:)``.
    public func accessLog(from: Timestamp? = nil, through: Timestamp? = nil) async throws -> [AccessLogEntry] {
        try await perform { try $0.accessLog(from: from, through: through) }
    }

    /// Async form of ``accessLogHead()``.
    public func accessLogHead() async throws -> AccessLogEntry? {
        try await perform { try $0.accessLogHead() }
    }
}
