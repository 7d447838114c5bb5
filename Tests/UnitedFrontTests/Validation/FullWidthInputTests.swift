import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

/// Text typed with a Chinese input method: full-width digits, letters and spaces in numbers, dates and
/// codes are read as ASCII by the library itself, so every entry point accepts them.
@Suite("Full-width input is read as ASCII")
struct FullWidthInputTests {
    let register: Register
    init() throws { register = try Register.inMemory() }

    func fullWidth(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            (0x21...0x7E).contains(scalar.value) ? Unicode.Scalar(scalar.value + 0xFEE0)! : scalar
        }))
    }

    @Test("a citizen ID, a mobile, a birth date, a region and codes typed full-width are stored in ASCII")
    func record() throws {
        let number = citizenID(born: "1978-02-03", sequence: 22)
        var record = MemberRecord(name: "乌云其木格")
        record.documentNumber = fullWidth(number)
        record.mobile = fullWidth("13947112345")
        record[.birthDate] = fullWidth("1978-02-03")
        record.region = fullWidth("150102")
        record.ethnicity = Ethnicity(fullWidth("02"))
        record.politicalStatus = PoliticalStatus(fullWidth("13"))
        let id = try register.add(record, effective: "2021-01-01", by: clerk)
        let member = try #require(try register.member(id))
        #expect(member.documentNumber == number)
        #expect(member.mobile == "13947112345")
        #expect(member.birthDate == "1978-02-03")
        #expect(member.region == "150102")
        #expect(member.ethnicity == "02" && member.politicalStatus == .masses)
    }

    @Test("look-ups and parsers take full-width text too")
    func parsers() throws {
        #expect(try CitizenID(fullWidth("11010519491231002x")).number == "11010519491231002X")
        #expect(try LocalDate(iso8601: fullWidth("2022-05-01")) == "2022-05-01")
        #expect(try MobileNumber(fullWidth("139 4711 2345")).digits == "13947112345")
        #expect(register.codes[.category]?.lookup(fullWidth("NON_PARTISAN"))?.code == "NON_PARTISAN")
        #expect("１２３　ＡＢＣ".halfWidth() == "123 ABC")
        #expect("无党派、人士".halfWidth() == "无党派、人士", "Chinese punctuation is left alone")
    }

    @Test("a full-width number that fails its check is refused with the value as typed")
    func refusedAsTyped() throws {
        let typed = fullWidth("110105194912310021")
        #expect(throws: ValidationError(field: .documentNumber, value: typed, reason: .checksum(expected: "X"))) {
            try CitizenID(typed)
        }
    }
}
