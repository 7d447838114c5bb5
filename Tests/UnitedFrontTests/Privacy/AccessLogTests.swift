import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

/// The access log: every export and unmasked read, who, when, what, why and whose, in a SHA-256 chain
/// that `check()` verifies; tampering through raw SQL (triggers dropped) is named by its first entry.
@Suite("Access log")
struct AccessLogTests {
    let clock = TestClock("2024-03-01T10:00:00+08:00")

    func ids(_ raw: Int64...) -> [MemberID] { raw.map(MemberID.init(rawValue:)) }

    func unmaskedRead(_ members: [MemberID] = [MemberID(rawValue: 1)], actor: String = "统战部 张科员", reason: String? = "核对身份",
                      detail: String = "show 1") -> AccessEvent {
        AccessEvent(actor: actor, role: "street_clerk", purpose: .workList, action: .unmaskedRead,
                    fields: [.documentNumber, .mobile], members: members, reason: reason, detail: detail)
    }

    /// A register with `count` entries in its access log, a minute apart.
    func registerWithEntries(_ count: Int) throws -> Register {
        let register = try Register.inMemory(clock: clock.read)
        for index in 1...count {
            try register.recordAccess(unmaskedRead([MemberID(rawValue: Int64(index))], detail: "show \(index)"))
            clock.advance(milliseconds: 60_000)
        }
        return register
    }

    func chainFinding(_ register: Register) throws -> IntegrityFinding? {
        let report = try register.check()
        #expect(report.findings.allSatisfy { $0.check == .accessLogChain }, "\(report)")
        return report.findings.first { $0.check == .accessLogChain }
    }

    // MARK: Recording

    @Test("an unmasked read of two identifiers is logged at the register's clock, members sorted once each, chained from 64 zeros")
    func firstEntry() throws {
        let register = try Register.inMemory(clock: clock.read)
        let entry = try register.recordAccess(unmaskedRead(ids(3, 1, 2, 1, 7)))
        #expect(entry.id == 1 && entry.recordedAt == Timestamp(iso8601Literal: "2024-03-01T10:00:00+08:00"))
        #expect(entry.members == ids(1, 2, 3, 7) && entry.fields == [MemberField.documentNumber, .mobile])
        #expect(entry.actor == "统战部 张科员" && entry.role == "street_clerk" && entry.action == AccessAction.unmaskedRead)
        #expect(entry.previousHash == String(repeating: "0", count: 64) && entry.previousHash == AccessLogEntry.genesisHash)
        // The canonical text, version 1, pinned: a change of format must be a new version.
        #expect(entry.hash == "410125449962fcb8e3b76c50d01e6964f53dcb8359a4ffe362e887bcdba33130")
        #expect(try register.accessLog() == [entry])
        #expect(try register.accessLogHead() == entry)
        #expect(entry.event.members == ids(1, 2, 3, 7) && entry.event.reason == "核对身份")
        #expect(try register.check().isSound)
    }

    @Test("each entry links to the one before; accessLog(from:through:) takes both ends inclusive")
    func chainAndRange() throws {
        let register = try registerWithEntries(5)
        let log = try register.accessLog()
        #expect(log.map(\.id) == [1, 2, 3, 4, 5])
        for (previous, entry) in zip(log, log.dropFirst()) {
            #expect(entry.previousHash == previous.hash && entry.recordedAt.millisecondsSince1970 - previous.recordedAt.millisecondsSince1970 == 60_000)
        }
        #expect(Set(log.map(\.hash)).count == 5)
        let middle = try register.accessLog(from: log[1].recordedAt, through: log[3].recordedAt)
        #expect(middle.map(\.id) == [2, 3, 4])
        #expect(try register.accessLog(from: log[4].recordedAt).map(\.id) == [5])
        #expect(try register.accessLog(through: log[0].recordedAt).map(\.id) == [1])
        #expect(try register.check().isSound)
    }

    @Test("the async forms read and append the same log")
    func asyncForms() async throws {
        let register = try registerWithEntries(3)
        let log = try await register.accessLog()
        #expect(try await register.accessLog(from: log[1].recordedAt, through: log[1].recordedAt).map(\.id) == [2])
        #expect(try await register.accessLogHead()?.id == 3)
        let entry = try await register.recordAccess(unmaskedRead())
        #expect(entry.id == 4 && entry.previousHash == log[2].hash)
    }

    @Test("an empty log has no head and checks sound")
    func emptyLog() throws {
        let register = try Register.inMemory(clock: clock.read)
        #expect(try register.accessLog().isEmpty && register.accessLogHead() == nil && register.check().isSound)
    }

