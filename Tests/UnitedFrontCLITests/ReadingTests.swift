import Foundation
import Testing

/// A department reads its register from the command line: lists, searches, counts and what changed.
@Suite("Reading the register from the command line")
struct ReadingTests {
    /// A register with three members: two in categories, one changed and one corrected in 2023.
    static func populated() throws -> CLI {
        let cli = try CLI()
        try cli.succeed(["init"])
        try cli.succeed(["add", "--name", "王建国", "--document-number", "150102198005060131", "--political-status", "民盟", "--ethnicity", "汉族",
                         "--work-unit", "区财政局", "--post", "副局长", "--rank", "副科级", "--education", "大学本科毕业",
                         "--category", "民主党派成员", "--category", "党外干部", "--tier", "代表人士", "--effective", "2021-01-01"])
        try cli.succeed(["add", "--name", "乌云其木格", "--document-number", "150102197802030221", "--ethnicity", "蒙古",
                         "--political-status", "群众", "--work-unit", "市第一中学", "--post", "副校长", "--rank", "科员",
                         "--category", "少数民族人士", "--tier", "代表人士", "--effective", "2021-01-01"])
        try cli.succeed(["add", "--name", "Anna Lee", "--document-type", "护照", "--document-number", "E1234567",
                         "--sex", "女", "--birth-date", "1970-05-01", "--former-names", "李安娜", "--effective", "2022-01-01"])
        try cli.succeed(["change", "1", "--rank", "正科级", "--effective", "2023-06-01", "--reason", "晋升"])
        try cli.succeed(["correct", "2", "--education", "硕士研究生毕业", "--reason", "核对学历证书"])
        try cli.succeed(["category", "enter", "2", "无党派人士", "--tier", "重点代表人士", "--effective", "2023-09-01"])
        return cli
    }

    static let documentedKeys: Set<String> = [
        "id", "name", "former_names", "sex", "birth_date", "ethnicity", "native_place", "document_type", "document_country",
        "document_number", "political_status", "education", "work_unit", "post", "rank", "grade", "mobile", "email",
        "address", "region", "org_unit", "religion", "clergy_post", "venue", "notes", "status", "categories",
    ]

    @Test("list --format json prints every member keyed by the documented English aliases, and --limit caps it")
    func listJSON() throws {
        let cli = try Self.populated()
        let members = try #require(try cli.succeed(["list", "--format", "json"]).json() as? [[String: Any]])
        #expect(members.count == 3)
        for member in members { #expect(Set(member.keys) == Self.documentedKeys) }
        #expect(members.map { $0["id"] as? Int } == [1, 2, 3])
        let second = members[1]
        #expect(second["name"] as? String == "乌云其木格")
        #expect(second["ethnicity"] as? String == "蒙古族")
        #expect(second["sex"] as? String == "女性")
        #expect(second["birth_date"] as? String == "1978-02-03")
        #expect(second["status"] as? String == "active")
        #expect(second["mobile"] is NSNull)
        let categories = try #require(second["categories"] as? [[String: Any]])
        #expect(categories.map { $0["category"] as? String } == ["无党派人士", "少数民族人士"]
                || categories.map { $0["category"] as? String } == ["少数民族人士", "无党派人士"])

        let limited = try #require(try cli.succeed(["list", "--format", "json", "--limit", "2"]).json() as? [[String: Any]])
        #expect(limited.map { $0["id"] as? Int } == [1, 2])

        let then = try #require(try cli.succeed(["list", "--format", "json", "--as-of", "2021-12-31"]).json() as? [[String: Any]])
        #expect(then.count == 2, "Anna Lee was registered in 2022")
    }

