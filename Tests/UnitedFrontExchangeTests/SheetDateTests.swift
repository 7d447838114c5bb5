import Testing
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

    @Test("days that do not exist and other text are refused", arguments: [
        "2022-02-30", "2022-13-01", "22-03-01", "2022/3/1 8:30", "三月一日", "2022-03-01x", "2022--03", "", "44621",
        "2022年3月1", "2022-3/1",
    ])
    func refused(text: String) {
        #expect(SheetDate.parse(text) == nil)
    }
}
