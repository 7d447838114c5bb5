import Foundation
public import UnitedFront

/// What the harness knows about one register file across kill cycles, and the check it runs after each
/// kill: every changeset the writer acknowledged is there with its effect, nothing it did not commit is
/// visible, and nothing else is in the file.
///
/// The ledger maps every changeset the file must hold to the tag the writer gave it (its reason). After a
/// kill, ``verify(_:lines:)`` reads the writer's lines of that cycle against the reopened register:
/// - the register's own ``RegisterSnapshot/check(quick:progress:)`` holds: SQLite's `integrity_check` and
///   `foreign_key_check`, and every history invariant (one open interval per fact, no overlaps, every
///   row's changeset exists, current rows = open history …);
/// - `ok`: the changeset exists under that id with that tag, and its ``CrashDigest`` is the one printed;
///   a sheet's new members exist;
/// - `noop`, `refused`: no changeset has the tag, no new member of the sheet exists, nor any bad row's;
/// - the write in flight when the kill came (a `begin` alone): either no changeset has its tag and none
///   of its new members exist, or it committed whole: it is the latest changeset and every new member of
///   its sheet exists (an all-or-nothing import is all or nothing);
/// - the file holds exactly the changesets of the ledger plus that one: the count is the acknowledged
///   count or one more, and no changeset has a tag the writer never printed.
public struct CrashLedger: Sendable {
    /// A changeset the file must hold.
    public struct Commit: Hashable, Sendable {
        /// The writer's tag: the changeset's reason.
        public let tag: String
        /// The kind of write.
        public let kind: String
        /// What the `ok` line named; nil for a write committed just before a kill (never acknowledged).
        public let subjects: [CrashSubject]?
        /// The `ok` line's digest; nil when never acknowledged.
        public let digest: String?
    }

    /// The changesets the file must hold, by id.
    public private(set) var commits: [Int64: Commit] = [:]
    /// Writes acknowledged with `ok` and verified, over all cycles.
    public private(set) var acknowledged = 0
    /// Writes that committed after `begin` but were killed before `ok`, found committed whole.
    public private(set) var committedInFlight = 0
    /// Writes killed before they committed, found with nothing visible.
    public private(set) var lostInFlight = 0
    /// Writes refused or without effect, found with nothing visible.
    public private(set) var refusedOrNoop = 0
    /// Sheet imports (either mode) among ``committedInFlight``: killed after their commit, found whole.
    public private(set) var importsCommittedInFlight = 0
    /// Sheet imports among ``lostInFlight``: killed before their commit, none of their members visible.
    public private(set) var importsLostInFlight = 0
    /// Row-by-row imports with bad rows killed just after their commit, before the importer's export-log
    /// entry for their rejects file (written in a transaction of its own after the import's). The file is
    /// written only after its entry, so none may be on disk: one that is fails the check (see the README's
    /// crash-safety paragraph).
    public private(set) var rejectsUnloggedAfterCommit = 0
    /// Row-by-row imports killed before their commit that left a rejects file: a failure (bad rows wait in
    /// memory until the import ends, and the file is written after its log entry).
    public private(set) var rejectsLeftByUncommittedImports = 0

    /// Whether the rejects file of the import tagged `tag` is on disk in `scratchDirectory`.
    private static func rejectsFileExists(_ tag: String, in scratchDirectory: String?) -> Bool {
        guard let scratchDirectory else { return false }
        return FileManager.default.fileExists(atPath: "\(scratchDirectory)/\(tag).rejects.csv")
    }

    /// An empty ledger: a new file.
    public init() {}

