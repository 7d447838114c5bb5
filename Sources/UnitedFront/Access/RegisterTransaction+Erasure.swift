extension RegisterTransaction {
    /// Erases `member`'s identifying values from every row of the register that holds them, past and
    /// present, as one recorded, attributed redaction (PIPL Art. 47); see ``Erasure`` for what is erased,
    /// what is kept and what is out of reach.
    ///
    /// The redaction is the transaction's changeset (attributed like any write) plus a row of the
    /// `erasure` table (member, changeset, reason, fields) and an access-log entry (action
    /// ``AccessAction/erasure``, purpose `erasure`, the erased fields). History stays append-only: the
    /// triggers of migration 023 let exactly this update through, on this member's rows, while the
    /// erasure row is being applied, and refuse every other update as before. Intervals, changesets and
    /// coded values are untouched, so every figure and every check is the same after it.
    ///
    /// Freed space is overwritten (`PRAGMA secure_delete` is on for the transaction) and the name index's
    /// full-text segments are merged so no old name survives in them; the one-call
    /// ``Register/erase(_:reason:by:)`` also checkpoints the write-ahead log.
    ///
    /// - Returns: the erasure.
    /// - Throws: ``ValidationError`` on field `reason` when it is empty or blank;
    ///   ``RegisterError/memberNotFound(_:)``; ``RegisterError/memberErased(_:)`` when the member was
    ///   erased before; ``DatabaseError``. Nothing is written when it throws.
    @discardableResult
    public func erase(_ member: MemberID, reason: String) throws -> Erasure {
        let reason = reason.trimmingSpaces()
        guard !reason.isEmpty else { throw ValidationError(field: "reason", value: reason, reason: .missing) }
        guard try connection.fetchOne("SELECT 1 FROM member WHERE id = ?", [member], { _ in true }) != nil else {
            throw RegisterError.memberNotFound(member)
        }
        guard try connection.fetchOne("SELECT 1 FROM erasure WHERE member_id = ?", [member], { _ in true }) == nil else {
            throw RegisterError.memberErased(member)
        }
        let fields = Erasure.erasedFields
        let secureDelete = try connection.fetchOne("PRAGMA secure_delete") { $0.int64(0) } ?? 0
        try connection.execute("PRAGMA secure_delete = ON")
        defer { try? connection.execute("PRAGMA secure_delete = \(secureDelete)") }

        let changeset = try memberHistory().changeset()
        try connection.run("INSERT INTO erasure(member_id, changeset_id, reason, fields) VALUES (?, ?, ?, ?)",
                           [member, changeset, reason, fields.map(\.rawValue).joined(separator: ",")])
        let erasure = connection.lastInsertedRowID
        let marker = Erasure.marker
        let redaction = "name = ?2, former_names = NULL, document_number = NULL, mobile = NULL, email = NULL, address = NULL, notes = NULL"
        try connection.run("UPDATE member_history SET \(redaction) WHERE member_id = ?1", [member, marker])
        try connection.run("UPDATE member SET \(redaction) WHERE id = ?1", [member, marker])
        let subjects = (["registration"] + fields.map(\.rawValue)).map { "'\($0)'" }.joined(separator: ", ")  // registration: the name
        try connection.run("""
            UPDATE change_log SET old_value = CASE WHEN old_value IS NULL THEN NULL ELSE ?2 END,
                                  new_value = CASE WHEN new_value IS NULL THEN NULL ELSE ?2 END
            WHERE member_id = ?1 AND subject IN (\(subjects)) AND (old_value IS NOT NULL OR new_value IS NOT NULL)
            """, [member, marker])
        try connection.run("""
            UPDATE relation_history SET note = NULL WHERE note IS NOT NULL
              AND (record_id IN (SELECT id FROM relation WHERE member_id = ?1) OR relative = CAST(?1 AS TEXT))
            """, [member])
        try connection.run("""
            UPDATE party_membership_history SET introducers = NULL WHERE introducers IS NOT NULL
              AND record_id IN (SELECT id FROM party_membership WHERE member_id = ?1)
            """, [member])
        // Now, while secure_delete is on (not at commit): the member's index rows go, and with them every
        // term nobody else holds (a name others share stays theirs).
        try NameIndex.refresh(members: [member.rawValue], enterprises: [], in: connection)
        // Merge the full-text index's segments: deleted names otherwise linger in old segments.
        try connection.execute("INSERT INTO search_term_trigram(search_term_trigram) VALUES ('optimize')")
        try connection.run("UPDATE erasure SET applied = 1 WHERE id = ?", [erasure])

        let event = AccessEvent(actor: attribution.actor, purpose: "erasure", action: .erasure, fields: fields,
                                members: [member], reason: reason, detail: "erasure=\(erasure); changeset=\(changeset)")
        let entry = try AccessLog(connection: connection).append(event, at: now)
        return Erasure(id: erasure, member: member, changeset: changeset, reason: reason, fields: fields, accessLogEntry: entry)
    }
}
