import CrashHarness
import Testing
import UnitedFront
import UnitedFrontTestSupport

/// The crash harness's oracle on hand-made writer lines: it must accept what a sound file shows and name
/// every way a file can betray the writer (a lost commit, a lost effect, a visible refused write, a
/// phantom changeset, a torn import), or the kill cycles would prove nothing.
@Suite("Crash ledger: what the harness accepts and refuses")
struct CrashLedgerTests {
    static let clerk = "统战部 崩溃测试"
    static let first = citizenID("150102", born: "1978-03-15", sequence: 24)
    static let second = citizenID("150102", born: "1985-07-01", sequence: 31)

    /// A register with one member (`first`) registered by changeset 1, tagged `crash-1-1`.
    func registerWithOneCommit() throws -> (Register, TemporaryDirectory, digest: String) {
        let directory = try TemporaryDirectory()
        let clock = TestClock("2025-01-01T09:00:00+08:00")
        let register = try Register(path: directory.path("ledger.sqlite"), clock: clock.read)
        var record = MemberRecord(name: "乌云其木格")
        record.documentNumber = Self.first
        _ = try register.add(record, effective: "2020-01-01", by: Attribution(actor: Self.clerk, reason: "crash-1-1"))
        let digest = try register.read { try CrashDigest.digest(of: 1, subjects: [.member(MemberID(rawValue: 1))], in: $0) }
        return (register, directory, digest)
    }

    func begin(_ tag: String, new: [String] = [], bad: [String] = []) -> CrashLine {
        .begin(kind: "add", rows: 1, tag: tag, newDocuments: new, badDocuments: bad)
    }

    @Test("an acknowledged registration found with its digest and document passes")
    func soundFile() throws {
        let (register, _, digest) = try registerWithOneCommit()
        var ledger = CrashLedger()
        let failures = try ledger.verify(register, lines: [
            .ready(seed: 1, changesets: 0), begin("crash-1-1", new: [Self.first]),
            .ok(changeset: 1, kind: "add", tag: "crash-1-1", subjects: [.member(MemberID(rawValue: 1))], digest: digest),
            begin("crash-1-2", bad: [Self.second]), .refused(kind: "add", tag: "crash-1-2", reason: "民族 火星族"),
        ])
        #expect(failures.isEmpty, "\(failures)")
        #expect(ledger.acknowledged == 1 && ledger.refusedOrNoop == 1 && ledger.commits.count == 1)
        #expect(try ledger.verifyAllDigests(register).isEmpty)
    }

    @Test("an acknowledged change whose effect differs from its digest is a lost effect")
    func wrongDigest() throws {
        let (register, _, _) = try registerWithOneCommit()
        var ledger = CrashLedger()
        let failures = try ledger.verify(register, lines: [
            begin("crash-1-1"),
            .ok(changeset: 1, kind: "add", tag: "crash-1-1", subjects: [.member(MemberID(rawValue: 1))], digest: "0123456789abcdef"),
        ])
        #expect(failures.count == 1 && failures[0].contains("lost its effect"), "\(failures)")
    }

    @Test("an acknowledged changeset the file does not hold is lost, and one it holds unacknowledged is a phantom")
    func missingAndPhantom() throws {
        let (register, _, digest) = try registerWithOneCommit()
        var ledger = CrashLedger()
        let lost = try ledger.verify(register, lines: [
            begin("crash-1-9"),
            .ok(changeset: 2, kind: "add", tag: "crash-1-9", subjects: [.member(MemberID(rawValue: 1))], digest: digest),
        ])
        #expect(lost.contains { $0.contains("acknowledged add crash-1-9 as changeset 2") }, "\(lost)")
        #expect(lost.contains { $0.contains("changeset 1 (crash-1-1) was never acknowledged") }, "\(lost)")
    }

    @Test("a refused or no-op write whose tag is on a changeset was visible after all")
    func refusedButCommitted() throws {
        let (register, _, _) = try registerWithOneCommit()
        for end in [CrashLine.refused(kind: "add", tag: "crash-1-1", reason: "x"), .noop(kind: "add", tag: "crash-1-1")] {
            var ledger = CrashLedger()
            let failures = try ledger.verify(register, lines: [begin("crash-1-1"), end])
            #expect(failures.contains { $0.contains("was not committed, but changeset(s) [1] carry its tag") }, "\(failures)")
        }
    }

    @Test("a write in flight at the kill counts as committed when it is the latest changeset and whole")
    func inFlightCommitted() throws {
        let (register, _, _) = try registerWithOneCommit()
        var ledger = CrashLedger()
        #expect(try ledger.verify(register, lines: [begin("crash-1-1", new: [Self.first])]).isEmpty)
        #expect(ledger.committedInFlight == 1 && ledger.commits[1]?.tag == "crash-1-1")
        // The next cycle's writer sees that changeset: the ledger now expects it.
        #expect(try ledger.verify(register, lines: [.ready(seed: 2, changesets: 1)]).isEmpty)
    }

