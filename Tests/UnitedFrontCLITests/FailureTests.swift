import Foundation
import Testing

/// When something is wrong the tool says so in one line, exits non-zero, and writes nothing.
@Suite("Failing clearly")
struct FailureTests {
    @Test("a bad ID number gives one error line naming the field and the expected check character, exit 1, and writes nothing")
    func badIDNumber() throws {
        let cli = try CLI()
        try cli.succeed(["init"])
        let result = try cli.run(["add", "--name", "张三", "--document-number", "110105194912310021", "--effective", "2022-01-01"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "error: document_number \"110105194912310021\" fails its check character (expected X)\n")
        let members = try #require(try cli.succeed(["list", "--format", "json"]).json() as? [Any])
        #expect(members.isEmpty)
    }

    @Test("a bad category in add writes neither the member nor any category: it is one changeset")
    func badCategoryWritesNothing() throws {
        let cli = try CLI()
        try cli.succeed(["init"])
        let result = try cli.run(["add", "--name", "张三", "--document-number", "11010519491231002X",
                                  "--category", "无党派人士", "--category", "火星人"])
        #expect(result.status == 1)
        #expect(result.stderr == "error: category \"火星人\" is not in the category code list\n")
        #expect(try cli.succeed(["list", "--format", "json"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
        // The same person can then be added: the document was not taken.
        #expect(try cli.succeed(["add", "--name", "张三", "--document-number", "11010519491231002X"]).stdout == "1\n")
    }

    @Test("register errors are one line with exit 1: duplicate document, change before registration, not in category")
    func registerErrors() throws {
        let cli = try CLI()
        try cli.succeed(["init"])
        try cli.succeed(["add", "--name", "张三", "--document-number", "11010519491231002X", "--effective", "2022-01-01"])
        let duplicate = try cli.run(["add", "--name", "张叁", "--document-number", "11010519491231002x"])
        #expect(duplicate.status == 1)
        #expect(duplicate.stderr == "error: document 111 11010519491231002X already belongs to member 1\n")
        let early = try cli.run(["change", "1", "--post", "主任", "--effective", "2021-01-01"])
        #expect(early.status == 1)
        #expect(early.stderr == "error: member 1 entered the register on 2022-01-01; a change effective 2021-01-01 is earlier\n")
        let notIn = try cli.run(["category", "leave", "1", "无党派人士", "--effective", "2023-01-01"])
        #expect(notIn.status == 1)
        #expect(notIn.stderr.hasPrefix("error: member 1 does not belong to NON_PARTISAN"))
        #expect(notIn.stderr.split(separator: "\n").count == 1)
    }

    @Test("a read on a register that does not exist says how to create it, and creates no file")
    func missingRegister() throws {
        let cli = try CLI()
        let result = try cli.run(["list"])
        #expect(result.status == 1)
        #expect(result.stderr == "error: no register at \(cli.database) (create it with `united-front init --db \(cli.database)`)\n")
        #expect(!FileManager.default.fileExists(atPath: cli.database))
    }

    @Test("usage errors come from the argument parser: a bad date or format is refused before anything runs")
    func usageErrors() throws {
        let cli = try CLI()
        try cli.succeed(["init"])
        let badDate = try cli.run(["list", "--as-of", "2022-02-30"])
        #expect(badDate.status == 64)
        #expect(badDate.stderr.contains("2022-02-30"))
        #expect(!badDate.stderr.contains("Fatal error"))
        let badFormat = try cli.run(["list", "--format", "xml"])
        #expect(badFormat.status == 64)
        let nothingToChange = try cli.run(["change", "1"])
        #expect(nothingToChange.status == 64)
        #expect(nothingToChange.stderr.contains("at least one field"))
    }
}
