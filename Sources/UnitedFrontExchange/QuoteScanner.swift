/// Follows a sheet's UTF-8 text on its way to `CSVReader`, splitting it into rows and cells exactly as
/// `CSVReader` does, to find the quoting mistakes `CSVReader` passes over in silence.
///
/// CSV.swift 2.5 reports no quoting errors. A cell that opens a quote and never closes it runs to the
/// end of the file: every later line becomes part of that one cell (`张三,男,1970-01-01\n"三,男,…`), and
/// the row looks like any other. A closing quote followed by other text (`"张三"x,`) is kept as a
/// quote, the character after it is dropped, and the cell stays open. This scanner sees the same bytes
/// in the same order and records, for each such cell, the row it began on (the header is row 1, and
/// rows are what `CSVReader` returns, so a cell with line breaks still makes one row), its column, the
/// cell's first bytes as written, and how many later lines ran into it.
///
/// It also bounds memory: once a quoted cell is longer than ``maximumCellBytes`` the rest of its text
/// is held back from `CSVReader` (quotes still pass, so the parse stays in step), so that one stray
/// quote cannot make the reader hold the rest of a million-row file in a single string.
///
/// Only ASCII bytes (`"`, `,`, CR, LF) steer the parse, and UTF-8 never uses them inside a multi-byte
/// character, so the scanner works on bytes and keeps every character whole.
///
/// **Threading.** A value type used by one import on one thread.
struct QuoteScanner {
    /// What is wrong with a quoted cell.
    enum Problem: Hashable {
        /// The file ended inside the quotes.
        case neverClosed
        /// A closing quote is followed by text other than a comma or a line break.
        case textAfterClosingQuote
        /// The cell is longer than ``maximumCellBytes``; its end was cut off.
        case tooLong
    }

    /// A quoted cell with a problem.
    struct Finding: Hashable {
        /// The row the cell began on (header = 1).
        var row: Int
        /// The cell's position in its row, from 0.
        var column: Int
        /// What is wrong.
        var problem: Problem
        /// The cell's first bytes as written, opening quote included, up to its first line break.
        var excerpt: String
        /// Whether ``excerpt`` is the whole cell.
        var excerptIsWhole: Bool
        /// Lines after the cell's first that ran into it.
        var laterLines: Int

        /// The excerpt as error reports show it: at most 24 characters, `…` where the cell goes on.
        var shownValue: String {
            excerpt.count > 24 ? String(excerpt.prefix(24)) + "…" : excerpt + (excerptIsWhole ? "" : "…")
        }

        /// Why the cell is refused, as an ``ImportError`` reason.
        var reason: String {
            let lines = laterLines == 1 ? "1 line" : "\(laterLines) lines"
            switch problem {
            case .neverClosed:
                return "opens a quote (\") that is never closed"
                    + (laterLines > 0 ? ", so the rest of the file (\(lines)) ran into this cell" : "")
                    + ": close the quote or remove it; nothing after it was read as rows"
            case .textAfterClosingQuote:
                return "has text after its closing quote: a quote inside a quoted cell is written twice (\"\")"
                    + (laterLines > 0 ? "; the next \(lines) ran into this cell" : "")
            case .tooLong:
                return "is a quoted cell longer than \(QuoteScanner.maximumCellBytes) bytes (a quote closed too late?)"
                    + (laterLines > 0 ? "; the next \(lines) ran into it" : "")
            }
        }
    }

    /// The longest quoted cell passed on whole: far more than any field takes (notes: 4,000 characters).
    static let maximumCellBytes = 1 << 16
    /// How much of a cell a finding quotes.
    private static let excerptBytes = 64

    private enum State {
        case fieldStart, unquoted, quoted, quoteInQuoted
    }

    private var state = State.fieldStart
    private var row = 1
    private var column = 0
    /// A CR ended the row: an LF right after it belongs to the same line break.
    private var afterCR = false
    /// Whether the first bytes were looked at for a byte order mark (`CSVReader` skips one).
    private var started = false

    // The quoted cell being read.
    private var cellRow = 0
    private var cellColumn = 0
    private var cellBytes = 0
    private var cellLaterLines = 0
    private var cellAfterLineBreak = false
    private var cellExcerpt: [UInt8] = []
    private var cellExcerptDone = false
    private var cellProblem: Problem?
    /// Whether the lead byte of the character being read was held back (so are its continuation bytes).
    private var holdingCharacter = false

