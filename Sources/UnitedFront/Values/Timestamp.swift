#if canImport(FoundationEssentials)
public import FoundationEssentials
#else
public import Foundation
#endif

/// An instant, to the millisecond: when the register learned something (a changeset's `recorded_at`).
///
/// Stored as UTC ISO 8601 text with milliseconds (`2021-03-20T02:00:00.000Z`), which sorts in time order.
public struct Timestamp: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// Milliseconds since 1970-01-01T00:00:00Z.
    public let millisecondsSince1970: Int64

    /// Creates a timestamp from milliseconds since the Unix epoch.
    public init(millisecondsSince1970: Int64) {
        self.millisecondsSince1970 = millisecondsSince1970
    }

    /// The instant `date` names, truncated to the millisecond.
    public init(_ date: Date) {
        self.init(millisecondsSince1970: Int64((date.timeIntervalSince1970 * 1000).rounded(.down)))
    }

    /// The current time.
    public static func now() -> Timestamp { Timestamp(Date()) }

    /// The start of `date` at the given UTC offset (China Standard Time by default).
    public init(startOf date: LocalDate, utcOffsetSeconds: Int = 8 * 3600) {
        self.init(millisecondsSince1970: (Int64(date.daysSince1970) * 86_400 - Int64(utcOffsetSeconds)) * 1000)
    }

    /// The last millisecond of `date` at the given UTC offset (China Standard Time by default):
    /// "as known at 2021-03-10" means everything recorded during that day.
    public init(endOf date: LocalDate, utcOffsetSeconds: Int = 8 * 3600) {
        self.init(millisecondsSince1970: Timestamp(startOf: date.adding(days: 1), utcOffsetSeconds: utcOffsetSeconds)
            .millisecondsSince1970 - 1)
    }

    /// Parses ISO 8601: `2021-03-20T10:00:00+08:00`, `2021-03-20T02:00:00.000Z`, or a bare date
    /// `2021-03-20` (the start of that day in China Standard Time).
    public init(iso8601 text: String, field: ValidationError.Field = .recordedAt) throws(ValidationError) {
        guard let parsed = Self.parse(text) else {
            throw ValidationError(field: field, value: text, reason: .malformedTimestamp)
        }
        self = parsed
    }

    /// The Foundation date for this instant.
    public var date: Date { Date(timeIntervalSince1970: Double(millisecondsSince1970) / 1000) }

    /// The calendar date of this instant at a UTC offset.
    public func date(utcOffsetSeconds: Int) -> LocalDate {
        let seconds = millisecondsSince1970.floorDivided(by: 1000) + Int64(utcOffsetSeconds)
        return LocalDate(daysSince1970: Int(seconds.floorDivided(by: 86_400)))
    }

    /// `2021-03-20T02:00:00.000Z`.
    public var iso8601: String {
        let day = date(utcOffsetSeconds: 0)
        let millisOfDay = millisecondsSince1970 - Int64(day.daysSince1970) * 86_400_000
        let hours = millisOfDay / 3_600_000, minutes = millisOfDay / 60_000 % 60
        let seconds = millisOfDay / 1000 % 60, millis = millisOfDay % 1000
        func pad(_ value: Int64, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(day.iso8601)T\(pad(hours, 2)):\(pad(minutes, 2)):\(pad(seconds, 2)).\(pad(millis, 3))Z"
    }

    /// `2021-03-20T02:00:00.000Z`.
    public var description: String { iso8601 }

    /// Orders instants chronologically.
    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.millisecondsSince1970 < rhs.millisecondsSince1970
    }

    /// Decodes from ISO 8601 text.
    public init(from decoder: any Decoder) throws {
        self = try Timestamp(iso8601: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes as UTC ISO 8601 text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso8601)
    }

    static func parse(_ text: String) -> Timestamp? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 10, let day = LocalDate.parse(String(decoding: bytes[0..<10], as: UTF8.self)) else {
            return nil
        }
        if bytes.count == 10 { return Timestamp(startOf: day) }
        guard bytes.count >= 20, bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "),
            bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
            let hours = LocalDate.digits(bytes[11..<13]), hours < 24,
            let minutes = LocalDate.digits(bytes[14..<16]), minutes < 60,
            let seconds = LocalDate.digits(bytes[17..<19]), seconds < 60
        else { return nil }
        var index = 19
        var millis = 0
        if bytes[index] == UInt8(ascii: ".") {
            let start = index + 1
            index = start
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            guard index > start, let fraction = LocalDate.digits(bytes[start..<min(index, start + 3)]) else { return nil }
            millis = fraction * [100, 10, 1][min(index, start + 3) - start - 1]
        }
        guard index < bytes.count else { return nil }
        var offset = 0
        switch bytes[index] {
        case UInt8(ascii: "Z"):
            guard index + 1 == bytes.count else { return nil }
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            guard index + 6 == bytes.count, bytes[index + 3] == UInt8(ascii: ":"),
                let h = LocalDate.digits(bytes[index + 1..<index + 3]), let m = LocalDate.digits(bytes[index + 4..<index + 6])
            else { return nil }
            offset = (h * 3600 + m * 60) * (bytes[index] == UInt8(ascii: "+") ? 1 : -1)
        default:
            return nil
        }
        let secondsOfDay = hours * 3600 + minutes * 60 + seconds
        let epochSeconds = Int64(day.daysSince1970) * 86_400 + Int64(secondsOfDay) - Int64(offset)
        return Timestamp(millisecondsSince1970: epochSeconds * 1000 + Int64(millis))
    }
}

extension Int64 {
    fileprivate func floorDivided(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}

extension Timestamp: DatabaseValueConvertible {
    var databaseValue: DatabaseValue { .text(iso8601) }
}
