import Foundation
import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

/// `access-log` and `erase` from the command line, and `check` over a tampered access log.
@Suite("Access log and erasure from the command line")
struct AccessLogCommandTests {
    static func populated() throws -> CLI {
        let cli = try CLI()
        try cli.succeed(["init"])
        try cli.succeed(["add", "--name", "王建国", "--document-number", "150102198005060131", "--category", "党外干部",
                         "--effective", "2021-01-01"])
        try cli.succeed(["add", "--name", "乌云其木格", "--document-number", "150102197802030221", "--mobile", "13800471234",
                         "--effective", "2021-01-01"])
        return cli
    }

    @Test("exports are in the access log: masked without fields, unmasked with the fields revealed, the reason and whose")
    func exportsAreLogged() throws {
        let cli = try Self.populated()
        #expect((try cli.succeed(["access-log", "--format", "json"]).json() as? [Any])?.isEmpty == true)
        try cli.succeed(["export", "-o", cli.directory.appendingPathComponent("masked.csv").path, "--actor", "张科员"])
        try cli.succeed(["export", "--unmasked", "--reason", "报送市委统战部", "--to", "json", "-o",
                         cli.directory.appendingPathComponent("all.json").path, "--actor", "李主任"])
        let entries = try #require(try cli.succeed(["access-log", "--format", "json"]).json() as? [[String: Any]])
        #expect(entries.count == 2, "\(entries)")
        #expect(entries.map { $0["action"] as? String } == ["export", "export"])
        #expect(entries[0]["fields"] as? [String] == [] && entries[0]["actor"] as? String == "张科员")
        #expect(entries[1]["fields"] as? [String] == ["document_number", "mobile", "email", "address", "religion", "clergy_post", "venue"])
        #expect(entries[1]["members"] as? [Int] == [1, 2] && entries[1]["reason"] as? String == "报送市委统战部")
        #expect(entries[1]["previous_hash"] as? String == entries[0]["hash"] as? String)
        #expect((entries[0]["previous_hash"] as? String) == String(repeating: "0", count: 64))
        let table = try cli.succeed(["access-log"]).stdout
        #expect(table.contains("李主任") && table.contains("export"))
        #expect(try cli.succeed(["access-log", "--from", "2000-01-01", "--through", "2000-12-31", "--format", "json"]).json() as? [Any] != nil)
        let none = try #require(try cli.succeed(["access-log", "--through", "2000-12-31", "--format", "json"]).json() as? [Any])
        #expect(none.isEmpty)
        #expect(try cli.run(["access-log", "--from", "2024-02-30"]).status == 64)
    }

    @Test("check exits 1 and names the access-log entry that was edited behind the triggers' back")
    func checkNamesTamperedEntry() throws {
        let cli = try Self.populated()
        for index in 1...3 {
            try cli.succeed(["export", "-o", cli.directory.appendingPathComponent("e\(index).csv").path])
        }
        #expect(try cli.run(["check"]).status == 0)
        try Connection(location: .file(cli.database)).execute("""
            DROP TRIGGER access_log_is_immutable; UPDATE access_log SET actor = '别人' WHERE id = 2
            """)
        let failed = try cli.run(["check"])
        #expect(failed.status == 1 && failed.stdout.contains("access_log_chain") && failed.stdout.contains("entry 2"), "\(failed.stdout)")
        let json = try #require(try cli.run(["check", "--format", "json"]).json() as? [String: Any])
        let findings = try #require((json["integrity"] as? [String: Any])?["findings"] as? [[String: Any]])
        #expect(findings.map { $0["table"] as? String } == ["access_log"] && findings.first?["rows"] as? [Int] == [2])
    }

    @Test("erase removes the name and identifiers, is logged, keeps the check sound, and refuses bad input")
    func erase() throws {
        let cli = try Self.populated()
        let erased = try cli.succeed(["erase", "2", "--reason", "本人申请 (2025-02-20 第3号)", "--actor", "李主任"])
        #expect(erased.stdout.contains("member 2: erased 姓名、曾用名、证件号码、手机、电子邮箱、住址、备注"), "\(erased.stdout)")
        let shown = try cli.succeed(["show", "2", "--unmasked", "--reason", "核对删除结果"]).stdout
        #expect(shown.contains("已删除") && !shown.contains("乌云其木格") && !shown.contains("150102197802030221")
                && !shown.contains("13800471234"), "\(shown)")
        #expect(try cli.succeed(["history", "2"]).stdout.contains("乌云其木格") == false)
        let log = try #require(try cli.succeed(["access-log", "--format", "json"]).json() as? [[String: Any]])
        let erasure = try #require(log.first { $0["action"] as? String == "erasure" })
        #expect(erasure["members"] as? [Int] == [2] && erasure["actor"] as? String == "李主任")
        #expect(try cli.run(["check"]).status == 0)
        let again = try cli.run(["erase", "2", "--reason", "再次"])
        #expect(again.status == 1 && again.stderr.contains("member 2 has already been erased"), "\(again.stderr)")
        let unknown = try cli.run(["erase", "9", "--reason", "本人申请"])
        #expect(unknown.status == 1 && unknown.stderr.contains("9"), "\(unknown.stderr)")
        let blank = try cli.run(["erase", "1", "--reason", "  "])
        #expect(blank.status == 1 && blank.stderr.contains("reason"), "\(blank.stderr)")
        #expect(try cli.run(["erase", "1"]).status == 64)
        #expect(try cli.run(["erase", "x", "--reason", "r"]).status == 64)
    }

    @Test("a rejects file is in the access log as a rejects_file entry with every identifier revealed")
    func rejectsFileLogged() throws {
        let cli = try CLI()
        try cli.succeed(["init"])
        let sheet = cli.directory.appendingPathComponent("members.csv")
        try "姓名,证件号码,出生日期\n王建国,150102198005060131,1980-05-06\n坏行,123,1990-13-45\n".write(to: sheet, atomically: true, encoding: .utf8)
        let result = try cli.run(["import", sheet.path, "--skip-bad-rows", "--effective", "2024-01-01"])
        #expect(result.status == 0 || result.status == 1, "\(result.stderr)")
        let log = try #require(try cli.succeed(["access-log", "--format", "json"]).json() as? [[String: Any]])
        let rejects = try #require(log.first { $0["action"] as? String == "rejects_file" }, "\(log)")
        #expect((rejects["detail"] as? String)?.contains("file=members.rejects.csv") == true)
        #expect((rejects["fields"] as? [String])?.contains("document_number") == true && rejects["reason"] != nil)
    }
}
