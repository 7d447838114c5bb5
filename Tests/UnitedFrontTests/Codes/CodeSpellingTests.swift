import Foundation
import Testing
@testable import UnitedFront

@Suite("Spellings real sheets use, and the 职级 ladder")
struct CodeSpellingTests {
    let codes = try! Register.inMemory().codes

    /// One row of `codes/spellings.tsv`.
    struct Spelling: CustomStringConvertible {
        let list: CodeListID, alias: String, code: String
        var description: String { "\(list) \(alias) → \(code)" }
    }

    /// The rows of `codes/spellings.tsv` in this checkout.
    static func spellings() throws -> [Spelling] {
        let file = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("codes/spellings.tsv")
        let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: true)
            .filter { !$0.hasPrefix("#") }
        #expect(lines.first == "list\talias\tcode\treason")
        return lines.dropFirst().map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return Spelling(list: CodeListID(rawValue: fields[0]), alias: fields[1], code: fields[2])
        }
    }

    @Test("every spelling in codes/spellings.tsv resolves to its code")
    func spellingsResolve() throws {
        let spellings = try Self.spellings()
        #expect(spellings.count >= 60)
        for spelling in spellings {
            #expect(codes[spelling.list]?.lookup(spelling.alias)?.code == spelling.code, "\(spelling)")
        }
    }

    @Test("the spellings issue 7 names resolve, whether they came with the standard or with spellings.tsv")
    func issueSpellings() {
        let expected: [(CodeListID, String, String)] = [
            (.ethnicity, "蒙族", "02"), (.ethnicity, "维族", "05"), (.ethnicity, "回族", "03"), (.ethnicity, "壮族", "08"),
            (.ethnicity, "柯族", "29"), (.ethnicity, "朝族", "10"),
            (.education, "硕士", "14"), (.education, "博士", "11"), (.education, "研究生毕业", "10"),
            (.education, "本科毕业", "21"), (.education, "大专毕业", "31"),
            (.politicalStatus, "民革党员", "04"), (.politicalStatus, "民盟盟员", "05"), (.politicalStatus, "民建会员", "06"),
            (.politicalStatus, "民进会员", "07"), (.politicalStatus, "农工党员", "08"), (.politicalStatus, "致公党员", "09"),
            (.politicalStatus, "九三学社社员", "10"), (.politicalStatus, "九三", "10"), (.politicalStatus, "台盟盟员", "11"),
            (.politicalStatus, "民革", "04"), (.politicalStatus, "民盟", "05"), (.politicalStatus, "民建", "06"),
            (.politicalStatus, "民进", "07"), (.politicalStatus, "农工党", "08"), (.politicalStatus, "致公党", "09"),
            (.politicalStatus, "台盟", "11"),
            (.cadreRank, "科级", "141"), (.cadreRank, "副县处级", "132"), (.cadreRank, "正县处级", "131"),
            (.cadreRank, "正县级", "131"), (.cadreRank, "副县级", "132"), (.cadreRank, "正处", "131"), (.cadreRank, "副处", "132"),
            (.country, "蒙古国", "MNG"), (.country, "印尼", "IDN"), (.country, "澳洲", "AUS"), (.country, "俄罗斯联邦", "RUS"),
            (.country, "韩国", "KOR"), (.country, "朝鲜", "PRK"), (.country, "英国", "GBR"), (.country, "美国", "USA"),
            (.documentType, "中国护照", "414"),
            (.category, "侨眷", "OVERSEAS_CHINESE"), (.category, "归侨", "OVERSEAS_CHINESE"), (.category, "华侨", "OVERSEAS_CHINESE"),
            (.category, "台胞", "TAIWAN"), (.category, "港澳同胞", "HONG_KONG_MACAO"), (.category, "香港同胞", "HONG_KONG_MACAO"),
            (.category, "澳门同胞", "HONG_KONG_MACAO"), (.category, "非公经济人士", "NON_PUBLIC_ECONOMY"),
            (.category, "宗教人士", "RELIGIOUS"), (.category, "知识分子", "NON_PARTY_INTELLECTUAL"),
        ]
        for (list, text, code) in expected {
            #expect(codes[list]?.lookup(text)?.code == code, "\(list) \(text)")
        }
    }

    @Test("an ethnicity short form X族 is added only when no other group's name starts with X")
    func ethnicityShortFormsAreUnambiguous() throws {
        let list = try #require(codes[.ethnicity])
        for spelling in try Self.spellings() where spelling.list == .ethnicity && spelling.alias.count == 2
            && spelling.alias.hasSuffix("族")
        {
            let first = try #require(spelling.alias.first)
            #expect(list.codes.filter { $0.name.first == first }.map(\.code) == [spelling.code], "\(spelling)")
        }
    }

    @Test("ambiguous forms stay unresolved: 哈族 (哈萨克族 or 哈尼族), 塔族, 鄂族, 布族, level names, 港澳台")
    func ambiguousFormsAreRefused() throws {
        let ethnicity = try #require(codes[.ethnicity])
        for text in ["哈族", "塔族", "鄂族", "布族"] {
            #expect(ethnicity.lookup(text) == nil, "\(text)")
        }
        #expect(ethnicity.lookup("土族")?.code == "30", "土族 is a group of its own, not 土家族")
        let ranks = try #require(codes[.cadreRank])
        for text in ["乡科级", "县处级", "厅局级", "省部级"] {
            #expect(ranks.lookup(text) == nil, "\(text)")
        }
        #expect(codes[.category]?.lookup("港澳台") == nil)
        #expect(codes[.politicalStatus]?.lookup("民主党派") == nil)
    }

    @Test("职级 runs from 二级科员 to 一级巡视员, each grade under the 职务层次 it corresponds to")
    func civilServiceGradeLadder() throws {
        let grades = try #require(codes[.civilServiceGrade])
        let ranks = try #require(codes[.cadreRank])
        let ladder = grades.codes.sorted { $0.position < $1.position }
        #expect(ladder.map(\.position) == Array(1...12))
        #expect(ladder.map(\.name) == [
            "二级科员", "一级科员", "四级主任科员", "三级主任科员", "二级主任科员", "一级主任科员",
            "四级调研员", "三级调研员", "二级调研员", "一级调研员", "二级巡视员", "一级巡视员",
        ])
        let expectedParent = [
            "一级巡视员": "121", "二级巡视员": "122", "一级调研员": "131", "二级调研员": "131", "三级调研员": "132",
            "四级调研员": "132", "一级主任科员": "141", "二级主任科员": "141", "三级主任科员": "142", "四级主任科员": "142",
            "一级科员": "150", "二级科员": "160",
        ]
        var rungs: [Int] = []
        for grade in ladder {
            let parent = try #require(grade.parent, "\(grade)")
            #expect(parent == expectedParent[grade.name], "\(grade)")
            rungs.append(try #require(ranks.code(parent), "\(grade): \(parent) is not a cadre_rank code").position)
        }
        #expect(rungs == rungs.sorted(), "a higher grade never sits on a lower 职务层次")

        // "副科级以上" compares a grade on the 职务层次 ladder.
        let deputySection = try #require(ranks.lookup("副科级")).position
        let atLeastDeputySection = zip(ladder, rungs).filter { $0.1 >= deputySection }.map(\.0.name)
        #expect(atLeastDeputySection.first == "四级主任科员")
        #expect(atLeastDeputySection.count == 10)
        #expect(grades.lookup("四级主任科员")?.code == "PRINCIPAL_STAFF_4")
        #expect(ranks.lookup("四级主任科员") == nil, "职级 and 职务层次 are separate lists")
        #expect(grades.standard.contains("公务员职务与职级并行规定"))
        #expect(grades.source.contains("2019"))
    }
}
