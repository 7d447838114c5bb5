/// A versioned code list loaded from the register: its metadata, its codes, and look-up by code,
/// name or alias.
///
/// Look-up accepts what people type: `lookup("02")`, `lookup("蒙古族")`, `lookup("蒙古")` and
/// `lookup("MG")` all give 蒙古族. Aliases are case-insensitive and surrounding spaces are ignored.
public struct CodeList: Sendable, Hashable {
    /// The list's identifier.
    public let id: CodeListID
    /// The Chinese title (`民族`).
    public let title: String
    /// The standard it follows with its year (`GB/T 3304-1991`), or `UnitedFront` for project lists.
    public let standard: String
    /// The version of the data.
    public let version: String
    /// Where the rows came from.
    public let source: String
    /// The codes in list order.
    public let codes: [Code]

    private let byCode: [String: Int]
    private let byAlias: [String: Int]

    init(id: CodeListID, title: String, standard: String, version: String, source: String,
         codes: [Code], aliases: [(alias: String, code: String)]) {
        self.id = id
        self.title = title
        self.standard = standard
        self.version = version
        self.source = source
        self.codes = codes
        var byCode: [String: Int] = [:]
        for (index, code) in codes.enumerated() { byCode[code.code] = index }
        var byAlias: [String: Int] = [:]
        for (alias, code) in aliases {
            if let index = byCode[code] { byAlias[Self.key(alias)] = index }
        }
        self.byCode = byCode
        self.byAlias = byAlias
    }

    /// The entry with exactly this code.
    public func code(_ code: String) -> Code? { byCode[code].map { codes[$0] } }

    /// The entry a user means by `text`: its code, its name, or one of its aliases (letters in any case,
    /// full-width digits and letters as typed with a Chinese input method read as ASCII).
    public func lookup(_ text: String) -> Code? {
        let trimmed = text.trimmingSpaces()
        if let index = byCode[trimmed] ?? byAlias[Self.key(trimmed)] { return codes[index] }
        let halfWidth = trimmed.halfWidth()
        guard halfWidth != trimmed else { return nil }
        return (byCode[halfWidth] ?? byAlias[Self.key(halfWidth)]).map { codes[$0] }
    }

    /// The entry `value` names (a code, name or alias).
    public func lookup<Value: CodedValue>(_ value: Value) -> Code? { lookup(value.rawValue) }

    /// The Chinese name of `code`, or the code itself when the list does not have it.
    public func name(of code: String) -> String { self.code(code)?.name ?? code }

    /// The direct children of `code` in a hierarchical list.
    public func children(of code: String) -> [Code] { codes.filter { $0.parent == code } }

    /// Lists are equal when they have the same identifier, version and codes.
    public static func == (lhs: CodeList, rhs: CodeList) -> Bool {
        lhs.id == rhs.id && lhs.version == rhs.version && lhs.codes == rhs.codes
    }

    /// Hashes the identifier and version.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(version)
    }

    private static func key(_ alias: String) -> String { alias.lowercased() }
}
