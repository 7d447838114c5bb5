import Foundation
import Testing

/// `united-front search`: the register's name search from the command line.
@Suite("Searching names from the command line")
struct SearchCommandTests {
    static func populated() throws -> CLI {
        let cli = try CLI()
        try cli.succeed(["init"])
        try cli.succeed(["add", "--name", "乌云·其木格", "--ethnicity", "蒙古", "--work-unit", "市第一中学", "--effective", "2021-01-01"])
        try cli.succeed(["add", "--name", "单雄信", "--former-names", "单二", "--effective", "2021-01-01"])
        try cli.succeed(["add", "--name", "陳志明", "--effective", "2021-01-01"])
        try cli.succeed(["add", "--name", "其木格", "--effective", "2021-01-01"])
        try cli.succeed(["archive", "4", "--effective", "2023-01-01"])
        return cli
    }

    func objects(_ cli: CLI, _ arguments: [String]) throws -> [[String: Any]] {
        try #require(try cli.succeed(arguments + ["--format", "json"]).json() as? [[String: Any]])
    }

    func ids(_ cli: CLI, _ arguments: [String]) throws -> [Int] { try objects(cli, ["search"] + arguments).compactMap { $0["id"] as? Int } }

    @Test("search prints the member objects list prints, best match first, for names, pinyin, dots and traditional characters")
    func members() throws {
        let cli = try Self.populated()
        let listed = try objects(cli, ["list"])
        let found = try objects(cli, ["search", "乌云其木格"])
        #expect(found.count == 1)
        let same = try #require(listed.first { $0["id"] as? Int == 1 })
        #expect(NSDictionary(dictionary: found[0]).isEqual(to: same), "the same object as list prints")

        #expect(try ids(cli, ["wyqmg"]) == [1])
        #expect(try ids(cli, ["shanxiongxin"]) == [2])
        #expect(try ids(cli, ["单二"]) == [2])
        #expect(try ids(cli, ["陈"]) == [3])
        #expect(try ids(cli, ["一中"]) == [1])
        #expect(try ids(cli, ["其木格"]) == [1], "the archived 其木格 is not active today")
        #expect(try ids(cli, ["其木格", "--as-of", "2022-06-30"]) == [4, 1], "the exact name first")
        #expect(try ids(cli, ["其木格", "--as-of", "2022-06-30", "--limit", "1"]) == [4])
        #expect(try cli.succeed(["search", "乌云•其木格"]).stdout.contains("乌云·其木格"))
    }

    @Test("whatever is typed is plain text: quotes, FTS5 operators and SQL find nothing and fail nothing")
    func hostile() throws {
        let cli = try Self.populated()
        for text in ["\"", "*", "其木格 OR 单", "NEAR(其 木)", "'; DROP TABLE member; --", "^其", "(", "a:b"] {
            #expect(try ids(cli, [text]).isEmpty, "\(text)")
        }
        #expect(try ids(cli, ["单雄信"]) == [2], "the register is intact")
    }

    @Test("--enterprises searches enterprises by name and former name")
    func enterprises() throws {
        let cli = try Self.populated()
        try cli.succeed(["enterprise", "add", "--credit-code", "91150102ma0n2xy1a8", "--name", "锡林乳业有限公司",
                         "--effective", "2012-05-18"])
        let found = try objects(cli, ["search", "--enterprises", "乳业"])
        #expect(found.count == 1 && found.first?["name"] as? String == "锡林乳业有限公司")
        #expect(try objects(cli, ["search", "--enterprises", "xlry"]).count == 1)
        #expect(try objects(cli, ["search", "--enterprises", "其木格"]).isEmpty)
    }
}
