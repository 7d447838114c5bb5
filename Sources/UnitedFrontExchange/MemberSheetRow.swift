import UnitedFront

/// A member as the cells of an exported sheet row, in ``MemberSheetColumn/exported`` order: coded
/// fields as Chinese names, categories, tiers and start dates as the importer reads them back.
///
/// Several values in one cell are joined with ``separator`` (`；`), never `、`, which category names
/// themselves contain (`香港同胞、澳门同胞`).
struct MemberSheetRow {
    /// What joins several categories, tiers or dates in one cell.
    static let separator = "；"

    let codes: CodeCatalog

    /// The cells; nil for empty.
    func cells(of member: Member) -> [String?] {
        let categoryList = codes[.category]
        let memberships = member.categories.sorted {
            (categoryList?.code($0.category.rawValue)?.position ?? .max, $0.category.rawValue)
                < (categoryList?.code($1.category.rawValue)?.position ?? .max, $1.category.rawValue)
        }
        return MemberSheetColumn.exported.map { column -> String? in
            switch column {
            case .categories:
                return memberships.isEmpty ? nil
                    : memberships.map(\.categoryName).joined(separator: Self.separator)
            case .tier:
                return Self.joined(memberships.map(\.tierName))
            case .categorySince:
                return Self.joined(memberships.map(\.since.iso8601))
            case .error:
                return nil
            default:
                guard let field = column.field, let value = member.record[field] else { return nil }
                if let list = field.codeList, let names = codes[list] { return names.name(of: value) }
                return value
            }
        }
    }

    /// One value when all are equal, else all joined with ``separator``; nil for none.
    private static func joined(_ values: [String]) -> String? {
        guard let first = values.first else { return nil }
        return values.allSatisfy { $0 == first } ? first : values.joined(separator: separator)
    }
}
