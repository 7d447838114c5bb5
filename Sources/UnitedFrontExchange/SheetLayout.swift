import Foundation
import UnitedFront

/// The header row of a sheet: which column each position holds, and the header text as written, for
/// error reports.
struct SheetLayout {
    /// The header cells as written, trimmed.
    let headers: [String]
    /// The column at each position; nil for an empty header (its cells must be empty).
    let columns: [MemberSheetColumn?]
    /// The position of each column present.
    let positions: [MemberSheetColumn: Int]

    /// Reads a header row.
    /// - Throws: ``MemberSheetError/unknownHeaders(_:known:)``, ``MemberSheetError/duplicateHeader(_:columns:)``.
    init(headers raw: [String]) throws(MemberSheetError) {
        var headers = raw.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        if let first = headers.first, first.hasPrefix("\u{FEFF}") { headers[0] = String(first.dropFirst()) }
        while headers.last == "" { headers.removeLast() }
        var columns: [MemberSheetColumn?] = []
        var unknown: [String] = []
        var positions: [MemberSheetColumn: Int] = [:]
        for (index, header) in headers.enumerated() {
            guard !header.isEmpty else {
                columns.append(nil)
                continue
            }
            guard let column = MemberSheetColumn.named(header) else {
                unknown.append(header)
                columns.append(nil)
                continue
            }
            if let earlier = positions[column] {
                throw .duplicateHeader(header, columns: [earlier + 1, index + 1])
            }
            positions[column] = index
            columns.append(column)
        }
        guard unknown.isEmpty else {
            throw .unknownHeaders(unknown, known: MemberSheetColumn.allCases.map(\.description))
        }
        self.headers = headers
        self.columns = columns
        self.positions = positions
    }

    /// Whether the sheet names its columns in English (its first named column does).
    var usesEnglish: Bool {
        guard let index = columns.firstIndex(where: { $0 != nil }), let column = columns[index] else { return false }
        return headers[index].lowercased() == column.englishAlias
    }

    /// The header of `column` as written, or its Chinese header when the sheet lacks it.
    func header(of column: MemberSheetColumn) -> String {
        positions[column].map { headers[$0] } ?? (usesEnglish ? column.englishAlias : column.chineseHeader)
    }

    /// The trimmed text of `column` in `cells`; nil when the sheet lacks the column or the cell is empty.
    func value(of column: MemberSheetColumn, in cells: [String]) -> String? {
        guard let index = positions[column], index < cells.count else { return nil }
        let value = cells[index].trimmingSpaces()
        return value.isEmpty ? nil : value
    }

    /// The cell of `column` as written (untrimmed), or "" when absent.
    func rawValue(of column: MemberSheetColumn, in cells: [String]) -> String {
        guard let index = positions[column], index < cells.count else { return "" }
        return cells[index]
    }
}
