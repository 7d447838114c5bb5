/// Exports and the export log: the only sanctioned way member data leaves the register in bulk.
extension Register {
    /// Hands the active members as of `request.asOf` (optionally only those in a category and tiers)
    /// to `body` one at a time, in id order, masked by `request.masking`, and records the export in
    /// the export log with the number of members handed out.
    ///
    /// Memory stays bounded whatever the register's size: members are read with a cursor, never
    /// collected. Each member's coded fields hold codes; masking applies to the stored text.
    ///
    /// The same transaction appends an ``AccessLogEntry`` to the access log (action ``ExportRequest/accessAction``,
    /// the revealed sensitive fields, every member handed out, the export-log id, format, row count and filter
    /// in its detail).
    ///
    /// The export is logged even when `body` throws part way (with ``ExportLogEntry/completed`` false
    /// and the rows handed out so far), and then the error is rethrown.
    ///
    /// **Threading.** Runs on the calling thread inside one read transaction (a consistent snapshot);
    /// the log entry is written after it in its own `BEGIN IMMEDIATE` transaction. `body` must not
    /// call the register: for an in-memory register the read holds the only connection.
    ///
    /// - Returns: the log entry.
    /// - Throws: what ``ExportRequest/validate()`` throws (an unmasked export without a reason, no actor), ``ValidationError`` for an unknown category or
    ///   tier (nothing disclosed, nothing logged in these cases); ``DatabaseError``; whatever `body` throws.
    @discardableResult
    public func exportMembers(_ request: ExportRequest, _ body: (Member) throws -> Void) throws -> ExportLogEntry {
        try request.validate()
        var request = request
        request.asOf = request.asOf ?? today
        let codes = self.codes
        request.category = try request.category.map { try codes.resolve($0, field: .category) }
        request.tiers = Set(try request.tiers.map { try codes.resolve($0, field: .tier) })
        let (category, tiers, date) = (request.category?.rawValue, Set(request.tiers.map(\.rawValue)), request.asOf ?? today)
        let knownAt = request.knownAt
        let policy = request.masking
        var count = 0
        var members = MemberRanges()
        var failure: (any Error)?
        do {
            try pool.read { connection in
                try connection.inTransaction(.deferred) {
                    let stream = MemberStream(connection: connection, codes: codes, date: date, category: category, tiers: tiers,
                                              knowledge: try Knowledge.at(knownAt, connection))
                    try stream.forEach { member in
                        var shown = member
                        shown.record = policy.apply(to: member.record)
                        members.insertAscending(member.id.rawValue)  // before body: a failing body still saw it
                        try body(shown)
                        count += 1
                    }
                }
            }
        } catch {
            failure = error
        }
        let entry = try recordExport(request, rowCount: count, completed: failure == nil, members: members)
        if let failure { throw failure }
        return entry
    }

    /// Records an export made without ``exportMembers(_:_:)`` (a report, a list printed by a tool) in
    /// the export log.
    ///
    /// The same transaction appends an entry to the access log (action ``ExportRequest/accessAction``, the
    /// revealed sensitive fields, no members: the log cannot know whom an export made elsewhere held; its
    /// detail gives the export-log id, format, row count and filter).
    ///
    /// **Threading.** One `BEGIN IMMEDIATE` transaction on the writer; call it outside any
    /// ``write(by:_:)`` or ``read(_:)`` closure.
    /// - Throws: ``PrivacyError/unmaskedWithoutReason(_:)``, ``PrivacyError/missingActor``, ``DatabaseError``.
    @discardableResult
    public func recordExport(_ request: ExportRequest, rowCount: Int, completed: Bool = true) throws -> ExportLogEntry {
        try recordExport(request, rowCount: rowCount, completed: completed, members: MemberRanges())
    }

    /// ``recordExport(_:rowCount:completed:)`` with the members handed out.
    private func recordExport(_ request: ExportRequest, rowCount: Int, completed: Bool,
                              members: MemberRanges) throws -> ExportLogEntry {
        try request.validate()
        var request = request
        request.asOf = request.asOf ?? today
        let recordedAt = request.recordedAt ?? now
        let reason = request.reason.map { $0.trimmingSpaces() }.flatMap { $0.isEmpty ? nil : $0 }
        return try pool.write { connection in
            try connection.inTransaction(.immediate) {
                try connection.run("""
                    INSERT INTO export_log(recorded_at, actor, purpose, format, filter, row_count, masked, masking,
                                           reason, completed)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, [recordedAt, request.actor.trimmingSpaces(), request.purpose.rawValue, request.format,
                          request.filterDescription, Int64(max(0, rowCount)), Int64(request.masking.isMasked ? 1 : 0),
                          request.masking.description, reason, Int64(completed ? 1 : 0)])
                let id = connection.lastInsertedRowID
                let detail = "export_log=\(id); format=\(request.format); rows=\(max(0, rowCount))"
                    + (completed ? "" : "; incomplete") + "; masking=\(request.masking.description)"
                    + (request.filterDescription.isEmpty ? "" : "; \(request.filterDescription)")
                let event = AccessEvent(actor: request.actor, role: request.role, purpose: request.purpose,
                                        action: request.accessAction, fields: request.revealedFields,
                                        reason: reason, detail: detail)
                _ = try AccessLog(connection: connection).append(event, members: members, at: recordedAt)
                return ExportLogEntry(
                    id: id, recordedAt: recordedAt, actor: request.actor.trimmingSpaces(),
                    purpose: request.purpose, format: request.format, filter: request.filterDescription,
                    rowCount: max(0, rowCount), masked: request.masking.isMasked,
                    masking: request.masking.description, reason: reason, completed: completed)
            }
        }
    }

    /// The export log, oldest first.
    ///
    /// **Threading.** A read on a reader connection (the writer, in memory); call it outside other
    /// register closures.
    /// - Throws: ``DatabaseError``.
    public func exportLog() throws -> [ExportLogEntry] {
        try pool.read { connection in
            try connection.fetchAll("""
                SELECT id, recorded_at, actor, purpose, format, filter, row_count, masked, masking, reason, completed
                FROM export_log ORDER BY id
                """) { row in
                ExportLogEntry(
                    id: row.int64(0), recordedAt: try Timestamp(iso8601: row.text(1)), actor: row.text(2),
                    purpose: DisclosurePurpose(rawValue: row.text(3)), format: row.text(4), filter: row.text(5),
                    rowCount: Int(row.int64(6)), masked: row.int64(7) == 1, masking: row.text(8),
                    reason: row.optionalText(9), completed: row.int64(10) == 1)
            }
        }
    }
}
