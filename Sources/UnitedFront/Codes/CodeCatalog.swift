/// Every code list of a register, as loaded when the register opened.
///
/// A value type: safe to keep and pass between tasks. The register validates each coded field of a
/// record against these lists and stores the code; use ``CodeList/name(of:)`` to show names.
public struct CodeCatalog: Sendable, Hashable {
    /// The lists by identifier.
    public let lists: [CodeListID: CodeList]
    /// The GB/T 2260 divisions by six-digit code (see ``division(_:)``).
    let divisions: [String: Division]

    init(lists: [CodeListID: CodeList], divisions: [String: Division] = [:]) {
        self.lists = lists
        self.divisions = divisions
    }

    /// The list with this identifier, if the register has it.
    public subscript(id: CodeListID) -> CodeList? { lists[id] }

    /// The list with this identifier; a list the library's own migrations ship is always present.
    func required(_ id: CodeListID) throws -> CodeList {
        guard let list = lists[id] else { throw RegisterError.schema("code list \(id) is missing") }
        return list
    }

    /// The code `text` names in `list` (a code, name or alias): the one place where text from users
    /// becomes a code.
    /// - Throws: ``ValidationError`` naming `field` when the list has no such entry.
    public func resolve(_ text: String, in list: CodeListID, field: ValidationError.Field) throws -> String {
        guard let code = try required(list).lookup(text) else {
            throw ValidationError(field: field, value: text, reason: .unknownCode(list: list))
        }
        return code.code
    }

    /// `value` resolved to its code: `resolve(Category("无党派"), field: .category)` is `.nonPartisan`.
    /// - Throws: ``ValidationError`` naming `field` when the value's list has no such entry.
    public func resolve<Value: CodedValue>(_ value: Value, field: ValidationError.Field) throws -> Value {
        Value(rawValue: try resolve(value.rawValue, in: Value.list, field: field))
    }

    /// The entry `value` names, or nil when its list has none.
    public func code<Value: CodedValue>(_ value: Value) -> Code? { lists[Value.list]?.lookup(value.rawValue) }

    /// The Chinese name of the entry `value` names (代表人士 for `.representative`), or its text when the
    /// list has no such entry.
    public func name<Value: CodedValue>(of value: Value) -> String { code(value)?.name ?? value.rawValue }

    /// Loads every list from the `code_list`, `code` and `code_alias` tables.
    static func load(_ connection: Connection) throws -> CodeCatalog {
        var codes: [CodeListID: [Code]] = [:]
        try connection.forEachRow("""
            SELECT list, code, name, letter, english, parent, position, valid_from, valid_to
            FROM code ORDER BY list, position, code
            """) { row in
            let list = CodeListID(rawValue: row.text(0))
            codes[list, default: []].append(Code(
                list: list, code: row.text(1), name: row.text(2), letter: row.optionalText(3),
                english: row.optionalText(4), parent: row.optionalText(5), position: Int(row.int64(6)),
                validFrom: row.optionalText(7).flatMap(LocalDate.parse),
                validTo: row.optionalText(8).flatMap(LocalDate.parse)))
        }
        var aliases: [CodeListID: [(alias: String, code: String)]] = [:]
        try connection.forEachRow("SELECT list, alias, code FROM code_alias") { row in
            aliases[CodeListID(rawValue: row.text(0)), default: []].append((row.text(1), row.text(2)))
        }
        var lists: [CodeListID: CodeList] = [:]
        try connection.forEachRow("SELECT list, title, standard, version, source FROM code_list") { row in
            let id = CodeListID(rawValue: row.text(0))
            lists[id] = CodeList(
                id: id, title: row.text(1), standard: row.text(2), version: row.text(3), source: row.text(4),
                codes: codes[id] ?? [], aliases: aliases[id] ?? [])
        }
        return CodeCatalog(lists: lists, divisions: try loadDivisions(connection))
    }
}
