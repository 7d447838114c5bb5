/// Keeps the name-search index (`search_text`, `search_term`, `search_term_gram`, `search_term_trigram`;
/// schema/026_search_terms.sql) current: the writers call it in the same transaction as every write that
/// changes an indexed value, so a rolled-back write leaves no index row behind. The refresh itself waits for
/// the end of the transaction (``memberChanged(_:in:)``), so that an import indexes each member once.
///
/// The choke points: ``MemberHistory`` (registration and every planned edit of a member: change, correct,
/// archive, registration fixes, and through them imports and merges) and ``RecordHistory`` (every write of an
/// ``EnterpriseRecord``). Each re-reads its owner's current-knowledge rows and replaces that owner's entries
/// where they differ.
///
/// **What a member is found by.** Every name the member has had (the current one as `name`, earlier ones as
/// `former_name`), each 曾用名 (split at 、，,;；/), every work unit of the member's history, and the pinyin
/// of each name (``NamePinyin``). An enterprise: its names and former names, and their pinyin.
///
/// **Terms.** Each distinct folded text is one `search_term`, shared by everyone who holds it (members share
/// names and, far more, work units); a term nobody holds any more is deleted with its grams and trigram
/// document in the same refresh.
///
/// **Short queries.** Every 1- and 2-character substring of a written term (name, former name, work unit)
/// is in `search_term_gram`; of a pinyin spelling only its first one and two letters are (`w`, `wy` of
/// `wyqmg`): a pinyin query of one or two letters matches from the start of the spelling, where a reader
/// means it.
enum NameIndex {
    /// What the index holds of one owner: field, text as written, text as compared.
    struct Entry: Hashable {
        var field: NameMatchField
        var text: String
        var folded: String

        /// The term kind its folded text is kept under: pinyin spellings apart from written text.
        var kind: TermKind { field == .pinyin ? .pinyin : .text }
    }

    /// `search_term.kind`: which grams a term has.
    enum TermKind: String {
        case text, pinyin

        /// The term's keys in `search_term_gram`.
        func grams(_ folded: String) -> Set<String> {
            self == .pinyin ? NameFolding.prefixGrams(folded) : NameFolding.grams(folded)
        }
    }

    /// The version of the index this library builds: its folding rules and its character table.
    static var version: String { "3-\(HanziTable.checksum)" }

    /// The owner kinds, as stored in `search_text.owner`.
    static let member = "member", enterprise = "enterprise"

    // MARK: Keeping it current

    /// Notes that member `id`'s indexed values may have changed: its entries are refreshed once, just
    /// before the transaction commits (at once outside a transaction).
    static func memberChanged(_ id: MemberID, in connection: Connection) throws {
        guard connection.isInTransaction else { return try refresh(members: [id.rawValue], enterprises: [], in: connection) }
        connection.pendingWork(NameIndexRefresh.self, NameIndexRefresh.init).members.insert(id.rawValue)
    }

    /// Notes that enterprise `id`'s names may have changed (see ``memberChanged(_:in:)``).
    static func enterpriseChanged(_ id: Int64, in connection: Connection) throws {
        guard connection.isInTransaction else { return try refresh(members: [], enterprises: [id], in: connection) }
        connection.pendingWork(NameIndexRefresh.self, NameIndexRefresh.init).enterprises.insert(id)
    }

    /// Re-indexes the members and enterprises from their current-knowledge history. The FTS5 rows are
    /// written last, in one run: FTS5 flushes its pending terms at every statement savepoint, and the
    /// `search_text` deletes before them would open some.
    static func refresh(members: some Sequence<Int64>, enterprises: some Sequence<Int64>, in connection: Connection) throws {
        var terms = TermChanges()
        for id in members { try reindexMember(id, in: connection, terms: &terms) }
        for id in enterprises { try reindexEnterprise(id, in: connection, terms: &terms) }
        try terms.write(in: connection)
    }

