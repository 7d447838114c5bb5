import UnitedFront

/// One import inside its write transaction: applies rows one by one and keeps the tally.
///
/// Each row is applied in a savepoint of the import's transaction, so a row the register refuses
/// (even after it began writing) leaves no trace and the next rows go on (skip-bad-rows mode). Only
/// failures of the database itself stop the whole import.
///
/// The register validates what rows write (birth date and sex against a citizen ID among the rest):
/// its refusals are reported against the sheet's columns, every one of them for a row, and a row the
/// importer already found bad is still put to the register (and rolled back) so that one report lists
/// all of its problems.
final class ImportRun {
    private let transaction: RegisterTransaction
    private let codes: CodeCatalog
    private let layout: SheetLayout
    private let effective: LocalDate
    private let today: LocalDate
    private let rejects: RejectsWriter?
    /// What the import has done so far.
    private(set) var result = ImportResult()
    /// For each member id, the row of this file that imported or matched the member (0: none), so
    /// that a second row for the same person is reported as a duplicate within the file. Four bytes
    /// per member id: 4 MB for a million members.
    private var rowOfMember: [Int32] = []

    init(transaction: RegisterTransaction, layout: SheetLayout, effective: LocalDate, today: LocalDate,
         rejects: RejectsWriter?) {
        self.transaction = transaction
        self.codes = transaction.codes
        self.layout = layout
        self.effective = effective
        self.today = today
        self.rejects = rejects
    }

    /// Imports one data row; a row with a quoting problem (`quoting`) is refused as it is, since its
    /// cells are not what the sheet meant.
    /// - Throws: only what stops the whole import: ``DatabaseError``, rejects-file write errors.
    func process(_ cells: [String], row number: Int, quoting: [QuoteScanner.Finding] = []) throws {
        guard quoting.isEmpty else {
            try reject(cells, errors: quoting.map { finding in
                ImportError(row: number, column: finding.column < layout.headers.count ? layout.headers[finding.column] : "",
                            value: finding.shownValue, reason: finding.reason)
            })
            return
        }
        guard !SheetRow.isBlank(cells) else { return }
        var row = SheetRow(number: number, cells: cells, layout: layout, codes: codes, today: today)
        if row.canBeTriedOnTheRegister {
            do {
                try transaction.savepoint { try apply(row) }
            } catch let refusal as RowRefusal {
                row.errors += refusal.errors
            }
        }
        guard !row.errors.isEmpty else { return }
        try reject(cells, errors: row.errors)
    }

    private func reject(_ cells: [String], errors: [ImportError]) throws {
        result.rejected += 1
        result.errors += errors
        rejects?.write(cells, errors: errors)
    }

    // MARK: Rows

    /// A row refused: what the register (or the importer, from what it knows of the file) found wrong.
    /// Thrown out of the row's savepoint, which undoes whatever the row had written.
    private struct RowRefusal: Error {
        var errors: [ImportError]

        init(_ errors: [ImportError]) { self.errors = errors }
        init(_ error: ImportError) { self.errors = [error] }
    }

    private func apply(_ row: SheetRow) throws {
        var existing: MemberID?
        if let number = row.values[.documentNumber] {
            existing = try transaction.memberID(
                documentType: row.values[.documentType].map(DocumentType.init(rawValue:)) ?? .residentIdentityCard,
                documentNumber: number, country: row.values[.documentCountry].map(Country.init(rawValue:)))
        }
        if let existing {
            try update(existing, from: row)
        } else {
            try register(row)
        }
    }

    private func register(_ row: SheetRow) throws {
        guard let name = row.values[.name] else {
            throw refusal(row, .name, "is required for a new member (no member has this row's document)")
        }
        let since = row.categories.map { $0.since ?? effective }
        let registration = ([effective] + since).min()!
        var duplicates: [MemberID] = []
        if let birthDate = row.birthDate {
            duplicates = try transaction.memberIDs(named: name, bornOn: birthDate)
        }
        let id = try writeRecord(row) { values in
            var record = MemberRecord(name: name)
            for (field, value) in values { record[field] = value }
            return try transaction.add(record, effective: registration)
        }
        try afterFirstWrite(row) {
            for category in row.categories {
                try transaction.enter(id, category: Category(rawValue: category.code), tier: category.tier.map(Tier.init(rawValue:)) ?? .general,
                                      effective: category.since ?? effective)
            }
        }
        mark(id, row: row.number)
        result.imported += 1
        if !duplicates.isEmpty, let birthDate = row.birthDate {
            result.possibleDuplicates.append(PossibleDuplicate(row: row.number, name: name, birthDate: birthDate,
                                                               existingMemberIDs: duplicates))
        }
    }

