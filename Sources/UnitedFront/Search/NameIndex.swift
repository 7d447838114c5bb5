/// Keeps the name-search index (`search_text`, `search_trigram`, `search_gram`; schema/017_name_search.sql)
/// current: the writers call it in the same transaction as every write that changes an indexed value, so a
/// rolled-back write leaves no index row behind.
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
/// **Short queries.** Every 1- and 2-character substring of a name, former name or work unit is in
/// `search_gram`; of a pinyin spelling only its first one and two letters are (`w`, `wy` of `wyqmg`): a
/// pinyin query of one or two letters matches from the start of the spelling, where a reader means it,
/// and the index stays a few rows per name instead of dozens (it is written with every member).
enum NameIndex {
    /// What the index holds of one owner: field, text as written, text as compared.
    struct Entry: Hashable {
        var field: NameMatchField
        var text: String
        var folded: String
    }

    /// The version of the index this library builds: its folding rules and its character table.
    static var version: String { "2-\(HanziTable.checksum)" }

    /// The owner kinds, as stored in `search_text.owner`.
    static let member = "member", enterprise = "enterprise"

    // MARK: Keeping it current

    /// Re-indexes member `id` from its current-knowledge history.
    static func reindexMember(_ id: MemberID, in connection: Connection) throws {
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
        try replace(owner: member, id: id.rawValue, with: entries, in: connection)
    }

    /// Re-indexes enterprise `id` from its current-knowledge history.
    static func reindexEnterprise(_ id: Int64, in connection: Connection) throws {
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
        try replace(owner: enterprise, id: id, with: entries, in: connection)
    }

    /// Rebuilds the whole index when it was built by another version (or never: a database migrated from
    /// 016), in one transaction; does nothing when it is current. Runs when a register opens.
    static func ensureCurrent(in connection: Connection) throws {
        let stored = { try connection.fetchOne("SELECT version FROM search_index_version WHERE id = 1", []) { $0.text(0) } }
        guard try stored() != version else { return }
        try connection.inTransaction(.immediate) {
            guard try stored() != version else { return }  // another connection built it meanwhile
            try connection.execute("DELETE FROM search_text")
            for id in try connection.fetchAll("SELECT id FROM member ORDER BY id", [], { MemberID(rawValue: $0.int64(0)) }) {
                try reindexMember(id, in: connection)
            }
            for id in try connection.fetchAll("SELECT id FROM enterprise ORDER BY id", [], { $0.int64(0) }) {
                try reindexEnterprise(id, in: connection)
            }
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

    /// Makes the owner's stored entries `entries`: deletes those no longer there, inserts the new ones.
    private static func replace(owner: String, id: Int64, with entries: Set<Entry>, in connection: Connection) throws {
        var wanted = entries
        let stored = try connection.fetchAll(
            "SELECT id, field, text, folded FROM search_text WHERE owner = ? AND owner_id = ?", [owner, id]
        ) { row in
            (id: row.int64(0), entry: NameMatchField(rawValue: row.text(1)).map { Entry(field: $0, text: row.text(2), folded: row.text(3)) })
        }
        for row in stored {
            if let entry = row.entry, wanted.remove(entry) != nil { continue }
            try connection.run("DELETE FROM search_text WHERE id = ?", [row.id])
        }
        for entry in wanted.sorted(by: { ($0.field.rawValue, $0.folded, $0.text) < ($1.field.rawValue, $1.folded, $1.text) }) {
            try connection.run("INSERT INTO search_text(owner, owner_id, field, text, folded) VALUES (?, ?, ?, ?, ?)",
                               [owner, id, entry.field.rawValue, entry.text, entry.folded])
            let textID = connection.lastInsertedRowID
            for gram in entry.field == .pinyin ? NameFolding.prefixGrams(entry.folded) : NameFolding.grams(entry.folded) {
                try connection.run("INSERT INTO search_gram(gram, text_id) VALUES (?, ?)", [gram, textID])
            }
        }
    }
}