    /// Re-indexes member `id` from its current-knowledge history.
    private static func reindexMember(_ id: Int64, in connection: Connection, terms: inout TermChanges) throws {
        let current = try connection.fetchOne("SELECT name FROM member WHERE id = ?", [id]) { $0.text(0) }
        var entries = Set<Entry>()
        if let current { add(.name, current, to: &entries) }
        try connection.forEachRow("""
            SELECT DISTINCT name, former_names, work_unit FROM member_history WHERE member_id = ? AND superseded_by IS NULL
            """, [id]) { row in
            if let name = row.optionalText(0), name != current { add(.formerName, name, to: &entries) }
            for name in formerNames(row.optionalText(1)) { add(.formerName, name, to: &entries) }
            if let unit = row.optionalText(2) { add(.workUnit, unit, to: &entries) }
        }
        try replace(owner: member, id: id, with: entries, in: connection, terms: &terms)
    }

    /// Re-indexes enterprise `id` from its current-knowledge history.
    private static func reindexEnterprise(_ id: Int64, in connection: Connection, terms: inout TermChanges) throws {
        let current = try connection.fetchOne("""
            SELECT name FROM enterprise_history WHERE record_id = ? AND superseded_by IS NULL ORDER BY valid_from DESC LIMIT 1
            """, [id]) { $0.optionalText(0) } ?? nil
        var entries = Set<Entry>()
        if let current { add(.name, current, to: &entries) }
        try connection.forEachRow("""
            SELECT DISTINCT name, former_names FROM enterprise_history WHERE record_id = ? AND superseded_by IS NULL
            """, [id]) { row in
            if let name = row.optionalText(0), name != current { add(.formerName, name, to: &entries) }
            for name in formerNames(row.optionalText(1)) { add(.formerName, name, to: &entries) }
        }
        try replace(owner: enterprise, id: id, with: entries, in: connection, terms: &terms)
    }

    /// Rebuilds the whole index when it was built by another version (or never: a database migrated from
    /// 016), in one transaction; does nothing when it is current. Runs when a register opens.
    static func ensureCurrent(in connection: Connection) throws {
        let stored = { try connection.fetchOne("SELECT version FROM search_index_version WHERE id = 1", []) { $0.text(0) } }
        guard try stored() != version else { return }
        try connection.inTransaction(.immediate) {
            guard try stored() != version else { return }  // another connection built it meanwhile
            try connection.execute("""
                DELETE FROM search_text; DELETE FROM search_term_gram; DELETE FROM search_term;
                INSERT INTO search_term_trigram(search_term_trigram) VALUES ('delete-all')
                """)
            try refresh(members: connection.fetchAll("SELECT id FROM member ORDER BY id", [], { $0.int64(0) }),
                        enterprises: connection.fetchAll("SELECT id FROM enterprise ORDER BY id", [], { $0.int64(0) }),
                        in: connection)
            try connection.run("INSERT OR REPLACE INTO search_index_version(id, version) VALUES (1, ?)", [version])
        }
    }

    // MARK: Entries

    /// The 曾用名 in a former-names field: 张三、李四 → [张三, 李四].
    static func formerNames(_ text: String?) -> [String] {
        guard let text else { return [] }
        let separators: Set<Character> = ["、", "，", ",", "；", ";", "/", "／", "|", "\n"]
        return text.split(whereSeparator: { separators.contains($0) }).map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
    }

    /// Adds `text` as `field`, and the pinyin of names.
    private static func add(_ field: NameMatchField, _ text: String, to entries: inout Set<Entry>) {
        let text = text.trimmingSpaces()
        let folded = NameFolding.fold(text)
        guard !folded.isEmpty else { return }
        entries.insert(Entry(field: field, text: text, folded: folded))
        guard field == .name || field == .formerName else { return }
        for spelling in NamePinyin.spellings(of: folded) where spelling != folded {
            entries.insert(Entry(field: .pinyin, text: text, folded: spelling))
        }
    }