    private func update(_ id: MemberID, from row: SheetRow) throws {
        let earlier = id.rawValue < rowOfMember.count ? Int(rowOfMember[Int(id.rawValue)]) : 0
        guard earlier == 0 else {
            throw refusal(row, .documentNumber, "duplicates row \(earlier) of this file (the same document)")
        }
        guard let current = try transaction.member(id, asOf: effective) else {
            let registered = try transaction.member(id)?.registeredOn
            throw RowRefusal(ImportError(
                row: row.number, column: "", value: "",
                reason: "member \(id) with this document entered the register on \(registered.map(\.iso8601) ?? "?"),"
                    + " after the effective date \(effective)"))
        }
        enum Plan {
            case enter(String, since: LocalDate, tier: String)
            case changeTier(String, on: LocalDate, to: String)
        }
        var plans: [Plan] = []
        for category in row.categories {
            let code = Category(rawValue: category.code)
            var held = current.membership(in: code).map { ($0, effective) }
            if held == nil, let since = category.since, since != effective,
                let then = try transaction.member(id, asOf: since), let membership = then.membership(in: code) {
                held = (membership, since)
            }
            if let (membership, date) = held {
                if let tier = category.tier, tier != membership.tier.rawValue {
                    plans.append(.changeTier(category.code, on: date, to: tier))
                }
                continue
            }
            let since = category.since ?? effective
            guard current.status == .active else {
                throw refusal(row, .categories, "cannot enter a category: member \(id) is archived")
            }
            guard since >= current.registeredOn else {
                throw refusal(row, .categorySince,
                              "is before member \(id) entered the register (\(current.registeredOn))")
            }
            plans.append(.enter(category.code, since: since, tier: category.tier ?? "GENERAL"))
        }
        let changed = try writeRecord(row) { values in
            try transaction.change(id, effective: effective) { record in
                for (field, value) in values { record[field] = value }
            }
        }
        try afterFirstWrite(row) {
            for plan in plans {
                switch plan {
                case .enter(let category, let since, let tier):
                    try transaction.enter(id, category: Category(rawValue: category), tier: Tier(rawValue: tier), effective: since)
                case .changeTier(let category, let date, let tier):
                    try transaction.changeTier(id, category: Category(rawValue: category), to: Tier(rawValue: tier), effective: date)
                }
            }
        }
        mark(id, row: row.number)
        if changed || !plans.isEmpty {
            result.updated += 1
        } else {
            result.unchanged += 1
        }
    }

    /// Writes the row's record fields (`write` adds or changes the member with the values it is
    /// given) and returns what `write` returns, when the register accepts them and the row has no
    /// other errors.
    ///
    /// Otherwise throws every refusal: when the register refuses a value the row gives (a bad e-mail,
    /// a birth date or sex that disagrees with the citizen ID), it is reported against its column and
    /// the write is tried again without it, so that the next refusal shows too. Name and document
    /// are never left out: they decide who the row is.
    private func writeRecord<T>(_ row: SheetRow, _ write: ([MemberField: String]) throws -> T) throws -> T {
        var values = row.values
        var errors: [ImportError] = []
        while true {
            let written: T
            do {
                written = try write(values)
            } catch let error as ValidationError {
                errors += try refusal(row, error).errors
                guard let field = error.field.memberField, values[field] != nil,
                    ![.name, .documentNumber, .documentType].contains(field)
                else { throw RowRefusal(errors) }
                values[field] = nil
                continue
            } catch {
                throw RowRefusal(errors + (try refusal(row, error)).errors)
            }
            guard errors.isEmpty, row.errors.isEmpty else { throw RowRefusal(errors) }
            return written
        }
    }

    /// Runs writes that follow a row's first write: a refusal now is reported against the row, and
    /// the row's savepoint undoes what it had written.
    private func afterFirstWrite(_ row: SheetRow, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch {
            throw try refusal(row, error)
        }
    }

    private func mark(_ id: MemberID, row: Int) {
        let index = Int(id.rawValue)
        guard index >= 0 else { return }
        if index >= rowOfMember.count {
            rowOfMember.append(contentsOf: repeatElement(0, count: max(index + 1 - rowOfMember.count, rowOfMember.count)))
        }
        rowOfMember[index] = Int32(clamping: row)
    }

    // MARK: Errors

    private func refusal(_ row: SheetRow, _ column: MemberSheetColumn, _ reason: String) -> RowRefusal {
        RowRefusal(ImportError(row: row.number, column: layout.header(of: column),
                               value: layout.rawValue(of: column, in: row.cells), reason: reason))
    }

    /// The core's refusal of a row, reported against the sheet's column; other errors are rethrown.
    private func refusal(_ row: SheetRow, _ error: any Error) throws -> RowRefusal {
        switch error {
        case let error as ValidationError:
            let column: MemberSheetColumn? = switch error.field {
            case .category: .categories
            case .tier: .tier
            default: error.field.memberField.flatMap(MemberSheetColumn.init(field:))
            }
            guard let column else {
                return RowRefusal(ImportError(row: row.number, column: "", value: error.value,
                                              reason: "\(error.field) \(error.reason)"))
            }
            let reason: String
            if case .mismatch(let field, let expected) = error.reason {
                let other = field.memberField.flatMap(MemberSheetColumn.init(field:)).map(layout.header(of:)) ?? field.rawValue
                let shown = column == .sex ? (codes[.sex]?.name(of: expected) ?? expected) : expected
                reason = "disagrees with \(other) (which gives \(shown))"
            } else {
                reason = error.reason.description
            }
            let written = layout.rawValue(of: column, in: row.cells)
            return RowRefusal(ImportError(row: row.number, column: layout.header(of: column),
                                          value: written.isEmpty ? error.value : written, reason: reason))
        case let error as RegisterError:
            switch error {
            case .duplicateDocument(_, _, let existing):
                return refusal(row, .documentNumber, "already belongs to member \(existing)")
            case .alreadyInCategory, .notInCategory, .memberArchived:
                return refusal(row, .categories, error.description)
            default:
                return RowRefusal(ImportError(row: row.number, column: "", value: "", reason: error.description))
            }
        default:
            throw error
        }
    }
}
