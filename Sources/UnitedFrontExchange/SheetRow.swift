import Foundation
import UnitedFront

/// One data row of a member sheet, read and checked without the database: record fields (coded ones
/// already resolved to codes), categories with their tiers and start dates, and the problems found.
struct SheetRow {
    /// A category the row puts the member in.
    struct Category {
        /// The category code.
        var code: String
        /// The tier code, when the row gives one.
        var tier: String?
        /// The start date, when the row gives one.
        var since: LocalDate?
    }

    /// The spreadsheet row number.
    let number: Int
    /// The cells as read.
    let cells: [String]
    /// The non-empty fields, in stored form where the importer can tell it.
    var values: [MemberField: String] = [:]
    /// The categories, without repeats, in the order written.
    var categories: [Category] = []
    /// The birth date a citizen ID in the row gives.
    var birthDateFromDocument: LocalDate?
    /// Everything wrong with the row so far.
    var errors: [ImportError] = []
    /// The columns with an error so far (their values are left out of ``values``).
    private(set) var refusedColumns: Set<MemberSheetColumn> = []
    /// Whether the row as a whole is wrong (more cells than headers, a cell under no header).
    private(set) var isMalformed = false

    /// Whether the register can still be asked about the row's other fields, so that one report holds
    /// every problem of the row: not when the row is malformed or its name or document is bad, which
    /// decide whether it registers a member or updates one.
    var canBeTriedOnTheRegister: Bool {
        !isMalformed && refusedColumns.isDisjoint(with: [.name, .documentNumber, .documentType])
    }

    /// Whether every cell is empty (a blank line in the sheet: skipped, but counted).
    static func isBlank(_ cells: [String]) -> Bool {
        cells.allSatisfy { $0.allSatisfy { $0.isWhitespace } }
    }

    /// The birth date the row gives or implies.
    var birthDate: LocalDate? { values[.birthDate].flatMap { try? LocalDate(iso8601: $0) } ?? birthDateFromDocument }

    /// Reads `cells` under `layout`, checking what can be checked without the database.
    init(number: Int, cells: [String], layout: SheetLayout, codes: CodeCatalog, today: LocalDate) {
        self.number = number
        self.cells = cells
        if cells.count > layout.headers.count,
            cells[layout.headers.count...].contains(where: { !$0.allSatisfy(\.isWhitespace) }) {
            isMalformed = true
            errors.append(ImportError(row: number, column: "", value: "",
                                      reason: "has \(cells.count) cells but the header has \(layout.headers.count) columns"))
        }
        for (index, column) in layout.columns.enumerated() where column == nil && index < cells.count {
            if !cells[index].allSatisfy(\.isWhitespace) {
                isMalformed = true
                errors.append(ImportError(row: number, column: "", value: cells[index],
                                          reason: "is in column \(index + 1), which has no header"))
            }
        }
        var birthPrecision = SheetDate.Precision.day
        for column in MemberSheetColumn.allCases {
            guard let value = layout.value(of: column, in: cells) else { continue }
            switch column {
            case .grade where codes[.civilServiceGrade]?.lookup(value) == nil && codes[.cadreRank]?.lookup(value) != nil
                && layout.value(of: .rank, in: cells) == nil:
                // Sheets made before 职务层次 and 职级 were two columns put 副科级 under 职级: read it as 职务层次.
                values[.rank] = codes[.cadreRank]?.lookup(value)?.code
            case .sex, .ethnicity, .politicalStatus, .education, .rank, .grade, .documentType, .documentCountry, .religion:
                let field = column.field!
                guard let list = field.codeList, let code = codes[list]?.lookup(value) else {
                    fail(column, "is not a known \(column.englishAlias.replacingOccurrences(of: "_", with: " ")) (a code, name or alias of the \(field.codeList?.rawValue ?? "") code list)", layout)
                    continue
                }
                values[field] = code.code
            case .birthDate:
                guard let date = SheetDate.parse(value) else {
                    fail(column, "is not a date (expected \(SheetDate.acceptedForms))", layout)
                    continue
                }
                values[.birthDate] = date.date.iso8601
                birthPrecision = date.precision
            case .mobile:
                do {
                    values[.mobile] = try MobileNumber(value).digits
                } catch {
                    fail(column, error.reason.description, layout)
                }
            case .region:
                do {
                    values[.region] = try RegionCode(value).code
                } catch {
                    fail(column, error.reason.description, layout)
                }
            case .categories, .categorySince, .tier, .error:
                continue
            default:
                values[column.field!] = value
            }
        }
        readCategories(layout: layout, codes: codes)
        checkDocument(layout: layout, today: today, birthPrecision: birthPrecision)
    }

    /// An error against `column` of a row, with the cell as written.
    private static func error(_ column: MemberSheetColumn, _ reason: String, row: Int, cells: [String],
                              layout: SheetLayout) -> ImportError {
        ImportError(row: row, column: layout.header(of: column), value: layout.rawValue(of: column, in: cells),
                    reason: reason)
    }

