import Foundation
import Testing
import UnitedFrontTestSupport
import UnitedFront
import UnitedFrontExchange

@Suite("Dates as Excel users type them")
struct SheetDateTests {
    @Test("every accepted day form reads as 2022-03-01", arguments: [
        "2022-03-01", "2022-3-1", "2022/3/1", "2022/03/01", "2022.03.01", "2022.3.1", "20220301", "2022年3月1日",
        " 2022/3/1 ", "2022/3/1 0:00", "2022-03-01 00:00:00",
    ])
    func dayForms(text: String) throws {
        let parsed = try #require(SheetDate.parse(text))
        #expect(parsed.date == "2022-03-01")
        #expect(parsed.precision == .day)
    }

    @Test("a month alone means its first day", arguments: ["2022-03", "2022/3", "2022.03", "202203", "2022年3月"])
    func monthForms(text: String) throws {
        let parsed = try #require(SheetDate.parse(text))
        #expect(parsed.date == "2022-03-01")
        #expect(parsed.precision == .month)
    }

    @Test("dates typed with a Chinese input method in full-width mode read the same", arguments: [
        "２０２２－０３－０１", "２０２２－３－１", "２０２２／３／１", "２０２２．０３．０１", "２０２２０３０１", "２０２２年３月１日",
        "　２０２２－０３－０１　", "２０２２/3/1", "２０２２／３／１　０：００",
    ])
    func fullWidthDayForms(text: String) throws {
        let parsed = try #require(SheetDate.parse(text))
        #expect(parsed.date == "2022-03-01")
        #expect(parsed.precision == .day)
    }

    @Test("a full-width month alone means its first day", arguments: ["２０２２－０３", "２０２２年３月", "２０２２０３"])
    func fullWidthMonthForms(text: String) throws {
        let parsed = try #require(SheetDate.parse(text))
        #expect(parsed.date == "2022-03-01")
        #expect(parsed.precision == .month)
    }

    @Test("full-width text that names no real day is refused", arguments: ["２０２２－０２－３０", "２０２２－１３－０１", "２０２２年３月１"])
    func fullWidthRefused(text: String) {
        #expect(SheetDate.parse(text) == nil)
    }

    @Test("a sheet typed in full-width mode imports its birth dates and category start dates")
    func fullWidthSheet() throws {
        let scratch = try ScratchDirectory()
        let id = citizenID("150102", born: "1980-02-03", sequence: 11)
        let sheet = try scratch.write("fullwidth.csv", """
            姓名,出生日期,证件号码,统战类别,类别起始日期
            王五,１９８０－０２－０３,\(id),无党派人士,２０２２年５月１日
            赵六,１９７９／１１／１２,,少数民族人士,２０２２．０５．０１

            """)
        let register = try Register.inMemory()
        let result = try register.importSheet(sheet, MemberImportOptions(effective: "2024-01-01"))
        #expect(result.imported == 2 && result.errors.isEmpty, "\(result.errors)")
        let members = try register.everyone(on: "2024-06-30")
        #expect(members.map(\.birthDate) == ["1980-02-03", "1979-11-12"])
        #expect(members.map { $0.categories.first?.since } == ["2022-05-01", "2022-05-01"])
    }

    @Test("days that do not exist and other text are refused", arguments: [
        "2022-02-30", "2022-13-01", "22-03-01", "2022/3/1 8:30", "三月一日", "2022-03-01x", "2022--03", "", "44621",
        "2022年3月1", "2022-3/1",
    ])
    func refused(text: String) {
        #expect(SheetDate.parse(text) == nil)
    }
}
