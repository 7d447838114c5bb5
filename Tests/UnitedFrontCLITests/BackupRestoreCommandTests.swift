import Dispatch
import Foundation
import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

/// `check`, `backup` and `restore` from the command line: exit statuses, named failures, owner-only files.
@Suite("Check, backup and restore from the command line")
struct BackupRestoreCommandTests {
    static func populated() throws -> CLI {
        let cli = try CLI()
        try cli.succeed(["init"])
        try cli.succeed(["add", "--name", "王建国", "--document-number", "150102198005060131", "--category", "党外干部",
                         "--effective", "2021-01-01"])
        try cli.succeed(["add", "--name", "乌云其木格", "--document-number", "150102197802030221", "--effective", "2021-01-01"])
        try cli.succeed(["change", "1", "--rank", "正科级", "--effective", "2023-06-01", "--reason", "晋升"])
        return cli
    }

    static func mode(_ path: String) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    @Test("check exits 1 and names the table and rows when the history was tampered with")
    func checkNamesFailures() throws {
        let cli = try Self.populated()
        #expect(try cli.run(["check"]).status == 0)
        try Connection(location: .file(cli.database)).execute("UPDATE member SET name = '篡改' WHERE id = 2")
        let failed = try cli.run(["check"])
        #expect(failed.status == 1)
        #expect(failed.stdout.contains("2 of") && failed.stdout.contains("current_equals_history")
                && failed.stdout.contains("name_index") && failed.stdout.contains("1 row of member"), "\(failed.stdout)")
        let json = try #require(try cli.run(["check", "--format", "json"]).json() as? [String: Any])
        let findings = try #require((json["integrity"] as? [String: Any])?["findings"] as? [[String: Any]])
        #expect(findings.map { $0["table"] as? String } == ["member", "member"] && findings.allSatisfy { $0["rows"] as? [Int] == [2] })
    }

    @Test("check of a file that is not a database exits 1 with an error, not a crash")
    func checkDamagedFile() throws {
        let cli = try Self.populated()
        var bytes = try Data(contentsOf: URL(fileURLWithPath: cli.database))
        for offset in 0..<16 { bytes[offset] = 0 }
        let damaged = cli.directory.appendingPathComponent("damaged.sqlite")
        try bytes.write(to: damaged)
        let result = try cli.run(["check", "--db", damaged.path])
        #expect(result.status == 1 && result.stderr.contains("error:") && result.stderr.contains("not a database"), "\(result.stderr)")
    }

    @Test("backup writes an owner-only copy while another writer writes, and never overwrites a file")
    func backup() throws {
        let cli = try Self.populated()
        let register = try Register(path: cli.database)
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            for index in 0..<100 { _ = try? register.add(MemberRecord(name: "并发\(index)"), effective: "2024-01-01", by: Attribution(actor: "并发写入")) }
            done.signal()
        }
        let target = cli.directory.appendingPathComponent("backup.sqlite").path
        let result = try cli.run(["backup", "--to", target])
        done.wait()
        #expect(result.status == 0 && result.stdout.contains("Backed up") && result.stdout.contains("pages"), "\(result.stderr)")
        #expect(result.stderr.isEmpty, "no progress bar when stderr is not a terminal")
        #expect(try Self.mode(target) == 0o600)
        #expect(try cli.run(["check", "--db", target]).status == 0)
        let again = try cli.run(["backup", "--to", target])
        #expect(again.status == 1 && again.stderr.contains("already exists"))
    }

    @Test("restore puts a sound backup in place, refuses to overwrite without --force, and refuses a damaged backup")
    func restore() throws {
        let cli = try Self.populated()
        let backup = cli.directory.appendingPathComponent("backup.sqlite").path
        try cli.succeed(["backup", "--to", backup])
        let restored = cli.directory.appendingPathComponent("restored.sqlite").path
        let result = try cli.run(["restore", "--from", backup, "--db", restored])
        #expect(result.status == 0 && result.stdout.contains("Restored"), "\(result.stderr)")
        #expect(try Self.mode(restored) == 0o600)
        #expect(try cli.run(["show", "2", "--db", restored]).stdout.contains("乌云其木格"))

        try cli.succeed(["add", "--name", "后来的人", "--effective", "2024-01-01"])
        let refused = try cli.run(["restore", "--from", backup])
        #expect(refused.status != 0 && refused.stderr.contains("--force"))
        #expect(try cli.run(["list", "--format", "json"]).stdout.contains("后来的人"), "nothing was replaced")
        try cli.succeed(["restore", "--from", backup, "--force"])
        #expect(!(try cli.run(["list", "--format", "json"]).stdout.contains("后来的人")), "the register is the backup again")

        try Connection(location: .file(backup)).execute("UPDATE member SET name = '篡改' WHERE id = 1")
        let damaged = try cli.run(["restore", "--from", backup, "--db", cli.directory.appendingPathComponent("other.sqlite").path])
        #expect(damaged.status == 1 && damaged.stderr.contains("fails the integrity check")
                && damaged.stderr.contains("current_equals_history"), "\(damaged.stderr)")
        #expect(!FileManager.default.fileExists(atPath: cli.directory.appendingPathComponent("other.sqlite").path))
        let missing = try cli.run(["restore", "--from", "nowhere.sqlite", "--db", restored, "--force"])
        #expect(missing.status != 0 && missing.stderr.contains("no backup at nowhere.sqlite"))
    }
}