    @Test("an import in flight that committed without all its new members is torn")
    func tornImport() throws {
        let (register, _, _) = try registerWithOneCommit()
        var ledger = CrashLedger()
        let failures = try ledger.verify(register, lines: [
            .begin(kind: "import-all", rows: 2, tag: "crash-1-1", newDocuments: [Self.first, Self.second], badDocuments: []),
        ])
        #expect(failures.count == 1 && failures[0].contains("1 of its 2 new members are missing"), "\(failures)")
    }

    @Test("an import killed before it committed must leave none of its members, good rows or bad")
    func uncommittedImportVisible() throws {
        let (register, _, _) = try registerWithOneCommit()
        var ledger = CrashLedger()
        _ = try ledger.verify(register, lines: [begin("crash-1-1")])
        let failures = try ledger.verify(register, lines: [
            .begin(kind: "import-all", rows: 2, tag: "crash-2-1", newDocuments: [Self.second], badDocuments: [Self.first]),
        ])
        #expect(failures.count == 1 && failures[0].contains("1 members it must not have written are visible"), "\(failures)")
        #expect(ledger.lostInFlight == 1)
    }

    @Test("a writer that opened a file with other changesets than the ledger holds, or failed, is reported")
    func readyCountAndFail() throws {
        let (register, _, _) = try registerWithOneCommit()
        var ledger = CrashLedger()
        let failures = try ledger.verify(register, lines: [.ready(seed: 1, changesets: 5), .fail("DatabaseError: disk I/O error")])
        #expect(failures.contains { $0.contains("opened the file with 5 changesets; the ledger holds 0") })
        #expect(failures.contains { $0.contains("the writer failed: DatabaseError") })
    }

    @Test("an acknowledged row-by-row import with bad rows needs its rejects file in the export log")
    func rejectsLogged() throws {
        let (register, _, digest) = try registerWithOneCommit()
        let lines: [CrashLine] = [
            .begin(kind: "import-rows", rows: 2, tag: "crash-1-1", newDocuments: [Self.first], badDocuments: [Self.second]),
            .ok(changeset: 1, kind: "import-rows", tag: "crash-1-1", subjects: [.member(MemberID(rawValue: 1))], digest: digest),
        ]
        var unlogged = CrashLedger()
        let failures = try unlogged.verify(register, lines: lines)
        #expect(failures == ["import-rows crash-1-1 wrote 1 rows to its rejects file, and the export log has no entry for it"])

        _ = try register.recordExport(ExportRequest(actor: Self.clerk, format: "rejects-csv", masking: .unmasked,
                                                    reason: "rows of crash-1-1.csv that could not be imported"), rowCount: 1)
        var logged = CrashLedger()
        #expect(try logged.verify(register, lines: lines).isEmpty)
    }

    @Test("writer lines print and parse back the same; anything else does not parse",
          arguments: [
            CrashLine.ready(seed: 7001, changesets: 12),
            .begin(kind: "import-all", rows: 3, tag: "crash-7001-4", newDocuments: [CrashLedgerTests.first, CrashLedgerTests.second], badDocuments: []),
            .begin(kind: "change", rows: 1, tag: "crash-7001-5", newDocuments: [], badDocuments: [CrashLedgerTests.second]),
            .ok(changeset: 19, kind: "import-rows", tag: "crash-7001-6", subjects: [.member(MemberID(rawValue: 4)), .orgUnit(OrgUnitID(rawValue: 2))],
                digest: "00ff00ff00ff00ff"),
            .ok(changeset: 20, kind: "change", tag: "crash-7001-7", subjects: [], digest: "0000000000000000"),
            .noop(kind: "transfer", tag: "crash-7001-8"),
            .refused(kind: "category-leave", tag: "crash-7001-9", reason: "member 3 is not in 无党派人士 on 2022-01-01"),
            .fail("DatabaseError: SQLITE_IOERR"),
          ])
    func lineRoundTrip(line: CrashLine) {
        #expect(CrashLine(line.description) == line)
    }

    @Test("a half line, an unknown word or a malformed subject does not parse",
          arguments: ["", "ok 12 change", "begin add x crash-1-1 new=- bad=-", "ok 3 add crash-1-1 q7 0011", "hello world",
                      "ready seven 1", "begin add 1 crash-1-1 docs=- bad=-"])
    func strayLines(text: String) {
        #expect(CrashLine(text) == nil)
    }
}
