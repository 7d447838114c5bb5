import Foundation

/// Writes CSV text: RFC 4180 quoting, CRLF-free (`\n`) line ends, UTF-8.
///
/// Kept to this one small type so that it can be swapped for the CSV package the exchange module
/// brings (BOM and GB18030 output for Excel belong there).
enum CSVWriter {
    /// The lines of a sheet: the header, then one line per row.
    static func document(headers: [String], rows: [[String]]) -> String {
        ([headers] + rows).map(line).joined(separator: "\n")
    }

    /// One record: fields joined by commas, each quoted when it holds a comma, a quote, a line break
    /// or surrounding spaces.
    static func line(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: ",")
    }

    /// `field`, quoted if it needs to be, with quotes doubled.
    static func quoted(_ field: String) -> String {
        let needsQuotes = field.contains { $0 == "," || $0 == "\"" || $0.isNewline }
            || field.first?.isWhitespace == true || field.last?.isWhitespace == true
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
