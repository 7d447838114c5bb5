/// Work that a writer defers to the end of its transaction: done once, just before the outermost
/// transaction commits, however many writes asked for it (GRDB's `TransactionObserver.databaseWillCommit`
/// plays the same part).
///
/// The name-search index is the user: a member added and then changed in one import is indexed once, and
/// its FTS5 rows are written outside the importer's per-row savepoints (FTS5 flushes its pending terms to a
/// new segment at every savepoint, which made indexing per write the largest cost of an import).
///
/// Work must be idempotent and read what it needs from the database when it runs: a savepoint rolled back
/// after it was requested leaves the request in place, and the work then finds nothing to do.
protocol PendingWork: AnyObject {
    /// Called once, inside the transaction, before `COMMIT`. Throwing rolls the transaction back.
    func willCommit(_ connection: Connection) throws
}

extension Connection {
    /// The pending work of type `Work` for the open transaction, made by `make` on first request.
    ///
    /// Only for requests inside a transaction: they wait for ``inTransaction(_:_:)`` to commit. A requester
    /// outside one does its work at once.
    func pendingWork<Work: PendingWork>(_ type: Work.Type = Work.self, _ make: () -> Work) -> Work {
        let key = ObjectIdentifier(type)
        if let work = pendingWorkByType[key] as? Work { return work }
        let work = make()
        pendingWorkByType[key] = work
        pendingWorkOrder.append(key)
        return work
    }

    /// Does every pending work now and keeps it pending: a reader that must see the effect of work deferred
    /// in its own transaction (a name search inside a write) calls this first. The work runs again at
    /// commit, because a savepoint rolled back later would undo what it wrote now.
    func performPendingWorkEarly() throws {
        for key in pendingWorkOrder { try pendingWorkByType[key]?.willCommit(self) }
    }

    /// Does every pending work now, in the order it was first requested, and forgets it: what
    /// ``inTransaction(_:_:)`` does before `COMMIT`.
    func performPendingWork() throws {
        while !pendingWorkOrder.isEmpty {
            let key = pendingWorkOrder.removeFirst()
            guard let work = pendingWorkByType.removeValue(forKey: key) else { continue }
            try work.willCommit(self)
        }
    }

    /// Forgets pending work without doing it: the transaction rolled back.
    func discardPendingWork() {
        pendingWorkByType.removeAll()
        pendingWorkOrder.removeAll()
    }
}
