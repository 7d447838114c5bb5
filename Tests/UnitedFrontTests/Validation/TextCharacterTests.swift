import Testing
@testable import UnitedFront

/// Garbage does not get in as names: control characters and over-long values are refused with a typed
/// error (defect 7, the library's side; the importer's unterminated quotes are the Exchange tests').
@Suite("Text fields refuse control characters and over-long values")
struct TextCharacterTests {
    let register: Register
    init() throws { register = try Register.inMemory() }

    @Test("a NUL inside a name is refused, naming the field and the character",
          arguments: ["张\u{0}三", "张三,男,1970-01-01\n\"三", "张\u{1B}三", "张\t三"])
    func controlCharacters(name: String) throws {
        #expect(throws: ValidationError.self) { try register.add(MemberRecord(name: name), effective: "2020-01-01", by: clerk) }
        do {
            try register.add(MemberRecord(name: name), effective: "2020-01-01", by: clerk)
        } catch let error as ValidationError {
            #expect(error.field == "name")
            guard case .controlCharacter = error.reason else { Issue.record("reason \(error.reason)"); return }
        }
        #expect(try count("member", in: register) == 0)
    }

    @Test("exactly the Unicode control characters (category Cc: U+0000–U+001F, U+007F–U+009F) are refused; notes keep \\n \\r \\t")
    func controlCharacterRule() throws {
        let scalars = (0...0x2FF).compactMap(Unicode.Scalar.init) + ["\u{2028}", "\u{3000}", "\u{FEFF}", "\u{1F600}", "中"]
        for scalar in scalars {
            let isControl = scalar.properties.generalCategory == .control
            for field in [MemberField.name, .notes] {
                let refused: Bool
                do {
                    try RecordValidator.checkCharacters("张\(Character(scalar))三", field: field)
                    refused = false
                } catch let error as ValidationError {
                    refused = true
                    #expect(error.reason == .controlCharacter(scalar.value), "U+\(String(scalar.value, radix: 16))")
                }
                let expected = isControl && !(field == .notes && ["\n", "\r", "\t"].contains(scalar))
                #expect(refused == expected, "U+\(String(scalar.value, radix: 16)) in \(field)")
            }
        }
    }

    @Test("notes keep line breaks and tabs; a trailing line break is trimmed from a name")
    func notesAndTrimming() throws {
        var record = MemberRecord(name: "李四\n")
        record.notes = "第一行\n第二行\t备注"
        let id = try register.add(record, effective: "2020-01-01", by: clerk)
        #expect(try register.member(id)?.name == "李四")
        #expect(try register.member(id)?.notes == "第一行\n第二行\t备注")
    }

    @Test("an over-long work unit is refused")
    func overLong() throws {
        var record = MemberRecord(name: "王五")
        record.workUnit = String(repeating: "单", count: 201)
        #expect(throws: ValidationError(field: "work_unit", value: record.workUnit!, reason: .tooLong(maximum: 200))) {
            try register.add(record, effective: "2020-01-01", by: clerk)
        }
    }
}
