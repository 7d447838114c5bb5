import UnitedFront

extension Timestamp {
    /// The instant in China Standard Time to the second, as tables print it: `2021-01-15 10:00:00`.
    var chinaTime: String {
        let offset: Int64 = 8 * 3_600_000
        let day = date(utcOffsetSeconds: 8 * 3600)
        let millisOfDay = millisecondsSince1970 + offset - Int64(day.daysSince1970) * 86_400_000
        func pad(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let hours = millisOfDay / 3_600_000, minutes = millisOfDay / 60_000 % 60, seconds = millisOfDay / 1000 % 60
        return "\(day.iso8601) \(pad(hours)):\(pad(minutes)):\(pad(seconds))"
    }
}
