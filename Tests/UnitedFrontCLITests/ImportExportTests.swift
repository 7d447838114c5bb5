import Foundation
import Testing

/// Getting data in and out from a terminal: the sample sheets of `examples/data`.
@Suite("Importing and exporting member sheets")
struct ImportExportTests {
    static let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples/data")

    static func sample(_ name: String) -> String { data.appendingPathComponent(name).path }

    @Test("the UTF-8, UTF-8-with-BOM and GB18030 sample sheets import the same twelve people",
          arguments: ["members-utf8.csv", "members-utf8-bom.csv", "members-gb18030.csv"])
    func importsEachEncoding(sheet: String) throws {
        let cli = try CLI()
        try cli.succeed(["init"])
        let result = try cli.succeed(["import", Self.sample(sheet), "--effective", "2024-01-01", "--format", "json"])
        let summary = try #require(try result.json() as? [String: Any])
        #expect(summary["imported"] as? Int == 12)
        #expect(summary["rejected"] as? Int == 0)
        let members = try #require(try cli.succeed(["list", "--as-of", "2024-06-30", "--format", "json"]).json() as? [[String: Any]])
        #expect(members.count == 12)
        #expect(members.contains { $0["name"] as? String == "阿依古丽·买买提" && $0["ethnicity"] as? String == "维吾尔族" })
    }