    @Test("when the clock steps back an entry keeps the latest entry's time, so times never decrease")
    func clockStepsBack() throws {
        let register = try Register.inMemory(clock: clock.read)
        let first = try register.recordAccess(unmaskedRead())
        clock.set("2024-02-01T10:00:00+08:00")
        let second = try register.recordAccess(unmaskedRead())
        #expect(second.recordedAt == first.recordedAt && second.previousHash == first.hash)
    }

    @Test("inside a write the entry commits with the changeset, and vanishes when the write throws")
    func insideTransaction() throws {
        struct Refused: Error {}
        let register = try Register.inMemory(clock: clock.read)
        #expect(throws: Refused.self) {
            try register.write(by: clerk) { tx in
                try tx.recordAccess(self.unmaskedRead())
                throw Refused()
            }
        }
        #expect(try register.accessLog().isEmpty)
        let entry = try register.write(by: clerk) { tx in
            let id = try tx.add(MemberRecord(name: "乌云其木格"), effective: "2024-01-01")
            return try tx.recordAccess(self.unmaskedRead([id], detail: "added and shown"))
        }
        #expect(entry.members == ids(1) && entry.recordedAt == clock.read())
        #expect(try register.accessLog() == [entry])
        // An entry alone records no changeset.
        let changesets = try count("changeset", in: register)
        try register.write(by: clerk) { tx in _ = try tx.recordAccess(self.unmaskedRead()) }
        #expect(try count("changeset", in: register) == changesets && register.accessLog().count == 2)
    }

    @Test("a masked export needs no reason; any event may name a role, a purpose and an action of its own")
    func openPurposesAndActions() throws {
        let register = try Register.inMemory(clock: clock.read)
        let masked = try register.recordAccess(AccessEvent(actor: "张科员", purpose: .statistics, action: .export,
                                                           detail: "stats --by category"))
        #expect(masked.reason == nil && masked.fields.isEmpty && masked.role.isEmpty && masked.members.isEmpty)
        let custom = try register.recordAccess(AccessEvent(actor: "李主任", role: "district_reviewer",
                                                           purpose: "district_review", action: "print",
                                                           members: ids(4), detail: "第三季度台账"))
        #expect(custom.purpose.rawValue == "district_review" && custom.action.rawValue == "print")
        #expect(try register.accessLog().map(\.action) == [.export, "print"])
    }

    // MARK: Bad input

    @Test("bad events are refused with the field and value, and nothing is logged")
    func badEvents() throws {
        let register = try Register.inMemory(clock: clock.read)
        #expect(throws: RegisterError.missingActor) { try register.recordAccess(unmaskedRead(actor: "")) }
        #expect(throws: RegisterError.missingActor) { try register.recordAccess(unmaskedRead(actor: " \u{3000}\t")) }
        #expect(throws: ValidationError(field: "reason", value: "", reason: .missing)) {
            try register.recordAccess(unmaskedRead(reason: nil))
        }
        #expect(throws: ValidationError(field: "reason", value: "  ", reason: .missing)) {
            try register.recordAccess(unmaskedRead(reason: "  "))
        }
        // An export revealing a sensitive field needs a reason; so do rejects files and erasures.
        for event in [AccessEvent(actor: "张科员", purpose: .workList, action: .export, fields: [.religion]),
                      AccessEvent(actor: "张科员", purpose: .workList, action: .rejectsFile),
                      AccessEvent(actor: "张科员", purpose: .workList, action: .erasure, members: ids(1))] {
            #expect(throws: ValidationError(field: "reason", value: "", reason: .missing)) { try register.recordAccess(event) }
        }
        #expect(throws: ValidationError(field: "actor", value: "张\n科员", reason: .controlCharacter(10))) {
            try register.recordAccess(unmaskedRead(actor: "张\n科员"))
        }
        var event = unmaskedRead()
        event.role = "clerk\u{0}"
        #expect(throws: ValidationError(field: "role", value: "clerk\u{0}", reason: .controlCharacter(0))) {
            try register.recordAccess(event)
        }
        event = unmaskedRead()
        event.action = " "
        #expect(throws: ValidationError(field: "action", value: " ", reason: .missing)) { try register.recordAccess(event) }
        event = unmaskedRead(ids(1, 0))
        #expect(throws: ValidationError(field: "members", value: "0", reason: .malformed(expected: "a member id, 1 or more"))) {
            try register.recordAccess(event)
        }
        #expect(try register.accessLog().isEmpty)
    }

    @Test("the table refuses updates, deletes and an entry that does not follow the latest one")
    func appendOnly() throws {
        let register = try registerWithEntries(2)
        #expect(throws: DatabaseError.self) { try IntegritySample.tamper(register, "UPDATE access_log SET detail = 'x' WHERE id = 1") }
        #expect(throws: DatabaseError.self) { try IntegritySample.tamper(register, "DELETE FROM access_log WHERE id = 2") }
        #expect(throws: DatabaseError.self) {
            try IntegritySample.tamper(register, """
                INSERT INTO access_log(recorded_at, actor, role, purpose, action, fields, members, detail, prev_hash, hash)
                SELECT recorded_at, actor, role, purpose, action, fields, members, detail, prev_hash, hash FROM access_log WHERE id = 1
                """)
        }
        #expect(try register.accessLog().count == 2 && register.check().isSound)
    }

    // MARK: Tampering

    static let dropTriggers = "DROP TRIGGER access_log_is_immutable; DROP TRIGGER access_log_is_append_only; DROP TRIGGER access_log_links_to_head;"

    @Test("an edited entry is named by check, and so is the entry after one edited with its hash recomputed")
    func editedEntry() throws {
        let register = try registerWithEntries(5)
        try IntegritySample.tamper(register, Self.dropTriggers + "UPDATE access_log SET reason = '例行检查' WHERE id = 3")
        let finding = try #require(try chainFinding(register))
        #expect(finding.rowIDs == [3] && finding.table == "access_log" && finding.detail.contains("edited"), "\(finding)")
        #expect(try !register.check().isSound)

        // The forger recomputes entry 3's own hash: entry 4 no longer links to it.
        let forged = try register.read { snapshot in
            try AccessLog(connection: snapshot.connection).entries(from: nil, through: nil)[2]
        }
        let text = AccessLog.Stored(forged, members: "3")
        try IntegritySample.tamper(register, "UPDATE access_log SET hash = '\(text.hash())' WHERE id = 3")
        let next = try #require(try chainFinding(register))
        #expect(next.rowIDs == [4] && next.detail.contains("does not link"), "\(next)")
    }

    @Test("a deleted entry is named by the entry after it; a deleted first entry by the second")
    func deletedEntry() throws {
        let register = try registerWithEntries(4)
        try IntegritySample.tamper(register, Self.dropTriggers + "DELETE FROM access_log WHERE id = 2")
        let finding = try #require(try chainFinding(register))
        #expect(finding.rowIDs == [3] && finding.detail.contains("deleted"), "\(finding)")

        let first = try registerWithEntries(3)
        try IntegritySample.tamper(first, Self.dropTriggers + "DELETE FROM access_log WHERE id = 1")
        #expect(try chainFinding(first)?.rowIDs == [2])
    }

    @Test("two swapped entries are found at the first of them")
    func swappedEntries() throws {
        let register = try registerWithEntries(4)
        try IntegritySample.tamper(register, Self.dropTriggers + """
            UPDATE access_log SET id = -2 WHERE id = 2;
            UPDATE access_log SET id = 2 WHERE id = 3;
            UPDATE access_log SET id = 3 WHERE id = -2;
            """)
        #expect(try chainFinding(register)?.rowIDs == [2])
        // Swapping the contents but not the ids is found at the same place.
        let contents = try registerWithEntries(4)
        try IntegritySample.tamper(contents, Self.dropTriggers + """
            UPDATE access_log SET members = CASE id WHEN 2 THEN '3' ELSE '2' END,
                                  detail = CASE id WHEN 2 THEN 'show 3' ELSE 'show 2' END WHERE id IN (2, 3);
            """)
        #expect(try chainFinding(contents)?.rowIDs == [2])
    }

    @Test("the limit: a chain rewritten to its end passes check, but not the head published before")
    func rewrittenChainNeedsAnAnchor() throws {
        let register = try registerWithEntries(3)
        let published = try #require(try register.accessLogHead())
        // Remove the last entry: nothing after it to break.
        try IntegritySample.tamper(register, Self.dropTriggers + "DELETE FROM access_log WHERE id = 3")
        #expect(try register.check().isSound)
        let head = try #require(try register.accessLogHead())
        #expect(head.id != published.id || head.hash != published.hash)
        #expect(try register.accessLog().first { $0.id == published.id } == nil)
    }

    @Test("a register file whose log was edited fails check after reopening")
    func onFile() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("r.sqlite")
        do {
            let register = try Register(path: path, clock: clock.read)
            for index in 1...3 { try register.recordAccess(unmaskedRead([MemberID(rawValue: Int64(index))])) }
            try IntegritySample.tamper(register, Self.dropTriggers + "UPDATE access_log SET actor = '别人' WHERE id = 1")
        }
        let reopened = try Register(path: path, clock: clock.read)
        #expect(try chainFinding(reopened)?.rowIDs == [1])
    }
}
