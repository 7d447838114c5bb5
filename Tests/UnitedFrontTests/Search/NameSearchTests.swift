import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

/// Name search over members and enterprises: substrings of any length, former and changed names, work
/// units, pinyin with surname readings, middle dots, traditional characters, ranking and hostile input.
@Suite("Name search")
struct NameSearchTests {
    let clock = TestClock("2023-01-09T09:00:00+08:00")
    let register: Register

    init() throws {
        register = try Register.inMemory(clock: clock.read)
    }

    @discardableResult
    func add(_ name: String, formerNames: String? = nil, workUnit: String? = nil, on day: LocalDate = "2020-01-01") throws -> MemberID {
        var record = MemberRecord(name: name)
        record.formerNames = formerNames
        record.workUnit = workUnit
        return try register.add(record, effective: day, by: clerk)
    }

    func ids(_ text: String, limit: Int = 50) throws -> [MemberID] { try register.searchMembers(text, limit: limit).map(\.member) }

    @Test("a 1-character query finds every name holding the character")
    func oneCharacter() throws {
        let wang = try add("王伟"), xiaowang = try add("李王芳"), other = try add("张丽")
        #expect(Set(try ids("王")) == [wang, xiaowang])
        #expect(try ids("丽") == [other])
    }

    @Test("a 2-character surname query (欧阳) finds every holder, and no one else")
    func twoCharacterSurname() throws {
        let holders = try ["欧阳修", "欧阳娜娜", "欧阳春晓", "欧阳"].map { try add($0) }
        try add("欧丽阳")
        try add("阳欧")
        let found = try ids("欧阳")
        #expect(Set(found) == Set(holders) && found.count == holders.count)
        #expect(try ids("欧阳").first == holders[3], "the exact name comes first")
    }

    @Test("3 characters or more match any substring of a name")
    func longerSubstrings() throws {
        let one = try add("乌云其木格"), two = try add("其木格"), three = try add("其木格日乐")
        try add("其木")
        #expect(Set(try ids("其木格")) == [one, two, three])
        #expect(try ids("云其木格") == [one])
        #expect(try ids("其木格").first == two, "the exact name first")
    }

    @Test("a former name (曾用名) and a name changed later both find the member, as former names")
    func formerAndChangedNames() throws {
        let id = try add("张建国", formerNames: "张二狗、张小狗")
        try register.change(id, effective: "2021-06-01", by: clerk) { $0.name = "张振华" }
        let byOld = try register.searchMembers("张建国")
        #expect(byOld.map(\.member) == [id] && byOld.first?.field == .formerName && byOld.first?.name == "张振华")
        #expect(try register.searchMembers("二狗").first?.field == .formerName)
        #expect(try register.searchMembers("小狗").first?.matchedText == "张小狗")
        #expect(try register.searchMembers("振华").first?.field == .name)
    }

    @Test("a work unit finds its people, ranked after names")
    func workUnit() throws {
        let teacher = try add("白音", workUnit: "锡林浩特市第一中学")
        let named = try add("第一中")
        let found = try register.searchMembers("第一中")
        #expect(found.map(\.member) == [named, teacher])
        #expect(found.last?.field == .workUnit && found.last?.rank == .workUnit)
        #expect(try ids("一中") == [named, teacher])
        #expect(try ids("锡林浩特") == [teacher])
    }

    @Test("enterprises are found by name, former name and pinyin")
    func enterprises() throws {
        var dairy = EnterpriseRecord(creditCode: "91150102ma0n2xy1a8", name: "锡林乳业有限公司")
        dairy.formerNames = "锡林郭勒奶制品厂"
        let id = try register.add(dairy, effective: "2019-01-01", by: clerk)
        #expect(try register.searchEnterprises("乳业").map(\.enterprise) == [id])
        #expect(try register.searchEnterprises("奶制品").first?.field == .formerName)
        #expect(try register.searchEnterprises("xilinruye").first?.field == .pinyin)
        #expect(try register.searchEnterprises("乳").map(\.enterprise) == [id])
        #expect(try register.searchMembers("乳业").isEmpty, "members and enterprises are searched apart")
        try register.write(by: clerk) { _ = try $0.change(id, effective: "2022-03-01") { $0.name = "锡林草原乳业有限公司" } }
        let renamed = try register.searchEnterprises("草原乳业")
        #expect(renamed.first?.name == "锡林草原乳业有限公司" && renamed.first?.rank == .nameSubstring)
        #expect(try register.searchEnterprises("锡林乳业有限公司").first?.rank == .exactFormerName)
    }