    @Test("list filters by category and tier on a date")
    func listByCategoryAndTier() throws {
        let cli = try Self.populated()
        func ids(_ arguments: [String]) throws -> [Int] {
            let members = try #require(try cli.succeed(["list", "--format", "json"] + arguments).json() as? [[String: Any]])
            return members.compactMap { $0["id"] as? Int }
        }
        #expect(try ids(["--category", "无党派人士"]) == [2])
        #expect(try ids(["--category", "无党派人士", "--as-of", "2023-08-31"]) == [])
        #expect(try ids(["--category", "党外干部", "--tier", "代表人士"]) == [1])
        #expect(try ids(["--tier", "重点代表人士"]) == [2])
        #expect(try ids(["--tier", "代表人士"]) == [1, 2])

        let unknown = try cli.run(["list", "--category", "火星人"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "error: category \"火星人\" is not in the category code list\n")
    }

    @Test("list --format csv has the Chinese headers and quotes what needs quoting")
    func listCSV() throws {
        let cli = try Self.populated()
        try cli.succeed(["change", "3", "--notes", "旅居马来西亚, 常住吉隆坡", "--effective", "2024-01-01"])
        let lines = try cli.succeed(["list", "--format", "csv"]).lines
        #expect(lines.first == "编号,姓名,曾用名,性别,出生日期,民族,籍贯,证件类型,签发国家/地区,证件号码,政治面貌,学历,工作单位,职务,职务层次,职级,手机,电子邮箱,住址,所属区划,所属单位,宗教信仰,教职,宗教活动场所,备注,状态,统战类别")
        #expect(lines.count == 4)
        #expect(lines[3].contains("\"旅居马来西亚, 常住吉隆坡\""))
        #expect(lines[1].contains("民主党派成员(代表人士)、党外干部(代表人士)"))
    }

    @Test("the list table lines up Chinese and Latin text by display width")
    func tableAlignment() throws {
        let cli = try Self.populated()
        let lines = try cli.succeed(["list"]).lines
        #expect(lines.count == 5)
        // Every column starts at the same display offset on every line.
        let header = columnOffsets(lines[0])
        #expect(header.count == 10)
        for line in [lines[2], lines[3]] { #expect(columnOffsets(line) == header, "\(line)") }
        #expect(lines[1].allSatisfy { $0 == "-" || $0 == " " })
    }

    @Test("search finds members by part of their name or former name, ignoring case")
    func search() throws {
        let cli = try Self.populated()
        func ids(_ text: String) throws -> [Int] {
            let members = try #require(try cli.succeed(["search", text, "--format", "json"]).json() as? [[String: Any]])
            return members.compactMap { $0["id"] as? Int }
        }
        #expect(try ids("其木格") == [2])
        #expect(try ids("anna") == [3])
        #expect(try ids("安娜") == [3])
        #expect(try ids("张") == [])
        #expect(try cli.succeed(["search", "建国"]).stdout.contains("王建国"))
    }

    @Test("stats counts members per category and tier as of a date")
    func stats() throws {
        let cli = try Self.populated()
        func groups(_ arguments: [String]) throws -> [[String: String]: Int] {
            let rows = try #require(try cli.succeed(["stats", "--format", "json"] + arguments).json() as? [[String: Any]])
            var groups: [[String: String]: Int] = [:]
            for row in rows {
                let group = try #require(row["group"] as? [String: String])
                groups[group] = try #require(row["count"] as? Int)
            }
            return groups
        }
        #expect(try groups([]) == [["category": "民主党派成员"]: 1, ["category": "党外干部"]: 1, ["category": "无党派人士"]: 1,
                                   ["category": "少数民族人士"]: 1])
        let byTier = try groups(["--by", "category", "--by", "tier"])
        #expect(byTier[["category": "党外干部", "tier": "代表人士"]] == 1)
        #expect(byTier[["category": "无党派人士", "tier": "重点代表人士"]] == 1)
        #expect(byTier[["category": "少数民族人士", "tier": "代表人士"]] == 1)
        #expect(try groups(["--by", "category", "--as-of", "2022-12-31"])[["category": "无党派人士"]] == nil)
        #expect(try groups(["--by", "统战类别", "--codes"])[["category": "NON_PARTISAN"]] == 1)
        #expect(try groups(["--by", "sex"]).values.reduce(0, +) == 3)

        let table = try cli.succeed(["stats", "--by", "category", "--by", "tier"]).stdout
        #expect(table.contains("3 active members counted"))
        #expect(table.contains("重点代表人士") && table.contains("代表层级") && table.contains("%"))
        #expect(try cli.run(["stats", "--by", "category", "--by", "tier", "--by", "sex"]).status == 64)
        #expect(try cli.run(["stats", "--by", "category", "--by", "category"]).status == 64)
        #expect(try cli.run(["stats", "--by", "shoe_size"]).status == 64)
    }

