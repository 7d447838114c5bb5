/// A plain-text table whose columns line up for Chinese text: CJK characters take two terminal cells.
///
/// ```swift
/// var table = TextTable(["姓名", "职务"])
/// table.append(["乌云其木格", "副校长"])
/// print(table.render())
/// ```
struct TextTable {
    /// The header cells.
    var headers: [String]
    /// The body rows; a row shorter than the header leaves its last columns empty.
    var rows: [[String]] = []

    /// A table with these headers and no rows.
    init(_ headers: [String]) { self.headers = headers }

    /// Adds a row.
    mutating func append(_ row: [String]) { rows.append(row) }

    /// The table, one line per row under a header and a rule, columns separated by two spaces. Line
    /// breaks inside cells become spaces; the last column is not padded.
    func render() -> String {
        let body = rows.map { $0.map(Self.flattened) }
        var widths = headers.map(Self.displayWidth)
        for row in body {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], Self.displayWidth(cell))
            }
        }
        func line(_ cells: [String]) -> String {
            let padded = cells.count < widths.count ? cells + Array(repeating: "", count: widths.count - cells.count) : cells
            let text = padded.enumerated().map { index, cell in
                index >= widths.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - Self.displayWidth(cell))
            }.joined(separator: "  ")
            return String(text.reversed().drop(while: { $0 == " " }).reversed())
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([line(headers), rule] + body.map(line)).joined(separator: "\n")
    }

    /// `text` on one line: line breaks and tabs become spaces.
    static func flattened(_ text: String) -> String {
        String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }

    /// Terminal cells `text` occupies: East Asian wide and full-width characters count two, combining
    /// marks and zero-width characters none.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { width, scalar in
            switch scalar.value {
            case 0x0300...0x036F, 0x200B...0x200F, 0xFE00...0xFE0F: width
            case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
                 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
                 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD: width + 2
            default: width + 1
            }
        }
    }
}
