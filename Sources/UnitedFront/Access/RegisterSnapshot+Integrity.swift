/// The integrity check.
extension RegisterSnapshot {
    /// Checks the database: SQLite's `PRAGMA integrity_check` (or `quick_check` with `quick`) and
    /// `PRAGMA foreign_key_check`, then every invariant of the history model over every history table
    /// (members, memberships, org units and each ``RecordKind``), in SQL: one open interval per fact, no
    /// overlapping current intervals, `valid_to > valid_from`, every changeset a row names exists and
    /// precedes its superseding one, the current-state tables equal the open current history,
    /// changesets recorded in order, no membership and no record in force while the holder is archived
    /// (or its entity has ended), and the name-search index holds every current name. See
    /// ``IntegrityCheck`` for the list.
    ///
    /// Reads only; nothing is repaired. On a large register `PRAGMA integrity_check` reads every page:
    /// `quick` skips comparing index contents. `progress` is called with `(checks done, checks in all)`
    /// after each check, on the calling thread.
    /// - Returns: the report; ``IntegrityReport/isSound`` when everything holds. A check that cannot run
    ///   because the file is damaged is a finding, not an error.
    /// - Throws: ``DatabaseError`` only when the schema cannot be read at all.
    public func check(quick: Bool = false, progress: ((Int, Int) -> Void)? = nil) throws -> IntegrityReport {
        try IntegrityChecker(connection: connection, quick: quick).report(progress: progress)
    }
}
