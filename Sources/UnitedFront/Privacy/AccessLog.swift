/// The access log's engine: appends entries to the hash chain, reads them back and verifies the chain,
/// on one connection inside the caller's transaction.
///
/// **Canonical text** (version 1), the input of each entry's SHA-256: `united-front access-log v1;` then,
/// for id, recorded_at, actor, role, purpose, action, fields, members, reason and detail as stored, and
/// prev_hash last, the UTF-8 byte count, `:`, the bytes and `;` (a missing reason is `-;`). Length
/// prefixes make it unambiguous whatever the text holds; the id ties each entry to its place, so two
/// swapped entries fail too.
struct AccessLog {
    let connection: Connection

    /// The latest entry's hash, or ``AccessLogEntry/genesisHash`` for an empty log.
    func headHash() throws -> String {
        try connection.fetchOne("SELECT hash FROM access_log ORDER BY id DESC LIMIT 1") { $0.text(0) }
            ?? AccessLogEntry.genesisHash
    }

    /// Validates `event` and appends it at `now` (or at the latest entry's time when the clock stepped
    /// back, so that times never decrease along the chain).
    /// - Throws: ``RegisterError/missingActor``; ``ValidationError`` (`reason` missing where required, a
    ///   control character, a member id below 1); ``DatabaseError``.
    func append(_ event: AccessEvent, at now: Timestamp) throws -> AccessLogEntry {
        if let bad = event.members.first(where: { $0.rawValue <= 0 }) {
            throw ValidationError(field: "members", value: bad.description, reason: .malformed(expected: "a member id, 1 or more"))
        }
        return try append(event, members: MemberRanges(event.members), at: now)
    }

