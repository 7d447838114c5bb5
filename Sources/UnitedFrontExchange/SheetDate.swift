public import UnitedFront

/// A date as Excel users type it in a member sheet, parsed to a ``LocalDate``.
///
/// Accepted forms: `2022-03-01`, `2022-3-1`, `2022/3/1`, `2022.03.01`, `20220301`, `2022年3月1日`,
/// and the month forms `2022-03`, `2022/3`, `2022.3`, `202203`, `2022年3月`, which mean the first day
/// of that month (``Precision/month``). A trailing midnight time that Excel adds when it saves dates
/// (`2022/3/1 0:00`, `2022-03-01 00:00:00`) is ignored. Text typed with a Chinese input method in
/// full-width mode reads the same: full-width digits, separators and spaces (`２０２２－０５－０１`,
/// `２０２２年５月１日`, `２０２２／５／１`) are taken as their ASCII forms.
///
/// **Threading.** A value type: `Sendable`.
public struct SheetDate: Hashable, Sendable {
    /// How much of the date the cell gave.
    public enum Precision: Hashable, Sendable {
        /// Year, month and day.
        case day
        /// Year and month only: ``SheetDate/date`` is the first of the month.
        case month
    }

    /// The date; the first of the month for ``Precision/month``.
    public let date: LocalDate
    /// How much the cell gave.
    public let precision: Precision

    /// What ``parse(_:)`` accepts, for error messages.
    public static let acceptedForms = "2022-03-01, 2022/3/1, 2022.03.01, 20220301, 2022年3月1日 or 2022-03"

    /// Parses `text`; nil when it is not one of the accepted forms or names no real day.
    public static func parse(_ text: String) -> SheetDate? {
        var scalars = Array(text.halfWidth().unicodeScalars.filter { !$0.properties.isWhitespace || $0 == " " })
        while scalars.first == " " { scalars.removeFirst() }
        while scalars.last == " " { scalars.removeLast() }
        if let space = scalars.firstIndex(of: " ") {
            let time = scalars[(space + 1)...].filter { $0 != " " }
            guard !time.isEmpty, time.allSatisfy({ $0 == "0" || $0 == ":" }), time.contains(":") else { return nil }
            scalars = Array(scalars[..<space])
        }
        guard !scalars.isEmpty else { return nil }
        let isDigit: (Unicode.Scalar) -> Bool = { ("0"..."9").contains($0) }
        var parts: [String] = []
        if scalars.allSatisfy(isDigit) {
            let digits = String(String.UnicodeScalarView(scalars))
            switch digits.count {
            case 8: parts = [String(digits.prefix(4)), String(digits.dropFirst(4).prefix(2)), String(digits.suffix(2))]
            case 6: parts = [String(digits.prefix(4)), String(digits.suffix(2))]
            default: return nil
            }
        } else if scalars.contains("年") {
            // 2022年3月1日 or 2022年3月
            var current = "", expected: [Unicode.Scalar] = ["年", "月", "日"]
            for scalar in scalars {
                if isDigit(scalar) {
                    current.unicodeScalars.append(scalar)
                } else {
                    guard let marker = expected.first, scalar == marker, !current.isEmpty else { return nil }
                    parts.append(current)
                    current = ""
                    expected.removeFirst()
                }
            }
            guard current.isEmpty, parts.count >= 2 else { return nil }
        } else {
            guard let separator = scalars.first(where: { !isDigit($0) }), ["-", "/", "."].contains(separator) else {
                return nil
            }
            parts = String(String.UnicodeScalarView(scalars)).split(separator: Character(separator), omittingEmptySubsequences: false)
                .map(String.init)
            guard parts.allSatisfy({ !$0.isEmpty && $0.unicodeScalars.allSatisfy(isDigit) }) else { return nil }
        }
        guard (2...3).contains(parts.count), parts[0].count == 4, parts[1].count <= 2, parts.count == 2 || parts[2].count <= 2,
            let year = Int(parts[0]), let month = Int(parts[1])
        else { return nil }
        let day = parts.count == 3 ? Int(parts[2]) : 1
        guard let day, let date = LocalDate(year: year, month: month, day: day) else { return nil }
        return SheetDate(date: date, precision: parts.count == 3 ? .day : .month)
    }
}