    @Test("a sheet with bad rows gives exactly the expected row and column report, writes nothing, and exits 1")
    func badRowsReport() throws {
        let cli = try CLI()
        try cli.succeed(["init"])
        let result = try cli.run(["import", Self.sample("members-bad-rows.csv"), "--format", "json"])
        #expect(result.status == 1)
        let report = try #require(try result.json() as? [String: Any])
        let expected = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: Self.data.appendingPathComponent("members-bad-rows.expected.json"))) as? [String: Any])
        let errors = try #require(report["errors"] as? [[String: Any]])
        let expectedErrors = try #require(expected["errors"] as? [[String: Any]])
        #expect(errors.map { "\($0["row"]!) \($0["column"]!) \($0["value"]!)" }
                == expectedErrors.map { "\($0["row"]!) \($0["column"]!) \($0["value"]!)" })
        #expect(errors.map { $0["reason"] as? String } == expectedErrors.map { $0["reason"] as? String })
        #expect(report["imported"] as? Int == 0 && report["rejected"] as? Int == 6)
        #expect(try cli.succeed(["list", "--format", "json"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
    }

    @Test("a cell that opens a quote it never closes is a bad row at the row it began: exit 1, nothing written; --skip-bad-rows keeps the rows before")
    func quoteNeverClosed() throws {
        let cli = try CLI()
        try cli.succeed(["init"])
        let sheet = cli.directory.appendingPathComponent("quote.csv")
        try """
            姓名,性别,出生日期
            王五,男,1980-02-03
            "张三,男,1970-01-01
            "三,男,1971-02-02
            李四,女,1985-05-06

            """.write(to: sheet, atomically: true, encoding: .utf8)
        let refused = try cli.run(["import", sheet.path, "--effective", "2024-01-01", "--format", "json"])
        #expect(refused.status == 1)
        let report = try #require(try refused.json() as? [String: Any])
        let errors = try #require(report["errors"] as? [[String: Any]])
        #expect(errors.count == 1)
        #expect(errors.first?["row"] as? Int == 3)
        #expect(errors.first?["column"] as? String == "姓名")
        #expect(errors.first?["value"] as? String == "\"张三,男,1970-01-01…")
        #expect((errors.first?["reason"] as? String)?.contains("never closed") == true)
        #expect(report["imported"] as? Int == 0 && report["rejected"] as? Int == 1)
        #expect(try cli.succeed(["list", "--format", "json"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")

        let skipped = try cli.succeed(["import", sheet.path, "--effective", "2024-01-01", "--skip-bad-rows"])
        #expect(skipped.stdout.hasPrefix("imported 1, updated 0, unchanged 0, rejected 1"))
        let members = try #require(try cli.succeed(["list", "--as-of", "2024-06-30", "--format", "json"]).json() as? [[String: Any]])
        #expect(members.map { $0["name"] as? String } == ["王五"])
    }

    @Test("--skip-bad-rows writes the good rows and a rejects file; the fixed rejects then import cleanly")
    func skipBadRowsAndFixRejects() throws {
        let cli = try CLI()
        try cli.succeed(["init"])
        let first = try cli.succeed(["import", Self.sample("members-bad-rows.csv"), "--skip-bad-rows", "--effective", "2024-01-01"])
        #expect(first.stdout.hasPrefix("imported 2, updated 0, unchanged 0, rejected 6"))
        let rejects = cli.directory.appendingPathComponent("members-bad-rows.rejects.csv")
        #expect(first.stdout.contains("bad rows copied to ") && first.stdout.contains("members-bad-rows.rejects.csv"))
        let bytes = try Data(contentsOf: rejects)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "UTF-8 with a byte order mark, for Excel")
        var text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("name,sex,birth_date"))
        #expect(text.split(whereSeparator: \.isNewline).count == 7)
        for (wrong, right) in [
            ("150102198609120551", "150102198609120553"), ("火星族", "汉族"), ("1988-02-30", "1988-02-28"),
            ("胡杨,女,1975-03-04", "胡杨,男,1975-04-03"), ("1394710,网红人士", "13947100006,新的社会阶层人士"),
        ] {
            text = text.replacingOccurrences(of: wrong, with: right)
        }
        text = text.split(whereSeparator: \.isNewline).filter { !$0.hasPrefix("其木格") }.joined(separator: "\n") + "\n"  // a true duplicate
        let fixed = cli.directory.appendingPathComponent("fixed.csv")
        try text.write(to: fixed, atomically: true, encoding: .utf8)
        let second = try #require(try cli.succeed(["import", fixed.path, "--effective", "2024-01-01", "--format", "json"]).json()
            as? [String: Any])
        #expect(second["imported"] as? Int == 5)
        #expect(second["rejected"] as? Int == 0)
        #expect(try (cli.succeed(["list", "--as-of", "2024-06-30", "--format", "json"]).json() as? [Any])?.count == 7)
    }

    @Test("importing the same file twice changes nothing the second time: no changeset, every row unchanged")
    func reimportIsANoOp() throws {
        let cli = try CLI()
        try cli.succeed(["init"])
        try cli.succeed(["import", Self.sample("members-utf8.csv"), "--effective", "2024-01-01"])
        let history = try cli.succeed(["history", "1", "--format", "json"]).stdout
        let second = try #require(try cli.succeed(["import", Self.sample("members-gb18030.csv"), "--effective", "2024-06-01",
                                                   "--format", "json"]).json() as? [String: Any])
        #expect(second["unchanged"] as? Int == 12)
        #expect(second["imported"] as? Int == 0 && second["updated"] as? Int == 0)
        #expect(try cli.succeed(["history", "1", "--format", "json"]).stdout == history)
        #expect(try cli.succeed(["changes", "--from", "2024-06-01", "--through", "2024-06-01", "--events"]).lines.count <= 2)
    }

    @Test("a dry run reports what a real run would, and writes nothing")
    func dryRun() throws {
        let cli = try CLI()
        try cli.succeed(["init"])
        let result = try #require(try cli.succeed(["import", Self.sample("members-utf8.csv"), "--dry-run", "--format", "json"]).json()
            as? [String: Any])
        #expect(result["imported"] as? Int == 12)
        #expect(try cli.succeed(["list", "--format", "json"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
    }

    @Test("an export is masked unless asked otherwise with a reason, and the export log records each one")
    func exportIsMaskedAndLogged() throws {
        let cli = try CLI()
        try cli.succeed(["init"])
        try cli.succeed(["import", Self.sample("members-utf8.csv"), "--effective", "2024-01-01"])
        let masked = try cli.succeed(["export", "--as-of", "2024-06-30", "--reason", "工作名单"])
        #expect(masked.stdout.hasPrefix("姓名,曾用名,性别") || masked.stdout.hasPrefix("\u{FEFF}姓名,曾用名,性别"))
        #expect(masked.stdout.contains("150102********0241"))
        #expect(!masked.stdout.contains("150102197803150241"))
        #expect(masked.stdout.contains("139****2345"))
        #expect(masked.stderr.contains("masked"))

        let refused = try cli.run(["export", "--unmasked", "-o", "all.csv"])
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("error: an unmasked export needs a reason"))
        #expect(!FileManager.default.fileExists(atPath: cli.directory.appendingPathComponent("all.csv").path))

        try cli.succeed(["export", "--unmasked", "--reason", "报送市委统战部 2024-5号", "--to", "json", "-o", "all.json",
                         "--as-of", "2024-06-30"])
        let unmasked = try String(contentsOf: cli.directory.appendingPathComponent("all.json"), encoding: .utf8)
        #expect(unmasked.contains("150102197803150241"))

        let log = try #require(try cli.succeed(["export-log", "--format", "json"]).json() as? [[String: Any]])
        #expect(log.count == 2)
        #expect(log[0]["masked"] as? Bool == true && log[0]["rows"] as? Int == 12 && log[0]["actor"] as? String == "测试员")
        #expect(log[1]["masked"] as? Bool == false && log[1]["reason"] as? String == "报送市委统战部 2024-5号")
        #expect(log[1]["format"] as? String == "json")
    }
}
