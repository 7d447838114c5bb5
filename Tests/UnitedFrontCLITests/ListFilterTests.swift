import Foundation
import Testing

/// `list` with an option per members filter, orders, pages with a cursor on stderr, and `--count`.
@Suite("Listing members by filters from the command line")
struct ListFilterTests {
    func names(_ cli: CLI, _ arguments: [String]) throws -> [String] {
        let members = try #require(try cli.succeed(["list", "--format", "json", "--as-of", "2023-12-31"] + arguments).json() as? [[String: Any]])
        return members.compactMap { $0["name"] as? String }
    }

    @Test("each filter option narrows the list; several must all hold; --count counts")
    func filters() throws {
        let cli = try ReadingTests.populated()
        #expect(try names(cli, []) == ["王建国", "乌云其木格", "Anna Lee"])
        #expect(try names(cli, ["--category", "无党派人士"]) == ["乌云其木格"])
        #expect(try names(cli, ["--tier", "代表人士"]) == ["王建国", "乌云其木格"])
        #expect(try names(cli, ["--sex", "女"]) == ["乌云其木格", "Anna Lee"])
        #expect(try names(cli, ["--ethnicity", "蒙古族"]) == ["乌云其木格"])
        #expect(try names(cli, ["--minority"]) == ["乌云其木格"])
        #expect(try names(cli, ["--age", "50-60"]) == ["Anna Lee"])
        #expect(try names(cli, ["--age-band", "36-45"]) == ["王建国", "乌云其木格"])   // 43 and 45
        #expect(try names(cli, ["--education-at-least", "硕士研究生"]) == ["乌云其木格"])
        #expect(try names(cli, ["--education-at-least", "本科"]) == ["王建国", "乌云其木格"])
        #expect(try names(cli, ["--political-status", "民盟", "--political-status", "群众"]) == ["王建国", "乌云其木格"])
        #expect(try names(cli, ["--rank-at-least", "正科级"]) == ["王建国"])
        #expect(try names(cli, ["--rank-at-least", "正科级", "--as-of", "2023-05-31"]).isEmpty)
        #expect(try names(cli, ["--region", "150000"]).isEmpty)
        #expect(try names(cli, ["--text", "李安娜"]) == ["Anna Lee"])
        #expect(try names(cli, ["--sex", "女", "--minority"]) == ["乌云其木格"])
        #expect(try names(cli, ["--overseas-type", "华侨"]).isEmpty)
        #expect(try names(cli, ["--engaged-from", "2022-01-01"]).isEmpty)
        #expect(try cli.succeed(["list", "--count", "--as-of", "2023-12-31", "--sex", "女"]).stdout == "2\n")
        #expect(try cli.succeed(["list", "--count", "--as-of", "2021-12-31"]).stdout == "2\n")
        #expect(try cli.succeed(["list", "--count", "--archived"]).stdout == "0\n")
        #expect(try cli.succeed(["list", "--count", "--all-statuses"]).stdout == "3\n")
    }

    @Test("--order and --limit page the list; the next cursor goes to stderr and --after continues")
    func pages() throws {
        let cli = try ReadingTests.populated()
        let byBirth = try names(cli, ["--order", "birth"])
        #expect(byBirth == ["Anna Lee", "乌云其木格", "王建国"])
        let first = try cli.succeed(["list", "--format", "json", "--as-of", "2023-12-31", "--order", "birth", "--limit", "2"])
        #expect(((try first.json()) as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["Anna Lee", "乌云其木格"])
        let cursor = try #require(first.stderr.split(separator: "\n").first { $0.hasPrefix("next: ") }).dropFirst(6)
        let rest = try names(cli, ["--order", "birth", "--limit", "2", "--after", String(cursor)])
        #expect(rest == ["王建国"])
        let last = try cli.succeed(["list", "--format", "json", "--as-of", "2023-12-31", "--order", "birth", "--limit", "2", "--after", String(cursor)])
        #expect(!last.stderr.contains("next:"))
        #expect(try names(cli, ["--order", "changed"]).first == "乌云其木格")
    }

    @Test("bad filter values are refused naming the option's field")
    func refusals() throws {
        let cli = try ReadingTests.populated()
        let unknown = try cli.run(["list", "--ethnicity", "火星族"])
        #expect(unknown.status != 0 && unknown.stderr.contains("火星族"))
        let region = try cli.run(["list", "--region", "990000"])
        #expect(region.status != 0 && region.stderr.contains("region"))
        let age = try cli.run(["list", "--age", "45-30"])
        #expect(age.status != 0 && age.stderr.contains("--age"))
        let cursor = try cli.run(["list", "--after", "nonsense"])
        #expect(cursor.status != 0 && cursor.stderr.contains("--after"))
        let other = try cli.run(["list", "--order", "name", "--after", "birth_date.1.-"])
        #expect(other.status != 0 && other.stderr.contains("after"))
        let workflow = try cli.run(["list", "--workflow", "无党派人士认定:发呆"])
        #expect(workflow.status != 0 && workflow.stderr.contains("发呆"))
    }
}