    @Test("pinyin in full and as initials, toneless and in any case, with surname readings (单 shan, 曾 zeng, 解 xie)")
    func pinyin() throws {
        let wuyun = try add("乌云·其木格"), shan = try add("单雄信"), zeng = try add("曾国藩"), xie = try add("解缙")
        let yuchi = try add("尉迟恭"), lv = try add("吕布")
        #expect(try ids("wuyunqimuge") == [wuyun])
        #expect(try ids("WYQMG") == [wuyun])
        #expect(try ids("qimuge") == [wuyun], "a substring of the pinyin")
        #expect(try ids("shanxiongxin") == [shan])
        #expect(try ids("sxx") == [shan])
        #expect(try ids("danxiongxin") == [shan], "the common reading is indexed too")
        #expect(try ids("zengguofan") == [zeng])
        #expect(try ids("xiejin") == [xie])
        #expect(try ids("yuchigong") == [yuchi])
        #expect(try ids("lvbu") == [lv])
        let match = try #require(try register.searchMembers("wyqmg").first)
        #expect(match.field == .pinyin && match.rank == .pinyinPrefix && match.matchedText == "乌云·其木格")
    }

    @Test("one or two pinyin letters match from the start of a spelling (wy, w), not from its middle (yq)")
    func shortPinyin() throws {
        let wuyun = try add("乌云·其木格"), wang = try add("王伟")
        #expect(try ids("wy") == [wuyun])
        #expect(Set(try ids("w")) == [wuyun, wang])
        #expect(try ids("WW") == [wang], "initials of 王伟, any case")
        #expect(try ids("yq").isEmpty, "the middle of wyqmg is not a short query's match")
        #expect(try ids("muge") == [wuyun], "three letters or more match anywhere in the spelling")
    }

    @Test("the middle dot in every form, or none, is the same name")
    func middleDots() throws {
        let id = try add("乌云·其木格")
        for form in ["乌云·其木格", "乌云•其木格", "乌云．其木格", "乌云・其木格", "乌云‧其木格", "乌云.其木格", "乌云其木格", "乌云 其木格"] {
            let found = try register.searchMembers(form)
            #expect(found.map(\.member) == [id], "\(form)")
            #expect(found.first?.rank == .exactName, "\(form)")
        }
        let dotted = try add("阿卜杜拉•艾力")
        #expect(try ids("阿卜杜拉·艾力") == [dotted])
    }

    @Test("traditional and simplified characters are the same (陳 = 陈), both ways")
    func traditional() throws {
        let chen = try add("陈大文"), hk = try add("陳志明")
        #expect(Set(try ids("陳")) == [chen, hk])
        #expect(Set(try ids("陈")) == [chen, hk])
        #expect(try ids("陳大文") == [chen])
        #expect(try ids("陈志明") == [hk])
        #expect(try ids("chenzhiming") == [hk])
    }

    @Test("full-width letters and case are folded")
    func widthAndCase() throws {
        let id = try add("John Smith")
        #expect(try ids("ＪＯＨＮ") == [id])
        #expect(try ids("johnsmith") == [id])
        #expect(try ids("SMITH") == [id])
    }

    @Test("ranking: exact name, then prefix, substring, former name, pinyin, work unit; ties in pinyin order then id")
    func ranking() throws {
        let unit = try add("赵六", workUnit: "李明中学")
        let former = try add("王五", formerNames: "李明")
        let substring = try add("张李明")
        let prefix = try add("李明华")
        let exact = try add("李明")
        let found = try register.searchMembers("李明")
        #expect(found.map(\.member) == [exact, prefix, substring, former, unit])
        #expect(found.map(\.rank) == [.exactName, .namePrefix, .nameSubstring, .exactFormerName, .workUnit])

        let chen = try add("陈一"), an = try add("安一"), bai = try add("白一"), an2 = try add("安一")
        #expect(try ids("一").filter { [chen, an, bai, an2].contains($0) } == [an, an2, bai, chen])
    }

