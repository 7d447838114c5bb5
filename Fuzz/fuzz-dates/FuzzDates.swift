import FuzzSupport
import UnitedFront
import UnitedFrontExchange

/// The date parsers: `LocalDate(iso8601:)`, `Timestamp(iso8601:)` and the sheet's `SheetDate.parse` on
/// random text (as given and full-width), then a date built from the input's bytes written in every form
/// `SheetDate.acceptedForms` lists, which must parse back to the same day. A parsed value must survive a
/// round trip through its ISO 8601 text.
@main
enum FuzzDates {
    static func main() {
        Fuzzer.run { input in
            let text = input.text
            for candidate in [text, text.fullWidth] {
                try parse(candidate)
            }
            try forms(&input)
        }
    }

    static func parse(_ text: String) throws {
        if let date = try? LocalDate(iso8601: text) {
            guard try LocalDate(iso8601: date.iso8601) == date,
                LocalDate(daysSince1970: date.daysSince1970) == date
            else { Fuzzer.finding("date \(date) from \(text.debugDescription) does not round-trip") }
            _ = date.adding(days: 1).years(until: date)
        }
        if let stamp = try? Timestamp(iso8601: text) {
            guard try Timestamp(iso8601: stamp.iso8601) == stamp else {
                Fuzzer.finding("timestamp \(stamp) from \(text.debugDescription) does not round-trip")
            }
            _ = stamp.date(utcOffsetSeconds: 8 * 3600)
        }
        if let sheet = SheetDate.parse(text) {
            guard try LocalDate(iso8601: sheet.date.iso8601) == sheet.date else {
                Fuzzer.finding("sheet date \(sheet.date) from \(text.debugDescription) does not round-trip")
            }
        }
    }

    /// A day from the input written as 2022-03-01, 2022/3/1, 2022.03.01, 20220301, 2022年3月1日 and as a
    /// month (2022-03, 202203, 2022年3月), with optional midnight time and surrounding spaces.
    static func forms(_ input: inout FuzzInput) throws {
        let year = 1 + Int(UInt16(truncatingIfNeeded: input.int16())) % 9999
        let month = 1 + input.choice(12)
        let day = 1 + input.choice(31)
        guard let date = LocalDate(year: year, month: month, day: day) else { return }
        let y = String(year).leftPadded(4), mm = String(month).leftPadded(2), dd = String(day).leftPadded(2)
        let days = ["\(y)-\(mm)-\(dd)", "\(y)/\(month)/\(day)", "\(y).\(mm).\(dd)", "\(y)\(mm)\(dd)", "\(y)年\(month)月\(day)日",
                    "\(y)-\(mm)-\(dd) 00:00:00", " \(y)/\(mm)/\(dd) "]
        let months = ["\(y)-\(mm)", "\(y)\(mm)", "\(y)年\(month)月"]
        let wide = input.byte() & 1 == 1
        for text in days {
            let written = wide ? text.fullWidth : text
            guard let parsed = SheetDate.parse(written), parsed.date == date, parsed.precision == .day else {
                Fuzzer.finding("\(written.debugDescription) does not read as \(date)")
            }
        }
        for text in months {
            let written = wide ? text.fullWidth : text
            guard let parsed = SheetDate.parse(written), parsed.date == LocalDate(year: year, month: month, day: 1),
                parsed.precision == .month
            else { Fuzzer.finding("\(written.debugDescription) does not read as \(y)-\(mm)") }
        }
        let iso = "\(y)-\(mm)-\(dd)"
        guard try LocalDate(iso8601: wide ? iso.fullWidth : iso) == date,
            try Timestamp(iso8601: iso) == Timestamp(startOf: date),
            try Timestamp(iso8601: "\(iso)T00:00:00+08:00") == Timestamp(startOf: date)
        else { Fuzzer.finding("\(iso) does not parse as \(date)") }
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