    private mutating func fail(_ column: MemberSheetColumn, _ reason: String, _ layout: SheetLayout) {
        errors.append(Self.error(column, reason, row: number, cells: cells, layout: layout))
        refusedColumns.insert(column)
        if let field = column.field { values[field] = nil }
    }

    /// Reads the birth date a citizen ID gives (for possible duplicates), and completes a birth date
    /// given as a month alone (`1970-03`) with the ID's day when the month agrees. Whether birth date and
    /// sex agree with the ID is the register's rule, not the importer's: the register refuses a row
    /// that disagrees when it is written, and ``ImportRun`` reports that against the column.
    private mutating func checkDocument(layout: SheetLayout, today: LocalDate, birthPrecision: SheetDate.Precision) {
        guard let number = values[.documentNumber] else { return }
        let type = values[.documentType].map(DocumentType.init(rawValue:)) ?? .residentIdentityCard
        guard type.isCitizenIDFormat else { return }
        let id: CitizenID
        do {
            id = try CitizenID(number, today: today)
        } catch {
            fail(.documentNumber, error.reason.description, layout)
            return
        }
        birthDateFromDocument = id.birthDate
        if birthPrecision == .month, let given = values[.birthDate], given.prefix(7) == id.birthDate.iso8601.prefix(7) {
            values[.birthDate] = id.birthDate.iso8601
        }
    }

    private mutating func readCategories(layout: SheetLayout, codes: CodeCatalog) {
        let names = layout.value(of: .categories, in: cells)
        let tiers = layout.value(of: .tier, in: cells).map(Self.split) ?? []
        let dates = layout.value(of: .categorySince, in: cells).map(Self.split) ?? []
        guard let names else {
            if !tiers.isEmpty { fail(.tier, "needs \(layout.header(of: .categories)): it applies to the row's categories", layout) }
            if !dates.isEmpty { fail(.categorySince, "needs \(layout.header(of: .categories)): it applies to the row's categories", layout) }
            return
        }
        var found: [String] = []
        for name in Self.categoryNames(in: names, list: codes[.category]) {
            guard let code = codes[.category]?.lookup(name)?.code else {
                fail(.categories, "\"\(name)\" is not a known category (a code, name or alias of the category code list)", layout)
                return
            }
            if !found.contains(code) { found.append(code) }
        }
        var tierCodes: [String] = []
        for tier in tiers {
            guard let code = codes[.tier]?.lookup(tier) else {
                fail(.tier, "\"\(tier)\" is not a known tier (一般, 代表人士, 重点代表人士 or 后备)", layout)
                return
            }
            tierCodes.append(code.code)
        }
        var sinceDates: [LocalDate] = []
        for text in dates {
            guard let date = SheetDate.parse(text) else {
                fail(.categorySince, "is not a date (expected \(SheetDate.acceptedForms))", layout)
                return
            }
            sinceDates.append(date.date)
        }
        guard tierCodes.count <= 1 || tierCodes.count == found.count else {
            fail(.tier, "gives \(tierCodes.count) tiers for \(found.count) categories: give one for all, or one per category", layout)
            return
        }
        guard sinceDates.count <= 1 || sinceDates.count == found.count else {
            fail(.categorySince, "gives \(sinceDates.count) dates for \(found.count) categories: give one for all, or one per category", layout)
            return
        }
        categories = found.enumerated().map { index, code in
            Category(code: code,
                     tier: tierCodes.count == 1 ? tierCodes[0] : tierCodes.isEmpty ? nil : tierCodes[index],
                     since: sinceDates.count == 1 ? sinceDates[0] : sinceDates.isEmpty ? nil : sinceDates[index])
        }
    }

    /// The category names in a `统战类别` cell. `；` and `;` always separate; `、` separates too, except
    /// inside a name that contains it (`香港同胞、澳门同胞`, `华侨、归侨及侨眷`): within each `；` part the
    /// longest run of `、` pieces that is a known name or alias is taken first. A piece that matches
    /// nothing is returned as it is, for the error.
    private static func categoryNames(in cell: String, list: CodeList?) -> [String] {
        var names: [String] = []
        for part in cell.split(whereSeparator: { $0 == "；" || $0 == ";" }) {
            let pieces = part.split(separator: "、").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
            var start = 0
            while start < pieces.count {
                var end = pieces.count
                while end > start + 1, list?.lookup(pieces[start..<end].joined(separator: "、")) == nil { end -= 1 }
                names.append(pieces[start..<end].joined(separator: "、"))
                start = end
            }
        }
        return names
    }

    /// `a、b；c;d` → `[a, b, c, d]`, trimmed, empty pieces dropped.
    static func split(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "、" || $0 == ";" || $0 == "；" })
            .map { String($0).trimmingSpaces() }
            .filter { !$0.isEmpty }
    }
}
