import Foundation
import Testing
import UnitedFrontTestSupport
import UnitedFront
import UnitedFrontExchange

/// `text` converted by the system's iconv, as a file would come from Excel on Chinese Windows.
func gb18030(_ text: String) throws -> Data {
    let iconv = Process()
    iconv.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
    iconv.arguments = ["-f", "UTF-8", "-t", "GB18030"]
    let input = Pipe(), output = Pipe()
    iconv.standardInput = input
    iconv.standardOutput = output
    try iconv.run()
    let writer = Thread { input.fileHandleForWriting.write(Data(text.utf8)); try? input.fileHandleForWriting.close() }
    writer.start()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    iconv.waitUntilExit()
    return data
}

@Suite("Encodings and CSV quoting")
struct EncodingTests {
    @Test("a GB18030 sheet whose first 100 KB are ASCII is still detected, and characters split between chunks survive")
    func lateNonASCIIIsDetected() throws {
        let scratch = try ScratchDirectory()
        var text = "name,document_number,notes\n"
        for i in 0..<2_000 { text += "Batu\(i),,\(String(repeating: "x", count: 40))\n" }
        let names = (0..<3_000).map { "乌云其木格\($0)·阿依古丽" }
        for name in names { text += "\(name),,备注：蒙古族、维吾尔族\n" }
        let file = scratch.file("late.csv")
        try gb18030(text).write(to: file)
        #expect(try SheetEncoding.detect(fileAt: file) == .gb18030)
        let register = try Register.inMemory()
        let result = try register.importSheet(file)
        #expect(result.imported == 5_000 && result.errors.isEmpty)
        let imported = try register.everyone().map(\.name)
        #expect(Array(imported.suffix(3_000)) == names)
        #expect(try register.everyone().last?.notes == "备注：蒙古族、维吾尔族")
    }

    @Test("bytes that are neither UTF-8 nor GB18030 stop the import with the offset")
    func undecodable() throws {
        let scratch = try ScratchDirectory()
        let file = scratch.file("binary.csv")
        try Data("姓名\n".utf8 + [0x81, 0x20, 0xFF, 0xFF] + Data("\n".utf8)).write(to: file)
        #expect {
            try Register.inMemory().importSheet(file)
        } throws: { error in
            guard case MemberSheetError.undecodable(_, let offset) = error else { return false }
            return offset > 0
        }
    }

    @Test("a quoted cell with line breaks is one row: errors after it keep spreadsheet row numbers")
    func quotedLineBreaksCountAsOneRow() throws {
        let scratch = try ScratchDirectory()
        let sheet = try scratch.write("quoted.csv", #"""
            姓名,民族,备注
            "张,三",汉族,"第一行
            第二行, 带逗号
            第三行 ""引号"""
            李四,火星族,
            """#)
        let register = try Register.inMemory()
        let result = try register.importSheet(sheet, MemberImportOptions(skipBadRows: true, effective: sampleEffective))
        #expect(result.errors == [ImportError(row: 3, column: "民族", value: "火星族",
                                              reason: "is not a known ethnicity (a code, name or alias of the ethnicity code list)")])
        let zhang = try #require(try register.everyone().first)
        #expect(zhang.name == "张,三")
        #expect(zhang.notes == "第一行\n第二行, 带逗号\n第三行 \"引号\"")
    }

    @Test("English headers, any column order, blank lines skipped but counted")
    func englishHeadersAnyOrder() throws {
        let scratch = try ScratchDirectory()
        let id = citizenID("150102", born: "1991-02-03", sequence: 71)
        let sheet = try scratch.write("english.csv", "document_number,ethnicity,name\r\n\r\n\(id),MG,Batu\r\n,,\r\n\(id),蒙古,Batu\r\n")
        let result = try Register.inMemory().importSheet(sheet, MemberImportOptions(skipBadRows: true))
        #expect(result.imported == 1)
        #expect(result.errors.map(\.row) == [5])            // rows 2 and 4 are blank
        #expect(result.errors.first?.column == "document_number")
    }
}
