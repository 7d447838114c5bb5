/// A typed, dated link from a member to another member: family (配偶, 父母, 子女 … the relations that
/// define a 侨眷) and others such as 介绍人, held by the member it is recorded for and read from both ends
/// (``RegisterSnapshot/relations(of:asOf:knownAt:)``).
///
/// The relation says what the other person is to the holder: `RelationRecord(relative: uncle, relation:
/// .parent)` held by 陈晓梅 says her relative is her parent.
///
/// ```swift
/// try transaction.add(RelationRecord(relative: uncle, relation: "配偶"), for: aunt, effective: "1990-05-01")
/// ```
public struct RelationRecord: StoredRecord {
    enum Field: String, RecordField {
        case status, relative, relation, note
    }

    /// ``RecordKind/relation``.
    public static let kind = RecordKind.relation
    var values: [String?]

    init(values: [String?]) { self.values = values }

    /// A link to `relative`, who is `relation` to the holder.
    public init(relative: MemberID, relation: Relation, note: String? = nil) {
        self = .empty()
        self.relative = relative
        self.relation = relation
        self.note = note
    }

    /// The other member; it must be registered, and not the holder.
    public var relative: MemberID {
        get { MemberID(rawValue: self[.relative].flatMap(Int64.init) ?? 0) }
        set { self[.relative] = String(newValue.rawValue) }
    }
    /// What the other member is to the holder (code list `relation`).
    public var relation: Relation {
        get { Relation(rawValue: self[.relation] ?? "") }
        set { self[.relation] = newValue.rawValue }
    }
    /// A note: 长期扶养关系, how they met ….
    public var note: String? {
        get { self[.note] }
        set { self[.note] = newValue }
    }

    func normalized(in transaction: RegisterTransaction, for member: MemberID) throws -> RelationRecord {
        var result = self
        guard relative != member else {
            throw ValidationError(field: "relative", value: relative.description, reason: .malformed(expected: "another member"))
        }
        _ = try transaction.registeredOn(relative)
        result[.relation] = try RecordText.code(relation, field: "relation", codes: transaction.codes, required: true)
        result[.note] = try RecordText.normalized(note, field: "note")
        return result
    }

    func summary(_ codes: CodeCatalog) -> String {
        "\(codes.name(of: relation)): 成员 \(relative)"
    }
}
