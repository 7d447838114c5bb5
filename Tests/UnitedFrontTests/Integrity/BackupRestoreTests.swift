import Dispatch
import Foundation
import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

/// `backup(to:)` and `restore(from:to:)`: SQLite's online backup API, owner-only files, a consistent
/// copy while others write, and a restore that refuses what fails the check.
@Suite("Backup and restore")
struct BackupRestoreTests {
    static func mode(_ path: String) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    @Test("a new register's file and its WAL are owner-only (0600); an existing file keeps its mode")
    func newRegisterIsOwnerOnly() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("register.sqlite")
        let register = try Register(path: path)
        try register.add(MemberRecord(name: "乌云其木格"), effective: "2022-01-01", by: clerk)
        #expect(try Self.mode(path) == 0o600)
        #expect(try Self.mode(path + "-wal") == 0o600)
        let shared = directory.path("shared.sqlite")
        #expect(FileManager.default.createFile(atPath: shared, contents: nil, attributes: [.posixPermissions: 0o640]))
        _ = try Register(path: shared)
        #expect(try Self.mode(shared) == 0o640, "a file the operator created keeps the mode they gave it")
    }

    @Test("a backup is one owner-only file with everything in it, and progress reaches every page")
    func backupCopiesEverything() throws {
        let directory = try TemporaryDirectory()
        let register = try Register(path: directory.path("register.sqlite"))
        let members = try IntegritySample.populate(register)
        var steps: [(Int, Int)] = []
        try register.backup(to: directory.path("backup.sqlite")) { steps.append(($0, $1)) }
        #expect(try Self.mode(directory.path("backup.sqlite")) == 0o600)
        #expect(!FileManager.default.fileExists(atPath: directory.path("backup.sqlite-wal")), "rollback-journal mode, one file")
        let last = try #require(steps.last)
        #expect(last.0 == last.1 && last.1 > 10)
        let copy = try Register(path: directory.path("backup.sqlite"))
        #expect(try copy.check().isSound)
        for id in members {
            #expect(try copy.member(id, asOf: "2023-06-01") == register.member(id, asOf: "2023-06-01"))
        }
        #expect(try copy.timeline(of: members[0]).count == register.timeline(of: members[0]).count)
    }

    @Test("a backup never overwrites a file, and an in-memory register backs up too")
    func backupRefusesExisting() throws {
        let directory = try TemporaryDirectory()
        let register = try Register.inMemory()
        let members = try IntegritySample.populate(register)
        let existing = try directory.write("notes.txt", "不要覆盖")
        #expect(throws: RegisterError.fileExists(existing.path)) { try register.backup(to: existing.path) }
        #expect(try String(contentsOf: existing, encoding: .utf8) == "不要覆盖")
        try register.backup(to: directory.path("memory.sqlite"))
        #expect(try Register(path: directory.path("memory.sqlite")).member(members[1])?.name == "王建国")
        #expect(throws: DatabaseError.self) { try register.backup(to: directory.path("no/such/dir.sqlite")) }
    }

    @Test("a backup taken while another thread writes is one consistent snapshot")
    func backupWhileWriting() throws {
        let directory = try TemporaryDirectory()
        let register = try Register(path: directory.path("register.sqlite"))
        try IntegritySample.populate(register)
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            for index in 0..<150 {
                var record = MemberRecord(name: "写入者\(index)")
                record.notes = String(repeating: "备注", count: 200)
                _ = try? register.add(record, effective: "2024-01-01", by: clerk)
            }
            done.signal()
        }
        var counts: [Int] = []
        for round in 0..<4 {
            let path = directory.path("backup\(round).sqlite")
            try register.backup(to: path)
            let copy = try Register(path: path)
            #expect(try copy.check().isSound, "backup \(round)")
            counts.append(try copy.members(asOf: "2024-06-01").count)
        }
        done.wait()
        #expect(counts == counts.sorted(), "later backups hold at least what earlier ones did: \(counts)")
        let final = try Register(path: { try register.backup(to: directory.path("final.sqlite")); return directory.path("final.sqlite") }())
        #expect(try final.members(asOf: "2024-06-01").count == 3 + 150)
    }

    @Test("restore checks the backup, then puts it in place owner-only; it overwrites only when told to")
    func restoreRoundTrip() throws {
        let directory = try TemporaryDirectory()
        let register = try Register(path: directory.path("register.sqlite"))
        let members = try IntegritySample.populate(register)
        try register.backup(to: directory.path("backup.sqlite"))
        var steps = 0
        let report = try Register.restore(from: directory.path("backup.sqlite"), to: directory.path("restored.sqlite")) { _, _ in steps += 1 }
        #expect(report.isSound && steps > 0)
        #expect(try Self.mode(directory.path("restored.sqlite")) == 0o600)
        let restored = try Register(path: directory.path("restored.sqlite"))
        #expect(try restored.member(members[0]) == register.member(members[0]))

        let other = try Register(path: directory.path("other.sqlite"))
        _ = try other.add(MemberRecord(name: "别的登记册"), effective: "2020-01-01", by: clerk)
        #expect(throws: RegisterError.fileExists(directory.path("other.sqlite"))) {
            try Register.restore(from: directory.path("backup.sqlite"), to: directory.path("other.sqlite"))
        }
        #expect(try other.members(asOf: "2024-01-01").map(\.name) == ["别的登记册"])
        try Register.restore(from: directory.path("backup.sqlite"), to: directory.path("other.sqlite"), replacing: true)
        #expect(try other.member(members[1], asOf: "2024-01-01")?.name == "王建国", "an open register sees the restored database")
        #expect(try Self.mode(directory.path("other.sqlite")) == 0o600)
    }

    @Test("restore refuses a backup whose history was damaged, and writes nothing")
    func restoreRefusesDamagedHistory() throws {
        let directory = try TemporaryDirectory()
        let register = try Register(path: directory.path("register.sqlite"))
        try IntegritySample.populate(register)
        try register.backup(to: directory.path("backup.sqlite"))
        try Connection(location: .file(directory.path("backup.sqlite"))).execute("UPDATE member SET name = '篡改' WHERE id = 2")
        do {
            try Register.restore(from: directory.path("backup.sqlite"), to: directory.path("restored.sqlite"))
            Issue.record("a damaged backup was restored")
        } catch RegisterError.integrityCheckFailed(let findings) {
            #expect(Set(findings.map(\.check)) == [.currentEqualsHistory, .nameIndex])
            #expect(findings.allSatisfy { $0.rowIDs == [2] })
        }
        #expect(!FileManager.default.fileExists(atPath: directory.path("restored.sqlite")))
    }

    @Test("restore refuses what is not a register: a text file, an empty database, a newer schema, a missing file")
    func restoreRefusesOthers() throws {
        let directory = try TemporaryDirectory()
        let text = try directory.write("notes.txt", String(repeating: "这不是数据库。", count: 200))
        #expect(throws: RegisterError.self) { try Register.restore(from: text.path, to: directory.path("a.sqlite")) }
        do {
            try Register.restore(from: text.path, to: directory.path("a.sqlite"))
        } catch RegisterError.integrityCheckFailed(let findings) {
            #expect(findings.count == 1 && findings[0].detail.contains("not a database"))
        }
        _ = try Connection(location: .file(directory.path("empty.sqlite")))
        #expect(throws: RegisterError.self) { try Register.restore(from: directory.path("empty.sqlite"), to: directory.path("b.sqlite")) }

        let register = try Register(path: directory.path("register.sqlite"))
        try IntegritySample.populate(register)
        try register.backup(to: directory.path("backup.sqlite"))
        try Connection(location: .file(directory.path("backup.sqlite")))
            .execute("INSERT INTO schema_migration(name, applied_at) VALUES ('999_future', '2030-01-01T00:00:00.000Z')")
        do {
            try Register.restore(from: directory.path("backup.sqlite"), to: directory.path("c.sqlite"))
            Issue.record("a newer backup was restored")
        } catch RegisterError.schema(let reason) {
            #expect(reason.contains("999_future") && reason.contains("newer version"))
        }
        let missing = #expect(throws: DatabaseError.self) {
            try Register.restore(from: directory.path("missing.sqlite"), to: directory.path("d.sqlite"))
        }
        #expect(missing?.resultCode == .SQLITE_CANTOPEN)
        for name in ["a.sqlite", "b.sqlite", "c.sqlite", "d.sqlite"] {
            #expect(!FileManager.default.fileExists(atPath: directory.path(name)), "\(name) was not created")
        }
    }
}