    @Test("limit bounds the results; a limit of 0 finds nothing")
    func limit() throws {
        for name in ["王一", "王二", "王三", "王四"] { try add(name) }
        #expect(try ids("王", limit: 2).count == 2)
        #expect(try ids("王", limit: 0).isEmpty)
    }

    @Test("empty or blank text is refused naming the field text")
    func blank() throws {
        for text in ["", "   ", "\u{3000}", "\n\t"] {
            #expect(throws: ValidationError(field: "text", value: text, reason: .missing)) { try register.searchMembers(text) }
            #expect(throws: ValidationError.self) { try register.searchEnterprises(text) }
        }
    }

    @Test("SQL injection, FTS5 syntax and control characters are plain text: no error, no interpretation")
    func hostileInput() throws {
        let plain = try add("王伟")
        let quoted = try add("O\"Neil 王*")
        let hostile = [
            "'; DROP TABLE member; --", "\" OR 1=1 --", "王*", "\"王伟\"", "王 OR 李", "NEAR(王 伟)", "^王", "(王",
            "name:王", "王\"", "\"", "*", "OR", "AND", "NOT", "NEAR", "^", ":", "(", ")", "\u{0}", "王\u{0}伟", "\u{7}\u{1b}[0m",
            "王伟\u{200B}", "%", "_", "王%", "\\", "a\"b\"c", "{王伟}", "王伟 NOT 李", "-王", "+王",
        ]
        for text in hostile {
            let found = try register.searchMembers(text)
            _ = try register.searchEnterprises(text)
            _ = try register.read { snapshot in
                let (sql, arguments) = NameSearchSQL.members(matching: text)
                return try snapshot.connection.fetchAll(sql, arguments) { $0.int64(0) }
            }
            if text == "王\u{0}伟" || text == "王伟\u{200B}" { #expect(found.map(\.member) == [plain], "\(text.debugDescription)") }
        }
        #expect(try ids("\"王伟\"").isEmpty, "quotes are searched for, not taken as FTS5 phrase syntax")
        #expect(try ids("王*") == [quoted], "* is a character to find")
        #expect(try ids("O\"Neil") == [quoted])
        #expect(try ids("王 OR 李").isEmpty)
        #expect(try ids("\u{0}\u{7}").isEmpty, "text of control characters only finds nobody")
        #expect(try register.read { try $0.connection.fetchOne("SELECT count(*) FROM member", []) { $0.int64(0) } } == 2)
    }

    @Test("the index follows changes and corrections in the same transaction; a rolled-back write leaves no row")
    func followsWrites() throws {
        let id = try add("巴特尔")
        try register.correct(id, by: clerk) { $0.name = "巴特尔图" }
        #expect(try register.searchMembers("巴特尔图").first?.rank == .exactName)
        #expect(try ids("巴特尔") == [id], "as a prefix of the corrected name")
        #expect(try register.searchMembers("巴特尔").first?.rank == .namePrefix, "a corrected name is not a former one")

        struct Abort: Error {}
        #expect(throws: Abort.self) {
            try register.write(by: clerk) { tx in
                _ = try tx.add(MemberRecord(name: "回滚者"), effective: "2020-01-01")
                _ = try tx.change(id, effective: "2022-01-01") { $0.name = "新名字" }
                #expect(try NameSearch(connection: tx.connection).search(owner: NameIndex.member, text: "回滚者", limit: 5).count == 1,
                        "the write sees its own index rows")
                throw Abort()
            }
        }
        #expect(try ids("回滚者").isEmpty)
        #expect(try ids("新名字").isEmpty)
        #expect(try register.read { snapshot in
            try snapshot.connection.fetchOne("SELECT count(*) FROM search_text WHERE text IN ('回滚者', '新名字')", []) { $0.int64(0) }
        } == 0)
        #expect(try register.read { snapshot in
            try snapshot.connection.fetchOne("SELECT count(*) FROM search_term WHERE id NOT IN (SELECT rowid FROM search_term_trigram)", []) { $0.int64(0) }
        } == 0)
    }

    @Test("an import of many rows in one transaction, some refused in their savepoints, indexes exactly the rows kept")
    func savepointsInOneTransaction() throws {
        struct Refused: Error {}
        let kept = try register.write(by: clerk) { tx in
            var kept: [MemberID] = []
            for index in 0..<40 {
                let name = "乌兰图雅\(index)"
                do {
                    try tx.savepoint {
                        let id = try tx.add(MemberRecord(name: name), effective: "2020-01-01")
                        if index.isMultiple(of: 3) { _ = try tx.change(id, effective: "2021-01-01") { $0.name = name + "改" } }
                        if index.isMultiple(of: 5) { throw Refused() }  // the row is refused: its member and names go
                        kept.append(id)
                    }
                } catch is Refused {}
            }
            let first = kept[0]
            // A renaming rolled back after the index was read inside the transaction leaves the old name.
            _ = try? tx.savepoint {
                _ = try tx.change(first, effective: "2022-01-01") { $0.name = "临时名" }
                #expect(try NameSearch(connection: tx.connection).search(owner: NameIndex.member, text: "临时名", limit: 5).count == 1)
                throw Refused()
            }
            return kept
        }
        #expect(kept.count == 32)
        #expect(try ids("乌兰图雅", limit: 100).sorted() == kept.sorted(), "3+ characters: the trigram index")
        #expect(try ids("图雅", limit: 100).sorted() == kept.sorted(), "2 characters: the gram table")
        #expect(try ids("临时名").isEmpty)
        #expect(try register.searchMembers("乌兰图雅6改").map(\.rank) == [.exactName], "a change in the same transaction")
        #expect(try register.searchMembers("图雅6改").map(\.member) == [kept[4]])
        let report = try register.check()
        #expect(report.findings.isEmpty, "\(report.findings)")
    }

    @Test("members who share a work unit share one index term; when its last holder's entry goes, so does the term")
    func sharedTerms() throws {
        let first = try add("其其格", workUnit: "锡林郭勒盟统战部")
        let second = try add("斯琴", workUnit: "锡林郭勒盟统战部")
        func terms(_ folded: String) throws -> Int64? {
            try register.read { snapshot in
                try snapshot.connection.fetchOne("SELECT count(*) FROM search_term WHERE folded = ?", [folded]) { $0.int64(0) }
            }
        }
        #expect(try terms("锡林郭勒盟统战部") == 1)
        #expect(try ids("统战").sorted() == [first, second].sorted())
        // A correction replaces the unit in every row of the first member: the term stays for the second.
        try register.correct(first, by: clerk) { $0.workUnit = "呼和浩特市民委" }
        #expect(try terms("锡林郭勒盟统战部") == 1)
        #expect(try ids("统战") == [second])
        try register.correct(second, by: clerk) { $0.workUnit = nil }
        #expect(try terms("锡林郭勒盟统战部") == 0, "nobody holds it: its grams and trigram document went with it")
        #expect(try ids("统战").isEmpty)
        #expect(try ids("郭勒盟统").isEmpty)
        #expect(try ids("民委") == [first])
        let report = try register.check()
        #expect(report.findings.isEmpty, "\(report.findings)")
    }

    @Test("a change of 职务 or 手机 leaves the member's index rows alone; a change of name or work unit replaces them")
    func unindexedChanges() throws {
        let id = try add("那仁", workUnit: "乌拉特前旗统战部")
        func rows() throws -> [Int64] {
            try register.read { snapshot in
                try snapshot.connection.fetchAll("SELECT id FROM search_text WHERE owner_id = ? ORDER BY id", [id]) { $0.int64(0) }
            }
        }
        let before = try rows()
        try register.change(id, effective: "2021-03-01", by: clerk) { $0.post = "副部长"; $0.mobile = "13800138000" }
        try register.change(id, effective: "2020-06-01", by: clerk) { $0.post = "干事" }  // back-dated: splits rows
        #expect(try rows() == before)
        try register.change(id, effective: "2022-01-01", by: clerk) { $0.workUnit = "巴彦淖尔市民委" }
        #expect(try rows() != before)
        #expect(try ids("民委") == [id])
        #expect(try ids("统战部") == [id], "the earlier work unit still finds the member")
        try register.change(id, effective: "2023-01-01", by: clerk) { $0.name = "那仁格日勒" }
        #expect(try register.searchMembers("那仁格日勒").first?.rank == .exactName)
        #expect(try register.searchMembers("那仁").first?.rank == .namePrefix)
        let report = try register.check()
        #expect(report.findings.isEmpty, "\(report.findings)")
    }

    @Test("of several texts matching with one rank, the current name's own wins, then the smallest text, whatever the history")
    func tiesAreDeterministic() throws {
        let id = try add("王维", workUnit: "锡林郭勒盟统战部")
        try register.change(id, effective: "2021-01-01", by: clerk) { $0.workUnit = "呼和浩特市统战部" }
        try register.change(id, effective: "2022-01-01", by: clerk) { $0.name = "王伟" }
        let unit = try #require(register.searchMembers("统战部").first)
        #expect(unit.rank == .workUnit)
        #expect(unit.matchedText == "呼和浩特市统战部", "the smaller of the two units in code-point order")
        let pinyin = try #require(register.searchMembers("wangwei").first)
        #expect(pinyin.rank == .pinyinPrefix)
        #expect(pinyin.matchedText == "王伟", "the pinyin of the current name, not of the former 王维")
        #expect(pinyin.field == .pinyin)
    }

    @Test("archived members are still found; a correction of the registration date keeps the entries")
    func archivedAndRegistration() throws {
        let id = try add("乌兰", on: "2020-03-01")
        try register.archive(id, effective: "2022-01-01", by: clerk)
        #expect(try ids("乌兰") == [id])
        _ = try register.correctRegistration(id, registeredOn: "2020-02-01", by: clerk)
        #expect(try ids("wulan") == [id])
    }

    @Test("the search uses the index: no scan of member or member_history, for 1-2 characters and for 3 or more")
    func queryPlan() throws {
        try add("乌云·其木格", workUnit: "锡林浩特市第一中学")
        for text in ["王", "欧阳", "其木格", "wyqmg"] {
            let folded = NameFolding.fold(text)
            let (sql, arguments) = NameSearch.statement(owner: NameIndex.member, folded: folded, limit: 50)
            let plan = try register.read { snapshot in
                try snapshot.connection.fetchAll("EXPLAIN QUERY PLAN " + sql, arguments) { $0.text(3) }
            }
            #expect(!plan.contains { $0.hasPrefix("SCAN") && !$0.contains("VIRTUAL TABLE") }, "\(text): \(plan)")
            #expect(!plan.contains { $0.contains("(owner=?)") }, "no walk over every member's entries: \(plan)")
            #expect(!plan.contains { $0.contains("member") }, "\(text): \(plan)")
            #expect(plan.contains { $0.contains(folded.unicodeScalars.count <= 2 ? "search_term_gram" : "search_term_trigram") }, "\(text): \(plan)")
            let (sub, subArguments) = NameSearchSQL.members(matching: text)
            let subPlan = try register.read { snapshot in
                try snapshot.connection.fetchAll("EXPLAIN QUERY PLAN SELECT * FROM member m WHERE m.id IN (\(sub))", subArguments) { $0.text(3) }
            }
            #expect(!subPlan.contains { $0.hasPrefix("SCAN") && !$0.contains("VIRTUAL TABLE") }, "\(text): \(subPlan)")
            #expect(!subPlan.contains { $0.contains("(owner=?)") }, "no walk over every member's entries: \(subPlan)")
            #expect(subPlan.contains { $0.contains("SEARCH m USING INTEGER PRIMARY KEY") }, "\(text): \(subPlan)")
        }
    }

    @Test("the free-text subquery finds the same members as searchMembers")
    func freeTextSubquery() throws {
        let a = try add("乌云·其木格", workUnit: "第一中学"), b = try add("陳志明", formerNames: "陈小明")
        try add("张三")
        for (text, expected) in [("其木格", [a]), ("wyqmg", [a]), ("一中", [a]), ("陈", [b]), ("小明", [b]), ("乌云•其木格", [a])] {
            let (sql, arguments) = NameSearchSQL.members(matching: text)
            let found = try register.read { try $0.connection.fetchAll(sql, arguments) { MemberID(rawValue: $0.int64(0)) } }
            #expect(Set(found) == Set(expected), "\(text)")
            #expect(Set(try ids(text)) == Set(expected), "\(text)")
        }
    }

    @Test("async forms")
    func asyncForms() async throws {
        let id = try add("其木格")
        #expect(try await register.searchMembers("其木格").map(\.member) == [id])
        #expect(try await register.searchEnterprises("其木格").isEmpty)
    }
}
