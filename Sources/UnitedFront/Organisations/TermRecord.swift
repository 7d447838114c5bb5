/// 届次: one term of an organisation (第五届), from its first day to the day the next begins. Held by
/// the organisation.
///
/// ```swift
/// let fifth = try transaction.add(TermRecord(name: "第五届"), for: federation, effective: "2021-11-20")
/// ```
public struct TermRecord: StoredRecord {
    enum Field: String, RecordField {
        case status, name
    }

    /// ``RecordKind/term``.
    public static let kind = RecordKind.term
    /// Held by the organisation.
    public typealias Holder = OrganisationID
    var values: [String?]

    init(values: [String?]) { self.values = values }

    /// A term called `name`.
    public init(name: String) {
        self = .empty()
        self.name = name
    }

    /// 届次: `第五届`.
    public var name: String {
        get { self[.name] ?? "" }
        set { self[.name] = newValue }
    }

    func normalized(in transaction: RegisterTransaction, for holder: OrganisationID) throws -> TermRecord {
        var result = self
        result[.name] = try RecordText.normalized(self[.name], field: "name", required: true)
        return result
    }

    func summary(_ codes: CodeCatalog) -> String { name }
}

/// The id of an organisation's term.
public typealias TermID = RecordID<TermRecord>
