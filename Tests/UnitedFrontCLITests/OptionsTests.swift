import Foundation
import Testing

/// The options every command shares behave the same everywhere: the reason an unmasked listing needs
/// and who the tool acts for.
@Suite("Options shared by the commands")
struct OptionsTests {
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
