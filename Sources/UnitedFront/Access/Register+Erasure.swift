extension Register {
    /// Erases a member's identifying values as its own changeset; see
    /// ``RegisterTransaction/erase(_:reason:)`` and ``Erasure``.
    ///
    /// After the write commits, the write-ahead log is checkpointed and truncated
    /// (`PRAGMA wal_checkpoint(TRUNCATE)`) so that the pages holding the old values leave the `-wal` file
    /// too; a reader holding an older snapshot at that moment can keep the checkpoint from completing,
    /// in which case it completes at SQLite's next checkpoint.
    ///
    /// **Threading.** Runs on the writer; call it outside other register closures.
    /// - Throws: what ``RegisterTransaction/erase(_:reason:)`` throws; ``RegisterError/missingActor``.
    @discardableResult
    public func erase(_ member: MemberID, reason: String, by attribution: Attribution) throws -> Erasure {
        let erasure = try write(by: attribution) { try $0.erase(member, reason: reason) }
        try pool.write { connection in
            _ = try? connection.fetchOne("PRAGMA wal_checkpoint(TRUNCATE)") { $0.int64(0) }
        }
        return erasure
    }

    /// Async form of ``erase(_:reason:by:)``.
    @discardableResult
    public func erase(_ member: MemberID, reason: String, by attribution: Attribution) async throws -> Erasure {
        try await perform { try $0.erase(member, reason: reason, by: attribution) }
    }
}