    /// ``append(_:at:)`` with the members already collected (an export streams them in id order).
    func append(_ event: AccessEvent, members: MemberRanges, at now: Timestamp) throws -> AccessLogEntry {
        let actor = event.actor.trimmingSpaces()
        guard !actor.isEmpty else { throw RegisterError.missingActor }
        let reason = event.reason.map { $0.trimmingSpaces() }.flatMap { $0.isEmpty ? nil : $0 }
        if event.revealsUnmasked && reason == nil {
            throw ValidationError(field: "reason", value: event.reason ?? "", reason: .missing)
        }
        let role = event.role.trimmingSpaces()
        try Self.refuseControlCharacters(actor, field: "actor")
        try Self.refuseControlCharacters(role, field: "role")
        try Self.refuseControlCharacters(event.purpose.rawValue, field: "purpose")
        try Self.refuseControlCharacters(event.action.rawValue, field: "action")
        guard !event.action.rawValue.trimmingSpaces().isEmpty else {
            throw ValidationError(field: "action", value: event.action.rawValue, reason: .missing)
        }
        let latest = try connection.fetchOne("SELECT id, recorded_at, hash FROM access_log ORDER BY id DESC LIMIT 1") {
            ($0.int64(0), $0.text(1), $0.text(2))
        }
        var recordedAt = now
        if let latest, let time = Timestamp.parse(latest.1), time > recordedAt { recordedAt = time }
        var entry = AccessLogEntry(
            id: (latest?.0 ?? 0) + 1, recordedAt: recordedAt, actor: actor, role: role, purpose: event.purpose,
            action: event.action, fields: event.fields, members: [], reason: reason, detail: event.detail,
            previousHash: latest?.2 ?? AccessLogEntry.genesisHash, hash: "")
        let stored = Stored(entry, members: members.description)
        entry = entry.withHash(stored.hash(), members: members.ids)
        try connection.run("""
            INSERT INTO access_log(id, recorded_at, actor, role, purpose, action, fields, members, reason, detail,
                                   prev_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [entry.id, stored.recordedAt, stored.actor, stored.role, stored.purpose, stored.action, stored.fields,
                  stored.members, stored.reason, stored.detail, stored.previousHash, entry.hash])
        return entry
    }

    /// The entries recorded from `from` through `through` (both inclusive, either open), oldest first.
    func entries(from: Timestamp?, through: Timestamp?) throws -> [AccessLogEntry] {
        try connection.fetchAll("""
            SELECT id, recorded_at, actor, role, purpose, action, fields, members, reason, detail, prev_hash, hash
            FROM access_log WHERE (?1 IS NULL OR recorded_at >= ?1) AND (?2 IS NULL OR recorded_at <= ?2) ORDER BY id
            """, [from, through]) { row in
            AccessLogEntry(
                id: row.int64(0), recordedAt: try Timestamp(iso8601: row.text(1)), actor: row.text(2), role: row.text(3),
                purpose: DisclosurePurpose(rawValue: row.text(4)), action: AccessAction(rawValue: row.text(5)),
                fields: row.text(6).split(separator: ",").compactMap { MemberField(rawValue: String($0)) },
                members: MemberRanges(parsing: row.text(7))?.ids ?? [], reason: row.optionalText(8), detail: row.text(9),
                previousHash: row.text(10), hash: row.text(11))
        }
    }

    /// The latest entry, or nil for an empty log.
    func head() throws -> AccessLogEntry? {
        guard let id = try connection.fetchOne("SELECT max(id) FROM access_log", [], { $0.optionalInt64(0) }) ?? nil else {
            return nil
        }
        return try connection.fetchAll("""
            SELECT id, recorded_at, actor, role, purpose, action, fields, members, reason, detail, prev_hash, hash
            FROM access_log WHERE id = ?
            """, [id]) { row in
            AccessLogEntry(
                id: row.int64(0), recordedAt: try Timestamp(iso8601: row.text(1)), actor: row.text(2), role: row.text(3),
                purpose: DisclosurePurpose(rawValue: row.text(4)), action: AccessAction(rawValue: row.text(5)),
                fields: row.text(6).split(separator: ",").compactMap { MemberField(rawValue: String($0)) },
                members: MemberRanges(parsing: row.text(7))?.ids ?? [], reason: row.optionalText(8), detail: row.text(9),
                previousHash: row.text(10), hash: row.text(11))
        }.first
    }

    /// Walks the chain in id order and returns the first entry that breaks it, with why: its stored
    /// `prev_hash` is not the previous entry's hash (an entry before it was deleted, edited together with
    /// its hash, or moved), its id is not the next position, or its hash is not the hash of its text (it
    /// was edited). Nil when the chain holds.
    func firstBreak() throws -> (id: Int64, why: String)? {
        var expectedPrevious = AccessLogEntry.genesisHash
        var expectedID: Int64 = 1
        var found: (Int64, String)?
        try connection.forEachRow("""
            SELECT id, recorded_at, actor, role, purpose, action, fields, members, reason, detail, prev_hash, hash
            FROM access_log ORDER BY id
            """) { row in
            guard found == nil else { return }
            let stored = Stored(id: row.int64(0), recordedAt: row.text(1), actor: row.text(2), role: row.text(3),
                                purpose: row.text(4), action: row.text(5), fields: row.text(6), members: row.text(7),
                                reason: row.optionalText(8), detail: row.text(9), previousHash: row.text(10))
            let hash = row.text(11)
            if stored.id != expectedID {
                found = (stored.id, "entry \(stored.id) follows entry \(expectedID - 1): "
                    + (stored.id > expectedID ? "an entry before it was deleted" : "the ids are out of order"))
            } else if stored.previousHash != expectedPrevious {
                found = (stored.id, "entry \(stored.id) does not link to the entry before it "
                    + "(an entry before it was deleted, moved or rewritten)")
            } else if stored.hash() != hash {
                found = (stored.id, "entry \(stored.id) does not match its hash (it was edited)")
            }
            expectedPrevious = hash
            expectedID = stored.id + 1
        }
        return found
    }

    /// Refuses control characters (line breaks included) in the short text fields.
    private static func refuseControlCharacters(_ text: String, field: ValidationError.Field) throws {
        if let scalar = text.unicodeScalars.first(where: { $0.value < 0x20 || $0.value == 0x7f }) {
            throw ValidationError(field: field, value: text, reason: .controlCharacter(scalar.value))
        }
    }

    /// An entry as stored: the text the hash covers.
    struct Stored {
        let id: Int64
        let recordedAt: String
        let actor: String
        let role: String
        let purpose: String
        let action: String
        let fields: String
        let members: String
        let reason: String?
        let detail: String
        let previousHash: String

        init(id: Int64, recordedAt: String, actor: String, role: String, purpose: String, action: String, fields: String,
             members: String, reason: String?, detail: String, previousHash: String) {
            self.id = id
            self.recordedAt = recordedAt
            self.actor = actor
            self.role = role
            self.purpose = purpose
            self.action = action
            self.fields = fields
            self.members = members
            self.reason = reason
            self.detail = detail
            self.previousHash = previousHash
        }

        init(_ entry: AccessLogEntry, members: String) {
            self.init(id: entry.id, recordedAt: entry.recordedAt.iso8601, actor: entry.actor, role: entry.role,
                      purpose: entry.purpose.rawValue, action: entry.action.rawValue,
                      fields: entry.fields.map(\.rawValue).joined(separator: ","), members: members, reason: entry.reason,
                      detail: entry.detail, previousHash: entry.previousHash)
        }

        /// The canonical text (version 1).
        var canonicalText: String {
            var text = "united-front access-log v1;"
            for value in [String(id), recordedAt, actor, role, purpose, action, fields, members] {
                text += "\(value.utf8.count):\(value);"
            }
            text += reason.map { "\($0.utf8.count):\($0);" } ?? "-;"
            text += "\(detail.utf8.count):\(detail);"
            text += "\(previousHash.utf8.count):\(previousHash);"
            return text
        }

        /// SHA-256 of the canonical text, lowercase hex.
        func hash() -> String { SHA256.hash(canonicalText).hex }
    }
}

extension AccessLogEntry {
    /// This entry with its hash and members filled in.
    fileprivate func withHash(_ hash: String, members: [MemberID]) -> AccessLogEntry {
        AccessLogEntry(id: id, recordedAt: recordedAt, actor: actor, role: role, purpose: purpose, action: action,
                       fields: fields, members: members, reason: reason, detail: detail, previousHash: previousHash,
                       hash: hash)
    }
}

/// A set of member ids kept as sorted ranges (`1-3,7`): how the access log stores whose data an entry
/// covers, compact for an export of a whole register (ids there are mostly consecutive).
struct MemberRanges: CustomStringConvertible {
    private(set) var ranges: [ClosedRange<Int64>] = []

    /// No members.
    init() {}

    /// The ids given, sorted, each once.
    init(_ ids: [MemberID]) {
        for id in ids.map(\.rawValue).sorted() { insertAscending(id) }
    }

    /// Parses `1-3,7`; nil when malformed.
    init?(parsing text: String) {
        guard !text.isEmpty else { return }
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let bounds = part.split(separator: "-", omittingEmptySubsequences: false)
            guard bounds.count <= 2, let low = Int64(bounds[0]), let high = Int64(bounds.last!), low <= high else { return nil }
            ranges.append(low...high)
        }
    }

    /// Adds an id no smaller than the largest so far (a stream in id order).
    mutating func insertAscending(_ id: Int64) {
        if let last = ranges.last {
            if id <= last.upperBound { return }
            if id == last.upperBound + 1 {
                ranges[ranges.count - 1] = last.lowerBound...id
                return
            }
        }
        ranges.append(id...id)
    }

    /// The ids, in order.
    var ids: [MemberID] { ranges.flatMap { $0.map(MemberID.init(rawValue:)) } }

    /// `1-3,7`.
    var description: String {
        ranges.map { $0.lowerBound == $0.upperBound ? "\($0.lowerBound)" : "\($0.lowerBound)-\($0.upperBound)" }
            .joined(separator: ",")
    }
}
