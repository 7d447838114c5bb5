/// A calendar date with no time and no time zone: a birth date, an effective date.
///
/// Stored in the database as ISO 8601 text (`2021-03-01`), which sorts in date order. Effective dates
/// in the register are days: a change "effective 2021-03-01" is true from the start of that day.
///
/// ```swift
/// let appointed: LocalDate = "2021-03-01"          // a literal must be valid, or it traps
/// let parsed = try LocalDate(iso8601: input)      // input from users throws ValidationError
/// ```
public struct LocalDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    /// The year, 1…9999.
    public let year: Int
    /// The month, 1…12.
    public let month: Int
    /// The day of the month, 1…28/29/30/31.
    public let day: Int

    /// Creates a date, or nil when no such day exists (2023-02-29).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Self.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` strictly (surrounding spaces ignored, full-width digits and dashes as typed
    /// with a Chinese input method read as ASCII); throws a ``ValidationError`` naming `field` otherwise.
    public init(iso8601 text: String, field: ValidationError.Field = .date) throws(ValidationError) {
        guard let date = Self.parse(text.trimmingSpaces().halfWidth()) else {
            throw ValidationError(field: field, value: text, reason: .malformedDate)
        }
        self = date
    }

    /// A date literal such as `"2021-03-01"`. An invalid literal is a programming error and traps.
    public init(stringLiteral value: String) {
        guard let date = Self.parse(value) else { preconditionFailure("invalid date literal \(value)") }
        self = date
    }

    /// The date `days` days after 1970-01-01 (negative before it).
    public init(daysSince1970 days: Int) {
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        self.month = month
        self.day = day
    }

    /// Days from 1970-01-01 to this date.
    public var daysSince1970: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date `days` later (earlier when negative).
    public func adding(days: Int) -> LocalDate { LocalDate(daysSince1970: daysSince1970 + days) }

    /// Whole years from this date to `date`: the age on `date` of someone born on this date.
    public func years(until date: LocalDate) -> Int {
        var years = date.year - year
        if (date.month, date.day) < (month, day) { years -= 1 }
        return years
    }

    /// Today's date in UTC+8 (China Standard Time), the register's civil calendar.
    public static func today(clock: Timestamp) -> LocalDate {
        clock.date(utcOffsetSeconds: 8 * 3600)
    }

    /// `2021-03-01`.
    public var description: String { iso8601 }

    /// `2021-03-01`.
    public var iso8601: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// Orders dates chronologically.
    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Decodes from `YYYY-MM-DD` text.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self = try LocalDate(iso8601: text)
    }

    /// Encodes as `YYYY-MM-DD` text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso8601)
    }

    /// Whether `year` is a Gregorian leap year.
    public static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Parses exactly `YYYY-MM-DD`.
    static func parse(_ text: String) -> LocalDate? {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        guard let year = digits(bytes[0..<4]), let month = digits(bytes[5..<7]), let day = digits(bytes[8..<10])
        else { return nil }
        return LocalDate(year: year, month: month, day: day)
    }

    /// The decimal value of ASCII digits, or nil if any byte is not a digit.
    static func digits(_ bytes: ArraySlice<UInt8>) -> Int? {
        var value = 0
        for byte in bytes {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}

extension LocalDate {
    /// A date the register wrote; a malformed one means the file was altered outside the library.
    static func stored(_ text: String) throws -> LocalDate {
        guard let date = parse(text) else { throw RegisterError.schema("stored date \"\(text)\" is malformed") }
        return date
    }
}

extension LocalDate: DatabaseValueConvertible {
    var databaseValue: DatabaseValue { .text(iso8601) }
}
