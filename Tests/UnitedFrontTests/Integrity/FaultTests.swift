import Dispatch
import Foundation
import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

/// Faults the register must survive: a full disk, another process holding the write lock, damaged files
/// and a database from a newer version. Each gives a typed error or a finding, never a crash, and a
/// failed write writes nothing.
@Suite("Faults")
struct FaultTests {
    /// A record that takes a few pages.
    static func bulky(_ index: Int) -> MemberRecord {
        var record = MemberRecord(name: "成员\(index)")
        record.notes = String(repeating: "工作记录详情", count: 300)
        return record
    }

    /// The pages the writer's database has now.
    static func pageCount(_ register: Register) throws -> Int64 {
        try register.pool.write { try $0.fetchOne("PRAGMA page_count") { $0.int64(0) } ?? 0 }
    }

    @Test("a full disk (max_page_count) fails the write with SQLITE_FULL, rolls it back, and the register goes on",
          arguments: [false, true])
    func diskFull(onFile: Bool) throws {
        let directory = try TemporaryDirectory()
        let register = onFile ? try Register(path: directory.path("register.sqlite")) : try Register.inMemory()
        try IntegritySample.populate(register)
        let before = try register.members(asOf: "2024-06-01").count
        let pages = try Self.pageCount(register)
        try IntegritySample.tamper(register, "PRAGMA max_page_count = \(pages + 2)")
        let error = #expect(throws: DatabaseError.self) {
            try register.write(by: clerk) { tx in
                for index in 0..<100 { _ = try tx.add(Self.bulky(index), effective: "2024-01-01") }
            }
        }
        #expect(error?.resultCode == .SQLITE_FULL, "\(String(describing: error))")
        var matched = false
        do {
            try register.write(by: clerk) { tx in for index in 0..<100 { _ = try tx.add(Self.bulky(index), effective: "2024-01-01") } }
        } catch ResultCode.SQLITE_FULL {
            matched = true
        }
        #expect(matched, "callers match it by code")
        #expect(try register.members(asOf: "2024-06-01").count == before, "nothing of the failed changeset is visible")
        #expect(try register.check().isSound)
        // Small writes that fit still work; with room again, the big one does too.
        _ = try register.change(MemberID(rawValue: 1), effective: "2024-02-01", by: clerk) { $0.notes = "磁盘满后" }
        try IntegritySample.tamper(register, "PRAGMA max_page_count = 1073741823")
        try register.write(by: clerk) { tx in for index in 0..<100 { _ = try tx.add(Self.bulky(index), effective: "2024-01-01") } }
        #expect(try register.members(asOf: "2024-06-01").count == before + 100)
        #expect(try register.check().isSound)
    }

    @Test("another connection holding the write lock: writers wait the busy timeout then fail with SQLITE_BUSY; readers go on")
    func writeLockHeld() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("register.sqlite")
        let register = try Register(path: path)
        let members = try IntegritySample.populate(register)
        try IntegritySample.tamper(register, "PRAGMA busy_timeout = 300")
        let other = try Connection(location: .file(path))  // as another process would: its own connection and locks
        try other.execute("BEGIN IMMEDIATE; UPDATE member SET notes = notes WHERE id = 1")
        let started = DispatchTime.now().uptimeNanoseconds
        let error = #expect(throws: DatabaseError.self) {
            _ = try register.change(members[0], effective: "2024-01-01", by: clerk) { $0.notes = "等锁" }
        }
        let waited = (DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
        #expect(error?.resultCode == .SQLITE_BUSY, "\(String(describing: error))")
        #expect(waited >= 250, "the writer waited the busy timeout (\(waited) ms)")
        // Readers are not blocked by the other writer.
        #expect(try register.member(members[0])?.name == "乌云其木格")
        #expect(try register.check(quick: true).isSound)
        try register.backup(to: directory.path("backup.sqlite"))
        // A second register opens beside the lock (an up-to-date schema needs no write lock) and its
        // writes fail the same way.
        let second = try Register(path: path)
        #expect(try second.member(members[1])?.name == "王建国")
        try IntegritySample.tamper(second, "PRAGMA busy_timeout = 100")
        let secondError = #expect(throws: DatabaseError.self) {
            _ = try second.add(MemberRecord(name: "第二个进程"), effective: "2024-01-01", by: clerk)
        }
        #expect(secondError?.resultCode == .SQLITE_BUSY)
        // When the lock is released the write goes through.
        try other.execute("COMMIT")
        _ = try register.change(members[0], effective: "2024-01-01", by: clerk) { $0.notes = "等锁" }
        #expect(try register.member(members[0])?.record.notes == "等锁")
    }

    /// A populated register's backup (one file in rollback-journal mode), with its bytes.
    static func backupBytes(in directory: TemporaryDirectory) throws -> (Data, rootPage: Int, pageSize: Int) {
        let register = try Register(path: directory.path("register.sqlite"))
        try IntegritySample.populate(register)
        try register.backup(to: directory.path("pristine.sqlite"))
        let (root, size) = try register.read { snapshot in
            (try snapshot.connection.fetchOne("SELECT rootpage FROM sqlite_master WHERE name = 'member_history'") { Int($0.int64(0)) } ?? 0,
             try snapshot.connection.fetchOne("PRAGMA page_size") { Int($0.int64(0)) } ?? 4096)
        }
        return (try Data(contentsOf: directory.file("pristine.sqlite")), root, size)
    }

    /// Opens the file and checks it: returns what happened, never crashing.
    static func openAndCheck(_ path: String) -> String {
        do {
            let register = try Register(path: path)
            let report = try register.check()
            _ = try? register.members(asOf: "2024-01-01")
            return report.isSound ? "sound" : "findings: \(report.findings.map(\.description).joined(separator: "; "))"
        } catch let error as DatabaseError {
            return "database error \(error.resultCode)"
        } catch let error as RegisterError {
            return "register error \(error)"
        } catch {
            return "unexpected \(type(of: error)): \(error)"
        }
    }

    @Test("a damaged header is refused on open with SQLITE_NOTADB, and restore refuses it")
    func damagedHeader() throws {
        let directory = try TemporaryDirectory()
        var (bytes, _, _) = try Self.backupBytes(in: directory)
        for offset in 0..<16 { bytes[offset] ^= 0x5A }
        try bytes.write(to: directory.file("damaged.sqlite"))
        let error = #expect(throws: DatabaseError.self) { _ = try Register(path: directory.path("damaged.sqlite")) }
        #expect(error?.resultCode == .SQLITE_NOTADB)
        #expect(throws: RegisterError.self) {
            try Register.restore(from: directory.path("damaged.sqlite"), to: directory.path("restored.sqlite"))
        }
    }

    @Test("a damaged page of the history is found by check, and restore refuses the file")
    func damagedPage() throws {
        let directory = try TemporaryDirectory()
        var (bytes, root, size) = try Self.backupBytes(in: directory)
        let start = (root - 1) * size
        for offset in stride(from: start + 8, to: start + size, by: 7) { bytes[offset] ^= 0xA5 }
        bytes[start] = 0x37  // not a b-tree page type
        try bytes.write(to: directory.file("damaged.sqlite"))
        let outcome = Self.openAndCheck(directory.path("damaged.sqlite"))
        #expect(outcome.hasPrefix("findings") || outcome.hasPrefix("database error"), "\(outcome)")
        #expect(!outcome.hasPrefix("unexpected"))
        do {
            try Register.restore(from: directory.path("damaged.sqlite"), to: directory.path("restored.sqlite"))
            Issue.record("a damaged backup was restored")
        } catch RegisterError.integrityCheckFailed(let findings) {
            #expect(findings.contains { $0.check == .sqliteIntegrity }, "\(findings)")
        }
        #expect(!FileManager.default.fileExists(atPath: directory.path("restored.sqlite")))
    }

    @Test("a damaged WAL loses its last transactions whole, never a crash, and the history still checks sound")
    func damagedWAL() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("register.sqlite")
        let register = try Register(path: path)
        try IntegritySample.tamper(register, "PRAGMA wal_autocheckpoint = 0")
        try IntegritySample.populate(register)
        for index in 0..<20 { _ = try register.add(Self.bulky(index), effective: "2024-01-01", by: clerk) }
        let wal = try Data(contentsOf: URL(fileURLWithPath: path + "-wal"))
        #expect(wal.count > 100_000, "the writes are in the WAL")
        let database = try Data(contentsOf: URL(fileURLWithPath: path))
        var outcomes: [String] = []
        for (round, fraction) in [0.3, 0.6, 0.9].enumerated() {
            let copy = directory.path("copy\(round).sqlite")
            try database.write(to: URL(fileURLWithPath: copy))
            var damaged = wal
            let offset = Int(Double(wal.count) * fraction)
            for index in offset..<(offset + 64) { damaged[index] ^= 0xFF }
            try damaged.write(to: URL(fileURLWithPath: copy + "-wal"))
            let outcome = Self.openAndCheck(copy)
            outcomes.append(outcome)
            #expect(outcome == "sound" || outcome.hasPrefix("database error"), "WAL damaged at \(fraction): \(outcome)")
        }
        #expect(outcomes.contains("sound"), "a torn WAL is cut at the damaged frame: \(outcomes)")
    }

    @Test("bytes flipped anywhere in the file give an error or findings, never a crash", arguments: [7, 42, 2026] as [UInt64])
    func randomDamage(seed: UInt64) throws {
        let directory = try TemporaryDirectory()
        let (pristine, _, _) = try Self.backupBytes(in: directory)
        var random = SeededGenerator(seed: seed)
        var outcomes: [String: Int] = [:]
        for round in 0..<12 {
            var bytes = pristine
            let offset = Int.random(in: 100..<bytes.count - 64, using: &random)
            for index in offset..<(offset + Int.random(in: 1...64, using: &random)) { bytes[index] = UInt8.random(in: 0...255, using: &random) }
            let path = directory.path("damaged\(round).sqlite")
            try bytes.write(to: URL(fileURLWithPath: path))
            let outcome = Self.openAndCheck(path)
            #expect(!outcome.hasPrefix("unexpected"), "seed \(seed) round \(round) at \(offset): \(outcome)")
            outcomes[String(outcome.prefix(8)), default: 0] += 1
        }
        #expect(outcomes.values.reduce(0, +) == 12)
    }

    @Test("a database written by a newer version is refused on open with a clear error")
    func newerSchema() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("register.sqlite")
        try IntegritySample.populate(try Register(path: path))
        try Connection(location: .file(path)).execute(
            "INSERT INTO schema_migration(name, applied_at) VALUES ('999_future', '2030-01-01T00:00:00.000Z')")
        do {
            _ = try Register(path: path)
            Issue.record("a newer database was opened")
        } catch RegisterError.schema(let reason) {
            #expect(reason.contains("999_future") && reason.contains("newer version"))
        }
    }
}