    /// Checks the register after a kill against the lines the writer printed in that cycle, and records
    /// its commits. Returns every failure, one sentence each; empty when everything holds.
    ///
    /// A row-by-row import's sheet is `<tag>.csv` and its rejects file `<tag>.rejects.csv` in
    /// `scratchDirectory`: an acknowledged one with bad rows must have its export-log entry.
    public mutating func verify(_ register: Register, lines: [CrashLine], scratchDirectory: String? = nil) throws -> [String] {
        var failures: [String] = []
        let report = try register.check()
        if !report.isSound { failures.append("integrity check: \(report)") }

        let changesets = try register.changesets()
        var byTag: [String: [Changeset]] = [:]
        for changeset in changesets { byTag[changeset.reason ?? "", default: []].append(changeset) }
        let latest = changesets.last?.id

        let rejectsLogged = try register.exportLog().filter { $0.format == "rejects-csv" }
        func logged(_ tag: String, rows: Int) -> Bool {
            rejectsLogged.contains { $0.rowCount == rows && ($0.reason ?? "").contains("\(tag).csv") }
        }

        var pending: (kind: String, tag: String, new: [String], bad: [String])?
        for line in lines {
            switch line {
            case .ready(_, let count):
                if count != commits.count {
                    failures.append("the writer opened the file with \(count) changesets; the ledger holds \(commits.count)")
                }
            case .begin(let kind, _, let tag, let new, let bad):
                if let pending { failures.append("\(pending.tag) began and never ended before \(tag) began") }
                pending = (kind, tag, new, bad)
            case .ok(let id, let kind, let tag, let subjects, let digest):
                guard let started = pending, started.tag == tag else {
                    failures.append("ok for \(tag) without its begin")
                    continue
                }
                pending = nil
                let found = byTag[tag] ?? []
                guard found.map(\.id) == [id] else {
                    failures.append("acknowledged \(kind) \(tag) as changeset \(id); the file has \(found.map(\.id)) with that tag")
                    continue
                }
                let recomputed = try register.read { try CrashDigest.digest(of: id, subjects: subjects, in: $0) }
                if recomputed != digest {
                    failures.append("changeset \(id) (\(kind) \(tag)) lost its effect: digest \(recomputed), acknowledged \(digest)")
                }
                failures += try documents(register, present: started.new, absent: started.bad, of: "\(kind) \(tag)")
                if kind == "import-rows", !started.bad.isEmpty, !logged(tag, rows: started.bad.count) {
                    failures.append("\(kind) \(tag) wrote \(started.bad.count) rows to its rejects file, and the export log has no entry for it")
                }
                commits[id] = Commit(tag: tag, kind: kind, subjects: subjects, digest: digest)
                acknowledged += 1
            case .noop(let kind, let tag), .refused(let kind, let tag, _):
                guard let started = pending, started.tag == tag else {
                    failures.append("end of \(tag) without its begin")
                    continue
                }
                pending = nil
                if let found = byTag[tag] {
                    failures.append("\(kind) \(tag) was not committed, but changeset(s) \(found.map(\.id)) carry its tag")
                }
                failures += try documents(register, present: [], absent: started.new + started.bad, of: "\(kind) \(tag)")
                refusedOrNoop += 1
            case .fail(let message):
                failures.append("the writer failed: \(message)")
            }
        }
        if let started = pending {
            let found = byTag[started.tag] ?? []
            if let changeset = found.first, found.count == 1 {
                if changeset.id != latest {
                    failures.append("\(started.kind) \(started.tag) in flight committed as \(changeset.id), not the latest changeset \(latest ?? 0)")
                }
                failures += try documents(register, present: started.new, absent: started.bad,
                                          of: "\(started.kind) \(started.tag) (committed just before the kill)")
                commits[changeset.id] = Commit(tag: started.tag, kind: started.kind, subjects: nil, digest: nil)
                committedInFlight += 1
                if started.kind.hasPrefix("import") { importsCommittedInFlight += 1 }
                if started.kind == "import-rows", !started.bad.isEmpty, !logged(started.tag, rows: started.bad.count) {
                    // Killed between the import's commit and the log entry: the bad rows were still in memory.
                    rejectsUnloggedAfterCommit += 1
                    if Self.rejectsFileExists(started.tag, in: scratchDirectory) {
                        failures.append("\(started.kind) \(started.tag) left a rejects file the export log does not know")
                    }
                }
            } else if found.isEmpty {
                failures += try documents(register, present: [], absent: started.new + started.bad,
                                          of: "\(started.kind) \(started.tag) (killed before it committed)")
                lostInFlight += 1
                if started.kind.hasPrefix("import") { importsLostInFlight += 1 }
                if started.kind == "import-rows", Self.rejectsFileExists(started.tag, in: scratchDirectory) {
                    rejectsLeftByUncommittedImports += 1
                    failures.append("\(started.kind) \(started.tag) was killed before its commit and left a rejects file")
                }
            } else {
                failures.append("\(started.kind) \(started.tag) in flight has \(found.count) changesets")
            }
        }

        for changeset in changesets {
            guard let commit = commits[changeset.id] else {
                failures.append("changeset \(changeset.id) (\(changeset.reason ?? "no reason")) was never acknowledged nor in flight")
                continue
            }
            if commit.tag != changeset.reason {
                failures.append("changeset \(changeset.id) has reason \(changeset.reason ?? "nil"), the ledger \(commit.tag)")
            }
        }
        let missing = Set(commits.keys).subtracting(changesets.map(\.id))
        if !missing.isEmpty { failures.append("acknowledged changesets \(missing.sorted()) are missing") }
        return failures
    }

    /// Computes every acknowledged changeset's digest again: later writes must not have changed any
    /// earlier effect. Returns the failures.
    public func verifyAllDigests(_ register: Register) throws -> [String] {
        try register.read { snapshot in
            var failures: [String] = []
            for (id, commit) in commits.sorted(by: { $0.key < $1.key }) {
                guard let subjects = commit.subjects, let digest = commit.digest else { continue }
                let recomputed = try CrashDigest.digest(of: id, subjects: subjects, in: snapshot)
                if recomputed != digest {
                    failures.append("changeset \(id) (\(commit.kind) \(commit.tag)) changed: digest \(recomputed), acknowledged \(digest)")
                }
            }
            return failures
        }
    }

    /// Checks that the members holding `present` documents exist and those holding `absent` do not.
    private func documents(_ register: Register, present: [String], absent: [String], of write: String) throws -> [String] {
        guard !present.isEmpty || !absent.isEmpty else { return [] }
        return try register.read { snapshot in
            var failures: [String] = []
            let missing = try present.filter { try snapshot.member(documentNumber: $0) == nil }
            if !missing.isEmpty {
                failures.append("\(write): \(missing.count) of its \(present.count) new members are missing (\(missing.prefix(3).joined(separator: ", ")))")
            }
            let visible = try absent.filter { try snapshot.member(documentNumber: $0) != nil }
            if !visible.isEmpty {
                failures.append("\(write): \(visible.count) members it must not have written are visible (\(visible.prefix(3).joined(separator: ", ")))")
            }
            return failures
        }
    }
}
