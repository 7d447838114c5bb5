import Foundation
import Testing
import UnitedFrontTestSupport
import UnitedFront
import UnitedFrontExchange

/// A clerk's sheet where one cell opens a quote and never closes it: the rest of the file must not
/// become one member's name.
@Suite("Quotes that are never closed")
struct QuotingTests {
    let scratch: ScratchDirectory
    let wang = citizenID("150102", born: "1980-02-03", sequence: 11)
    let zhang = citizenID("150102", born: "1970-01-01", sequence: 31)
    let li = citizenID("150102", born: "1985-05-06", sequence: 42)
    let zhao = citizenID("150102", born: "1979-11-12", sequence: 53)

    init() throws {
        scratch = try ScratchDirectory()
    }

    /// 王五 is fine; 张三's name opens a quote on row 3 that nothing closes, so 李四 and 赵六 run into it.
    var sheet: String {
        """
        姓名,性别,出生日期,证件号码
        王五,男,1980-02-03,\(wang)
        "张三,男,1970-01-01,\(zhang)
        李四,女,1985-05-06,\(li)
        赵六,男,1979-11-12,\(zhao)

        """
    }

    @Test("all or nothing: the row where the quote opened is a bad row naming column and value, and nothing is written")
    func allOrNothing() throws {
        let register = try Register.inMemory()
        let result = try register.importSheet(try scratch.write("quote.csv", sheet))
        #expect(result.errors == [ImportError(
            row: 3, column: "姓名", value: "\"张三,男,1970-01-01,\(zhang.prefix(7))…",
            reason: "opens a quote (\") that is never closed, so the rest of the file (2 lines) ran into this cell: "
                + "close the quote or remove it; nothing after it was read as rows")])
        #expect(result.rejected == 1 && result.imported == 0)
        #expect(result.wroteNothingBecauseOfBadRows)
        #expect(try register.everyone(on: "2099-01-01").isEmpty)
        #expect(try register.changesetCount() == 0)
    }

    @Test("skip bad rows: the rows before the quote are kept, and no member is named after the rest of the file")
    func skipBadRowsKeepsTheRowsBefore() throws {
        let register = try Register.inMemory()
        let rejects = scratch.file("rejects.csv")
        let result = try register.importSheet(
            try scratch.write("quote.csv", sheet),
            MemberImportOptions(skipBadRows: true, effective: sampleEffective, rejectsURL: rejects))
        #expect(result.imported == 1 && result.rejected == 1 && result.committed)
        #expect(result.errors.map(\.row) == [3])
        #expect(try register.everyone().map(\.name) == ["王五"])
        #expect(try register.member(withDocument: zhang) == nil)
        let copied = String(decoding: try Data(contentsOf: rejects).dropFirst(3), as: UTF8.self)
        #expect(copied.contains("never closed"))
    }

    @Test("the issue's sheet: a name that opens a quote on the first data row reads as no member at all")
    func quoteOnTheFirstRow() throws {
        let register = try Register.inMemory()
        let file = try scratch.write("first.csv", "姓名,性别,出生日期\n\"张三,男,1970-01-01\n\"三,男,1971-02-02\n")
        let result = try register.importSheet(file, MemberImportOptions(skipBadRows: true, effective: sampleEffective))
        #expect(result.errors.map(\.row) == [2])
        #expect(result.errors.first?.value == "\"张三,男,1970-01-01…")
        #expect(result.errors.first?.reason.contains("(1 line)") == true)
        #expect(result.imported == 0)
        #expect(try register.everyone(on: "2099-01-01").isEmpty)
    }

    @Test("text after a closing quote (\"张三\"x) is a bad row too, with the line the cell ran on into; later rows stay rows")
    func textAfterClosingQuote() throws {
        let register = try Register.inMemory()
        // The reader stays inside the quotes after 分, until the quote that ends 市第二中学.
        let file = try scratch.write("after.csv", """
            姓名,工作单位,证件号码
            王五,"市第一中学"分校,\(wang)
            李四,"市第二中学",\(li)
            赵六,市第三中学,\(zhao)

            """)
        let result = try register.importSheet(file, MemberImportOptions(skipBadRows: true, effective: sampleEffective))
        #expect(result.errors.count == 1)
        let error = try #require(result.errors.first)
        #expect(error.row == 2 && error.column == "工作单位")
        #expect(error.value.hasPrefix("\"市第一中学\"分"))
        #expect(error.reason.hasPrefix("has text after its closing quote"))
        #expect(error.reason.hasSuffix("the next 1 line ran into this cell"))
        #expect(try register.everyone().map(\.name) == ["赵六"])
    }

    @Test("cells quoted properly still hold commas, doubled quotes and line breaks, and rows keep their numbers",
          arguments: [SheetEncoding.utf8, .gb18030])
    func goodQuotingIsUntouched(encoding: SheetEncoding) throws {
        let text = "\u{FEFF}姓名,备注,民族\r\n\"张,三\",\"第一行\n第二行 \"\"引号\"\"\",汉族\r\n李四,,火星族\r\n"
        let file = scratch.file("good.csv")
        try (encoding == .utf8 ? Data(text.utf8) : gb18030(String(text.dropFirst()))).write(to: file)
        let register = try Register.inMemory()
        let result = try register.importSheet(file, MemberImportOptions(skipBadRows: true, effective: sampleEffective))
        #expect(result.errors.map { "\($0.row) \($0.column)" } == ["3 民族"])
        #expect(try register.everyone().first?.notes == "第一行\n第二行 \"引号\"")
    }

    @Test("a quote never closed in a GB18030 sheet is found the same way")
    func neverClosedInGB18030() throws {
        let file = scratch.file("gb.csv")
        try gb18030(sheet).write(to: file)
        let result = try Register.inMemory().importSheet(file)
        #expect(result.errors.map { "\($0.row) \($0.column) \($0.value)" } == ["3 姓名 \"张三,男,1970-01-01,\(zhang.prefix(7))…"])
    }

    @Test("a header that opens a quote it never closes makes the sheet unreadable")
    func header() throws {
        let file = try scratch.write("header.csv", "姓名,\"性别\n张三,男\n")
        #expect {
            try Register.inMemory().importSheet(file)
        } throws: { error in
            guard case MemberSheetError.malformed(_, let reason) = error else { return false }
            return reason.contains("never closed")
        }
    }

    @Test("a stray quote early in a long sheet reports how much ran into it, and the cell read stays bounded")
    func longSheet() throws {
        var text = "姓名,备注\n王五,\"备注\n"
        for index in 0..<3_000 { text += "成员\(index),\(String(repeating: "说明", count: 20))\n" }
        let rejects = scratch.file("rejects.csv")
        let result = try Register.inMemory().importSheet(
            try scratch.write("long.csv", text),
            MemberImportOptions(skipBadRows: true, effective: sampleEffective, rejectsURL: rejects))
        #expect(result.errors.map(\.row) == [2])
        #expect(result.errors.first?.reason.contains("(3000 lines)") == true)
        #expect(result.imported == 0)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: rejects.path)[.size] as? Int)
        #expect(size < 65_536 + 1_000, "the rejects file holds the cell as read, cut off at 64 KiB")
    }
}