    /// Problems found so far, in row order.
    private(set) var findings: [Finding] = []

    /// Follows `bytes`, the next chunk of UTF-8 text, and removes from it what is held back.
    mutating func scan(_ bytes: inout [UInt8]) {
        var start = 0
        if !started, !bytes.isEmpty {
            started = true
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        }
        var kept: [UInt8]?
        for index in start..<bytes.count {
            let byte = bytes[index]
            let pass = step(byte)
            if !pass, kept == nil { kept = Array(bytes[..<index]) }
            if pass, kept != nil { kept!.append(byte) }
        }
        if let kept { bytes = kept }
    }

    /// Ends the text: a cell still inside its quotes never closed.
    mutating func finish() {
        if state == .quoted {
            cellProblem = .neverClosed
            endCell()
        } else if state == .quoteInQuoted {
            endCell()
        }
        state = .fieldStart
    }

    /// Takes the findings of rows up to `row`.
    mutating func takeFindings(through row: Int) -> [Finding] {
        guard let end = findings.firstIndex(where: { $0.row > row }) else {
            defer { findings = [] }
            return findings
        }
        defer { findings.removeFirst(end) }
        return Array(findings[..<end])
    }

    /// One byte; returns whether it goes on to `CSVReader`.
    private mutating func step(_ byte: UInt8) -> Bool {
        let quote: UInt8 = 0x22, comma: UInt8 = 0x2C, cr: UInt8 = 0x0D, lf: UInt8 = 0x0A
        if afterCR {
            afterCR = false
            if byte == lf { return true }
        }
        switch state {
        case .fieldStart, .unquoted:
            switch byte {
            case quote where state == .fieldStart:
                state = .quoted
                cellRow = row
                cellColumn = column
                cellBytes = 0
                cellLaterLines = 0
                cellAfterLineBreak = false
                cellExcerpt = [quote]
                cellExcerptDone = false
                cellProblem = nil
                holdingCharacter = false
            case comma:
                state = .fieldStart
                column += 1
            case cr, lf:
                endRow(cr: byte == cr)
            default:
                state = .unquoted
            }
            return true
        case .quoted:
            noteInExcerpt(byte)
            if byte == quote {
                if cellAfterLineBreak {
                    cellAfterLineBreak = false
                    cellLaterLines += 1
                }
                state = .quoteInQuoted
                holdingCharacter = false
                return true
            }
            cellBytes += 1
            if byte == cr || byte == lf {
                cellAfterLineBreak = true
            } else if cellAfterLineBreak {
                cellAfterLineBreak = false
                cellLaterLines += 1
            }
            guard cellBytes > Self.maximumCellBytes else { return true }
            if byte & 0xC0 != 0x80 {
                holdingCharacter = true
                if cellProblem == nil { cellProblem = .tooLong }
            }
            return !holdingCharacter
        case .quoteInQuoted:
            switch byte {
            case quote:
                state = .quoted             // "" inside quotes: one quote
                noteInExcerpt(byte)
            case comma:
                endCell()
                state = .fieldStart
                column += 1
            case cr, lf:
                endCell()
                endRow(cr: byte == cr)
            default:
                // CSVReader keeps the quote, drops this character and reads on inside the quotes.
                if cellProblem == nil { cellProblem = .textAfterClosingQuote }
                state = .quoted
                cellBytes += 1
                noteInExcerpt(byte)
            }
            return true
        }
    }

    /// Adds a byte of the quoted cell to its excerpt, which stops at the first line break.
    private mutating func noteInExcerpt(_ byte: UInt8) {
        guard !cellExcerptDone else { return }
        if byte == 0x0D || byte == 0x0A || cellExcerpt.count >= Self.excerptBytes {
            cellExcerptDone = true
        } else {
            cellExcerpt.append(byte)
        }
    }

    private mutating func endRow(cr: Bool) {
        row += 1
        column = 0
        state = .fieldStart
        afterCR = cr
    }

    private mutating func endCell() {
        if let cellProblem {
            var excerpt = String(decoding: cellExcerpt, as: UTF8.self)
            while excerpt.last == "\u{FFFD}" { excerpt.removeLast() }     // a character cut by the byte limit
            findings.append(Finding(row: cellRow, column: cellColumn, problem: cellProblem, excerpt: excerpt,
                                    excerptIsWhole: !cellExcerptDone, laterLines: cellLaterLines))
        }
        cellProblem = nil
        holdingCharacter = false
    }
}