    @Test("check runs the integrity checks; --consistency also names each contradiction with its member and rule, and exits 1 while any is left")
    func checkConsistency() throws {
        let cli = try Self.populated()
        // The register itself is sound: `check` alone exits 0.
        let sound = try cli.run(["check"])
        #expect(sound.status == 0 && sound.stdout.contains("all hold") && !sound.stdout.contains("contradiction"))
        // 王建国's status is 民盟 but no party membership is on file: a contradiction, reported, not fixed,
        // and with --consistency it counts toward the exit status.
        let failed = try cli.run(["check", "--consistency"])
        #expect(failed.status == 1)
        #expect(failed.stdout.contains("all hold") && failed.stdout.contains("1 contradiction") && failed.stdout.contains("王建国")
                && failed.stdout.contains("政治面貌为民主党派但无党派成员记录"))
        let object = try #require(try cli.run(["check", "--consistency", "--format", "json"]).json() as? [String: Any])
        let integrity = try #require(object["integrity"] as? [String: Any])
        #expect((integrity["findings"] as? [Any])?.isEmpty == true && (integrity["checks"] as? Int ?? 0) > 50)
        let rows = try #require(object["consistency"] as? [[String: Any]])
        #expect(rows.count == 1)
        #expect(rows.first?["member"] as? Int == 1 && rows.first?["rule"] as? String == "PARTY_STATUS_WITHOUT_MEMBERSHIP")
        // Before 王建国 was registered there was nothing to contradict.
        let clean = try cli.run(["check", "--consistency", "--quick", "--as-of", "2020-12-31"])
        #expect(clean.status == 0 && clean.stdout.contains("No contradictions as of 2020-12-31") && clean.stdout.contains("quick_check"))
    }

    @Test("changes between dates lists what changed in reality, and leaves corrections out")
    func changesExcludeCorrections() throws {
        let cli = try Self.populated()
        let events = try #require(try cli.succeed(["changes", "--from", "2023-01-01", "--through", "2023-12-31", "--events", "--format", "json"])
            .json() as? [[String: Any]])
        #expect(events.map { $0["subject"] as? String } == ["rank", "category:NON_PARTISAN"])
        #expect(events.first?["from"] as? String == "乡科级副职")
        #expect(events.first?["to"] as? String == "乡科级正职")
        #expect(events.first?["name"] as? String == "王建国")
        #expect(!events.contains { $0["subject"] as? String == "education" })
        // The correction is in the member's history all the same.
        #expect(try cli.succeed(["history", "2"]).stdout.contains("核对学历证书"))

        let table = try cli.succeed(["changes", "--from", "2023-01-01", "--through", "2023-12-31", "--events"]).stdout
        #expect(table.contains("王建国") && table.contains("乡科级正职"))
        let backwards = try cli.run(["changes", "--from", "2023-12-31", "--through", "2023-01-01"])
        #expect(backwards.status != 0)
    }
}

/// The display offsets at which the columns of a table line start (columns are separated by two or
/// more spaces; CJK characters take two cells).
func columnOffsets(_ line: String) -> [Int] {
    var offsets: [Int] = []
    var width = 0, spaces = 0
    for character in line {
        if character == " " {
            spaces += 1
        } else {
            if offsets.isEmpty || spaces >= 2 { offsets.append(width) }
            spaces = 0
        }
        width += character.unicodeScalars.first.map { (0x2E80...0x9FFF).contains($0.value) || (0xFF00...0xFF60).contains($0.value) ? 2 : 1 } ?? 1
    }
    return offsets
}