    /// Makes the owner's stored entries `entries`: deletes those no longer there and inserts the new ones,
    /// finding or making each one's term; notes in `terms` the terms made and those left unreferenced.
    private static func replace(owner: String, id: Int64, with entries: Set<Entry>, in connection: Connection,
                                terms: inout TermChanges) throws {
        var wanted = entries
        let stored = try connection.fetchAll("""
            SELECT t.id, t.field, t.text, s.folded, t.term_id FROM search_text t JOIN search_term s ON s.id = t.term_id
            WHERE t.owner = ? AND t.owner_id = ?
            """, [owner, id]
        ) { row in
            (id: row.int64(0), term: row.int64(4),
             entry: NameMatchField(rawValue: row.text(1)).map { Entry(field: $0, text: row.text(2), folded: row.text(3)) })
        }
        for row in stored {
            if let entry = row.entry, wanted.remove(entry) != nil { continue }
            try connection.run("DELETE FROM search_text WHERE id = ?", [row.id])
            terms.released.insert(row.term)
        }
        for entry in wanted.sorted(by: { ($0.field.rawValue, $0.folded, $0.text) < ($1.field.rawValue, $1.folded, $1.text) }) {
            let term = try terms.term(entry.folded, kind: entry.kind, in: connection)
            try connection.run("INSERT INTO search_text(owner, owner_id, field, text, term_id) VALUES (?, ?, ?, ?, ?)",
                               [owner, id, entry.field.rawValue, entry.text, term])
        }
    }
}

/// The terms one refresh makes and releases. Their FTS5 documents are written together at its end, each by a
/// single-row statement, so that none opens a statement savepoint (FTS5 flushes its pending terms at each).
struct TermChanges {
    /// Terms made in this refresh, with their folded text: their trigram documents are still to write.
    var made: [Int64: String] = [:]
    /// Terms that lost a holder: deleted at the end unless someone still holds them.
    var released: Set<Int64> = []

    /// The id of the term for `folded`, made (with its grams) when there is none.
    mutating func term(_ folded: String, kind: NameIndex.TermKind, in connection: Connection) throws -> Int64 {
        if let id = try connection.fetchOne("SELECT id FROM search_term WHERE kind = ? AND folded = ?", [kind.rawValue, folded], {
            $0.int64(0)
        }) { return id }
        try connection.run("INSERT INTO search_term(kind, folded) VALUES (?, ?)", [kind.rawValue, folded])
        let id = connection.lastInsertedRowID
        for gram in kind.grams(folded) {
            try connection.run("INSERT INTO search_term_gram(gram, term_id) VALUES (?, ?)", [gram, id])
        }
        made[id] = folded
        return id
    }

    /// Deletes the released terms nobody holds, with their grams and documents, then writes the documents
    /// of the terms made.
    func write(in connection: Connection) throws {
        var unheld: [(id: Int64, folded: String)] = []
        var deleted: Set<Int64> = []
        for id in released.sorted() {
            guard try connection.fetchOne("SELECT 1 FROM search_text WHERE term_id = ? LIMIT 1", [id], { _ in true }) == nil,
                  let term = try connection.fetchOne("SELECT kind, folded FROM search_term WHERE id = ?", [id], {
                      (kind: NameIndex.TermKind(rawValue: $0.text(0)) ?? .text, folded: $0.text(1))
                  })
            else { continue }
            for gram in term.kind.grams(term.folded) {
                try connection.run("DELETE FROM search_term_gram WHERE gram = ? AND term_id = ?", [gram, id])
            }
            try connection.run("DELETE FROM search_term WHERE id = ?", [id])
            deleted.insert(id)
            if made[id] == nil { unheld.append((id, term.folded)) }
        }
        for (id, folded) in unheld {
            try connection.run("INSERT INTO search_term_trigram(search_term_trigram, rowid, folded) VALUES ('delete', ?, ?)",
                               [id, folded])
        }
        for (id, folded) in made.sorted(by: { $0.key < $1.key }) where !deleted.contains(id) {
            try connection.run("INSERT INTO search_term_trigram(rowid, folded) VALUES (?, ?)", [id, folded])
        }
    }
}

/// The owners whose index entries a transaction refreshes before it commits (``NameIndex/memberChanged(_:in:)``).
final class NameIndexRefresh: PendingWork {
    var members: Set<Int64> = []
    var enterprises: Set<Int64> = []

    func willCommit(_ connection: Connection) throws {
        try NameIndex.refresh(members: members.sorted(), enterprises: enterprises.sorted(), in: connection)
    }
}
