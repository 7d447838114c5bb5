import Foundation
import Testing

/// The options every command shares behave the same everywhere: the reason an unmasked listing needs,
/// the choices of --to, --headers and --encoding, and who the tool acts for.
@Suite("Options shared by the commands")
struct OptionsTests {
    static let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples/data")

    /// A register with one member whose mobile and document number the masks hide.
    static func oneMember() throws -> CLI {
        let cli = try CLI()
        try cli.succeed(["init"])
        try cli.succeed(["add", "--name", "李明华", "--document-number", "150102197802030221", "--mobile", "13800138000",
                         "--effective", "2021-01-01"])
        return cli
    }

    @Test("unmasked output without a real reason prints nothing and logs nothing, whichever command asks",
          arguments: [[], ["--reason", ""], ["--reason", "\n"], ["--reason", "\u{3000}"]])
    func unmaskedNeedsAReason(reason: [String]) throws {
        let cli = try Self.oneMember()
        for command in [["list"], ["show", "1"], ["search", "李"], ["history", "1"], ["changes", "--from", "2021-01-01"],
                        ["export"], ["export", "-o", "all.csv"]] {
            let result = try cli.run(command + ["--unmasked"] + reason)
            #expect(result.status == 1, "\(command)")
            #expect(result.stdout.isEmpty, "\(command) printed \(result.stdout)")
            #expect(result.stderr == "error: an unmasked export needs a reason (who approved it, for what)\n", "\(command)")
        }
        #expect(!FileManager.default.fileExists(atPath: cli.directory.appendingPathComponent("all.csv").path))
        let log = try cli.succeed(["export-log", "--format", "json"]).stdout
        #expect(log.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
    }

    @Test("--to, --headers and --encoding take their documented values and aliases in any case")
    func enumValues() throws {
        let cli = try Self.oneMember()
        try cli.succeed(["export", "--to", "GB18030", "-o", "gb.csv"])
        let gb = try Data(contentsOf: cli.directory.appendingPathComponent("gb.csv"))
        #expect(!gb.starts(with: [0xEF, 0xBB, 0xBF]) && String(data: gb, encoding: .utf8) == nil, "GB18030, not UTF-8")
        let english = try cli.succeed(["export", "--to", "csv", "--headers", "EN"])
        #expect(english.stdout.hasPrefix("name,former_names,sex,") || english.stdout.hasPrefix("\u{FEFF}name,former_names,sex,"))
        let json = try cli.succeed(["export", "--to", "json", "--headers", "english"])
        #expect(json.stdout.hasPrefix("[\n{\"id\": 1, \"name\": \"李明华\""))
        for encoding in ["gbk", "GB18030", "gb-18030"] {
            let imported = try cli.succeed(["import", Self.data.appendingPathComponent("members-gb18030.csv").path,
                                            "--encoding", encoding, "--dry-run", "--format", "json"])
            #expect((try imported.json() as? [String: Any])?["imported"] as? Int == 12, "\(encoding)")
        }
        let utf8 = try cli.succeed(["import", Self.data.appendingPathComponent("members-utf8.csv").path,
                                    "--encoding", "UTF-8", "--dry-run", "--format", "json"])
        #expect((try utf8.json() as? [String: Any])?["imported"] as? Int == 12)
    }

    @Test("a value outside the choices is a usage error that lists them, before anything runs")
    func enumUsageErrors() throws {
        let cli = try Self.oneMember()
        let to = try cli.run(["export", "--to", "xlsx", "-o", "out.xlsx"])
        #expect(to.status == 64)
        #expect(to.stderr.contains("xlsx") && to.stderr.contains("'csv', 'csv-gb18030' or 'json'"))
        #expect(!FileManager.default.fileExists(atPath: cli.directory.appendingPathComponent("out.xlsx").path))
        let headers = try cli.run(["export", "--headers", "pinyin"])
        #expect(headers.status == 64 && headers.stderr.contains("'chinese' and 'english'"))
        let encoding = try cli.run(["import", Self.data.appendingPathComponent("members-utf8.csv").path, "--encoding", "latin1"])
        #expect(encoding.status == 64 && encoding.stderr.contains("'utf8' and 'gb18030'"))
        #expect(try cli.succeed(["export-log", "--format", "json"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
    }

    @Test("the tool acts for $USER, or cli when it is unset, in changesets and in the export log alike",
          arguments: [("测试员", "测试员"), ("", "cli")])
    func defaultActor(user: String, actor: String) throws {
        let cli = try CLI()
        let environment = ["USER": user]
        #expect(try cli.run(["init"], environment: environment).status == 0)
        #expect(try cli.run(["add", "--name", "李明华", "--effective", "2021-01-01"], environment: environment).status == 0)
        #expect(try cli.run(["list", "--format", "json"], environment: environment).status == 0)
        #expect(try cli.run(["export", "-o", "out.csv"], environment: environment).status == 0)
        #expect(try cli.run(["export", "-o", "out.csv", "--actor", "区委统战部 张科员"], environment: environment).status == 0)
        let history = try #require(try cli.succeed(["history", "1", "--format", "json"]).json() as? [[String: Any]])
        #expect(history.map { $0["actor"] as? String } == [actor])
        let log = try #require(try cli.succeed(["export-log", "--format", "json"]).json() as? [[String: Any]])
        #expect(log.map { $0["actor"] as? String } == [actor, actor, "区委统战部 张科员"])
    }
}
