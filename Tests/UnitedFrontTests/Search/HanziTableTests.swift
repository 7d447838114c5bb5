import Foundation
import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

/// The embedded character table (codes/hanzi/hanzi.tsv), the folding and pinyin it drives, and the
/// PINYIN collation.
@Suite("Hanzi table, folding and pinyin order")
struct HanziTableTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    @Test("every one of the 8,105 characters of the 通用规范汉字表 (2013) has a reading in the embedded table")
    func coverage() throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent("codes/hanzi/tgh_2013.tsv"), encoding: .utf8)
        var characters: [Unicode.Scalar] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            let scalar = try #require(fields.last?.unicodeScalars.first)
            #expect(fields[1] == "U+" + String(scalar.value, radix: 16, uppercase: true), "\(line)")
            characters.append(scalar)
        }
        #expect(characters.count == 8105 && Set(characters).count == 8105)
        let missing = characters.filter { HanziTable.shared.reading($0) == nil }
        #expect(missing.isEmpty, "no reading: \(String(String.UnicodeScalarView(missing.prefix(40))))")
        #expect(characters.allSatisfy { HanziTable.shared.simplify($0) == $0 }, "standard characters are never folded")
    }

    @Test("readings are toneless, the most common first; ü is v; surname readings differ where they should")
    func readings() {
        let table = HanziTable.shared
        #expect(table.reading("张") == "zhang" && table.reading("吕") == "lv" && table.reading("女") == "nv")
        for (char, surname) in [("单", "shan"), ("曾", "zeng"), ("解", "xie"), ("区", "ou"), ("仇", "qiu"), ("朴", "piao"),
                                ("查", "zha"), ("盖", "ge"), ("乐", "yue"), ("單", "shan")] as [(Unicode.Scalar, String)] {
            #expect(table.surnameReading(char) == surname, "\(char)")
        }
        #expect(table.surnameReading("张") == nil)
        #expect(table.compoundSurname("尉", "迟") == ["yu", "chi"] && table.compoundSurname("万", "俟") == ["mo", "qi"])
        #expect(table.compoundSurname("长", "孙") == ["zhang", "sun"])
    }

    @Test("folding: traditional to simplified, dots, spaces, width, case and control characters")
    func folding() {
        #expect(NameFolding.fold("陳志明") == "陈志明")
        #expect(NameFolding.fold("乌云·其木格") == "乌云其木格")
        #expect(NameFolding.fold("乌云•其木格") == NameFolding.fold("乌云．其木格"))
        #expect(NameFolding.fold("ＪＯＨＮ Smith") == "johnsmith")
        #expect(NameFolding.fold("王\u{0}伟\u{200B}\n") == "王伟")
        #expect(NameFolding.fold("乾隆") == "乾隆", "乾 is a standard character, not folded to 干")
        #expect(NameFolding.grams("王伟华") == ["王", "伟", "华", "王伟", "伟华"])
    }

    @Test("pinyin spellings: full and initials, surname reading first, common reading too")
    func spellings() {
        #expect(NamePinyin.spellings(of: "张三") == ["zhangsan", "zs"])
        #expect(NamePinyin.spellings(of: "单雄信") == ["shanxiongxin", "sxx", "danxiongxin", "dxx"])
        #expect(NamePinyin.spellings(of: "万俟卨").first == "moqixie")
        #expect(NamePinyin.spellings(of: "john").isEmpty)
    }

    @Test("the PINYIN collation orders by reading (surname readings first), then by character; it is total")
    func collation() throws {
        func sorted(_ names: [String]) -> [String] { names.sorted { NameOrder.compare($0, $1) < 0 } }
        #expect(sorted(["陈", "白", "安"]) == ["安", "白", "陈"])
        #expect(sorted(["石磊", "单田芳", "邓小平"]) == ["邓小平", "单田芳", "石磊"], "单 as a surname is shan")
        #expect(sorted(["张三", "曾国藩", "曹操"]) == ["曹操", "曾国藩", "张三"], "曾 is zeng")
        #expect(sorted(["李明", "林啊", "李"]) == ["李", "李明", "林啊"])
        #expect(sorted(["陳一", "陈二"]) == ["陈二", "陳一"], "陳 reads chen: 二 (er) before 一 (yi)")
        #expect(sorted(["王", "Wang", "alice"]) == ["alice", "Wang", "王"], "letters before Han, case-insensitively")
        #expect(NameOrder.compare("安一", "安一") == 0)
        #expect(NameOrder.compare("张", "章") != 0 && NameOrder.compare("张", "章") == -NameOrder.compare("章", "张"))

        let clock = TestClock("2023-01-09T09:00:00+08:00")
        let register = try Register.inMemory(clock: clock.read)
        for name in ["曾国藩", "安然", "单田芳", "白音", "陈静"] {
            _ = try register.add(MemberRecord(name: name), effective: "2020-01-01", by: clerk)
        }
        let names = try register.read { snapshot in
            try snapshot.connection.fetchAll("SELECT name FROM member ORDER BY name COLLATE PINYIN", []) { $0.text(0) }
        }
        #expect(names == ["安然", "白音", "陈静", "单田芳", "曾国藩"])
    }

    @Test("a database from before 017 gets its index built once, at open")
    func migratedDatabase() throws {
        let folder = try TemporaryDirectory()
        let path = folder.path("register.sqlite")
        let clock = TestClock("2023-01-09T09:00:00+08:00")
        var member = MemberRecord(name: "乌云·其木格")
        member.formerNames = "乌云"
        do {
            let register = try Register(path: path, clock: clock.read)
            _ = try register.add(member, effective: "2020-01-01", by: clerk)
            _ = try register.add(EnterpriseRecord(creditCode: "91150102ma0n2xy1a8", name: "锡林乳业有限公司"),
                                 effective: "2019-01-01", by: clerk)
        }
        // Take the database back to 016: no search tables, no record of 017.
        do {
            let connection = try Connection(location: .file(path))
            try connection.execute("""
                DROP TABLE search_text; DROP TABLE search_term_gram; DROP TABLE search_term_trigram; DROP TABLE search_term;
                DROP TABLE search_index_version;
                DELETE FROM schema_migration WHERE name IN ('017_name_search', '026_search_terms');
                """)
        }
        let reopened = try Register(path: path, clock: clock.read)
        #expect(try reopened.searchMembers("wyqmg").map(\.name) == ["乌云·其木格"])
        #expect(try reopened.searchMembers("乌云").first?.rank == .namePrefix)
        #expect(try reopened.searchEnterprises("乳业").count == 1)
        let version = try reopened.read { snapshot in
            try snapshot.connection.fetchOne("SELECT version FROM search_index_version", []) { $0.text(0) }
        }
        #expect(version == NameIndex.version)

        // An index built by another version is rebuilt; the current one is left alone.
        try reopened.read { _ in }
        do {
            let connection = try Connection(location: .file(path))
            try connection.execute("UPDATE search_index_version SET version = 'old'; DELETE FROM search_text;")
        }
        #expect(try Register(path: path, clock: clock.read).searchMembers("其木格").count == 1)
    }
}
