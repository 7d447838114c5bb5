import Foundation
import Testing
import UnitedFrontTestSupport
import UnitedFront
import UnitedFrontExchange

@Suite("Sheets with bad rows")
struct BadRowsTests {
    let expected: ImportResult

    init() throws {
        expected = try JSONDecoder().decode(ImportResult.self, from: Data(contentsOf: sample("members-bad-rows.expected.json")))
    }

    @Test("the bad-rows sample gives exactly the expected report: every bad row, by row, column, value and reason")
    func exactReport() throws {
        let register = try Register.inMemory()
        let result = try register.importSheet(sample("members-bad-rows.csv"))
        #expect(result.errors == expected.errors)
        #expect(result == expected)
        #expect(result.wroteNothingBecauseOfBadRows)
    }

    @Test("all or nothing: a sheet with bad rows writes nothing at all, not even its good rows")
    func allOrNothingWritesNothing() throws {
        let register = try Register.inMemory()
        _ = try register.importSheet(sample("members-bad-rows.csv"))
        #expect(try register.everyone(on: "2099-01-01").isEmpty)
        #expect(try register.changesetCount() == 0)
    }

    @Test("a dry run reports exactly what the real run finds, duplicates within the file included, and writes nothing")
    func dryRun() throws {
        let register = try Register.inMemory()
        var options = MemberImportOptions(skipBadRows: true, dryRun: true, effective: sampleEffective)
        let dry = try register.importSheet(sample("members-bad-rows.csv"), options)
        #expect(try register.changesetCount() == 0)
        #expect(!dry.committed)
        options.dryRun = false
        let real = try register.importSheet(sample("members-bad-rows.csv"), options)
        #expect(real.committed)
        #expect(dry.errors == real.errors)
        #expect(dry.imported == real.imported && real.imported == 2)
        #expect(dry.rejected == 6 && dry.errors.contains { $0.row == 9 && $0.reason.contains("duplicates row 2") })
    }

    @Test("skip bad rows: good rows are written, bad rows go to a rejects file, and the fixed rejects import")
    func skipBadRowsAndReimportFixedRejects() throws {
        let scratch = try ScratchDirectory()
        let register = try Register.inMemory()
        let rejects = scratch.file("rejects.csv")
        let result = try register.importSheet(
            sample("members-bad-rows.csv"),
            MemberImportOptions(skipBadRows: true, effective: sampleEffective, rejectsURL: rejects))
        #expect(result.imported == 2 && result.rejected == 6 && result.committed)
        #expect(Set(try register.everyone().map(\.name)) == ["其木格", "韩雪"])

        // The rejects hold identifiers as typed: owner-only, and in the export log like an unmasked export.
        #expect(try FileManager.default.attributesOfItem(atPath: rejects.path)[.posixPermissions] as? Int == 0o600)
        let logged = try #require(try register.exportLog().last)
        #expect(logged.format == "rejects-csv" && logged.rowCount == 6 && !logged.masked)
        #expect(logged.reason == "rows of members-bad-rows.csv that could not be imported")

        let bytes = try Data(contentsOf: rejects)
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))             // Excel-friendly UTF-8
        var text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        let lines = text.split(separator: "\r\n")
        #expect(lines.first == "name,sex,birth_date,ethnicity,document_number,political_status,work_unit,mobile,categories,category_since,tier,error")
        #expect(lines.count == 7)                                   // header + 6 bad rows
        #expect(lines[1].hasPrefix("高峰,男,,汉族,150102198609120551,"))
        #expect(lines[1].hasSuffix(",\"document_number \"\"150102198609120551\"\": fails its check character (expected 3)\""))

        // A clerk fixes the rows in Excel; the error column stays.
        let goodID = citizenID("150102", born: "1986-09-12", sequence: 55)
        text = text.replacingOccurrences(of: "150102198609120551", with: goodID)
            .replacingOccurrences(of: "火星族", with: "蒙古族")
            .replacingOccurrences(of: "1988-02-30", with: "1988-02-28")
            .replacingOccurrences(of: "胡杨,女,1975-03-04", with: "胡杨,男,1975-04-03")
            .replacingOccurrences(of: ",1394710,网红人士,", with: ",13947100007,新的社会阶层人士,")
        let fixed = try scratch.write("fixed.csv", text)
        let again = try register.importSheet(fixed, MemberImportOptions(effective: sampleEffective))
        // The old duplicate of row 2 now matches the member row 2 imported, and changes nothing.
        #expect(again.rejected == 0, "\(again.errors)")
        #expect(again.imported == 5 && again.unchanged == 1)
        #expect(try register.everyone().count == 7)
        #expect(try register.member(withDocument: goodID)?.name == "高峰")
    }

    @Test("the register checks birth date and sex against the citizen ID: every disagreement is a row error on its column")
    func registerChecksAgainstTheCitizenID() throws {
        let scratch = try ScratchDirectory()
        let register = try Register.inMemory()
        let hu = citizenID("150102", born: "1975-04-03", sequence: 31)       // a man
        let gao = citizenID("150102", born: "1986-09-12", sequence: 55)
        let sheet = try scratch.write("checks.csv", """
            姓名,性别,出生日期,民族,证件号码,电子邮箱
            胡杨,女,1975-03-04,汉族,\(hu),
            高峰,女,1986-09,火星族,\(gao),
            韩雪,,1993-07,朝鲜族,\(citizenID("150102", born: "1993-07-08", sequence: 84)),hanxue@
            乌兰,,1990-05,蒙古族,\(citizenID("150102", born: "1990-06-01", sequence: 12)),

            """)
        let result = try register.importSheet(sheet, MemberImportOptions(skipBadRows: true, effective: sampleEffective))
        #expect(result.errors.map { "\($0.row) \($0.column) \($0.value): \($0.reason)" } == [
            "2 出生日期 1975-03-04: disagrees with 证件号码 (which gives 1975-04-03)",
            "2 性别 女: disagrees with 证件号码 (which gives 男性)",
            "3 民族 火星族: is not a known ethnicity (a code, name or alias of the ethnicity code list)",
            "3 性别 女: disagrees with 证件号码 (which gives 男性)",
            "4 电子邮箱 hanxue@: is malformed (expected name@domain.tld)",
            "5 出生日期 1990-05: disagrees with 证件号码 (which gives 1990-06-01)",
        ])
        #expect(result.imported == 0 && result.rejected == 4)

        // A month alone that agrees with the ID takes the ID's day.
        let month = try scratch.write("month.csv", "姓名,出生日期,证件号码\n高峰,1986-09,\(gao)\n")
        #expect(try register.importSheet(month).imported == 1)
        #expect(try register.member(withDocument: gao)?.birthDate == "1986-09-12")

        // An update is checked the same way: the sheet's sex against the ID on the register.
        let update = try scratch.write("update.csv", "证件号码,性别,职务\n\(gao),女,主任\n")
        let updated = try register.importSheet(update)
        #expect(updated.errors == [ImportError(row: 2, column: "性别", value: "女",
                                               reason: "disagrees with 证件号码 (which gives 男性)")])
        #expect(try register.member(withDocument: gao)?.post == nil)
    }

    @Test("unknown headers are refused with the list of known ones; a header twice is refused")
    func badHeaders() throws {
        let scratch = try ScratchDirectory()
        let register = try Register.inMemory()
        let unknown = try scratch.write("unknown.csv", "姓名,爱好,证件号码\n张三,钓鱼,\n")
        #expect {
            try register.importSheet(unknown)
        } throws: { error in
            guard case MemberSheetError.unknownHeaders(let headers, let known) = error else { return false }
            return headers == ["爱好"] && known.contains("姓名 name") && known.contains("证件号码 document_number")
                && "\(error)".contains("known columns: 姓名 name, 曾用名 former_names")
        }
        let twice = try scratch.write("twice.csv", "姓名,name\n张三,张三\n")
        #expect(throws: MemberSheetError.duplicateHeader("name", columns: [1, 2])) {
            try register.importSheet(twice)
        }
        let empty = try scratch.write("empty.csv", "")
        #expect(throws: MemberSheetError.self) { try register.importSheet(empty) }
    }

    @Test("a rejects file's own 错误 column is accepted and ignored")
    func errorColumnIsIgnored() throws {
        let scratch = try ScratchDirectory()
        let register = try Register.inMemory()
        let sheet = try scratch.write("sheet.csv", "姓名,证件号码,错误\n高峰,\(citizenID("150102", born: "1986-09-12", sequence: 55)),\"证件号码: fails\"\n")
        let result = try register.importSheet(sheet)
        #expect(result.imported == 1 && result.errors.isEmpty)
    }

    @Test("the result encodes to the documented JSON, keys in order, and decodes back")
    func resultJSON() throws {
        var result = ImportResult()
        result.imported = 2
        result.rejected = 1
        result.errors = [ImportError(row: 3, column: "民族", value: "火星族", reason: "is not a known ethnicity")]
        result.possibleDuplicates = [PossibleDuplicate(row: 4, name: "张三", birthDate: "1980-01-01",
                                                       existingMemberIDs: [MemberID(rawValue: 7)])]
        let json = result.json
        #expect(json == """
            {"imported": 2, "updated": 0, "unchanged": 0, "rejected": 1, "errors": [{"row": 3, "column": "民族", \
            "value": "火星族", "reason": "is not a known ethnicity"}], "possible_duplicates": [{"row": 4, "name": "张三", \
            "birth_date": "1980-01-01", "existing_member_ids": [7]}]}
            """)
        #expect(try JSONDecoder().decode(ImportResult.self, from: Data(json.utf8)) == result)
        let encoded = try JSONSerialization.jsonObject(with: JSONEncoder().encode(result)) as? [String: Any]
        #expect(Set(encoded?.keys.map { $0 } ?? []) == ["imported", "updated", "unchanged", "rejected", "errors", "possible_duplicates"])
    }
}
