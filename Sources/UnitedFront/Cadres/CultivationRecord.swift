/// 培养: a training course, a 挂职 (secondment), 实践锻炼 or a 考察 of a member, from its first day to the
/// day it ends, usually for a reserve-pool entry, with its place, content and result.
///
/// ```swift
/// var posting = CultivationRecord(kind: .secondment, poolEntry: entry)
/// posting.place = "东乌珠穆沁旗人民政府"
/// posting.content = "挂职副旗长"
/// let id = try transaction.add(posting, for: member, effective: "2023-03-01")
/// try transaction.end(id, effective: "2024-03-01") { $0.result = "优秀" }
/// ```
public struct CultivationRecord: StoredRecord {
    enum Field: String, RecordField {
        case status
        case poolEntry = "pool_entry"
        case kind, place, content, result
    }

    /// ``RecordKind/cultivation``.
    public static let kind = RecordKind.cultivation
    var values: [String?]

    init(values: [String?]) { self.values = values }

    /// A cultivation of `kind`, for the member's reserve-pool entry `poolEntry` if it belongs to one.
    public init(kind: CultivationKind, poolEntry: PoolEntryID? = nil) {
        self = .empty()
        self.kind = kind
        self.poolEntry = poolEntry
    }

    /// 培训, 挂职, 实践锻炼 or 考察.
    public var kind: CultivationKind {
        get { CultivationKind(rawValue: self[.kind] ?? "") }
        set { self[.kind] = newValue.rawValue }
    }
    /// The reserve-pool entry it serves; it must be the same member's.
    public var poolEntry: PoolEntryID? {
        get { self[.poolEntry].flatMap(Int64.init).map(PoolEntryID.init(rawValue:)) }
        set { self[.poolEntry] = newValue.map { String($0.rawValue) } }
    }
    /// Where: the school, or the unit of the 挂职.
    public var place: String? {
        get { self[.place] }
        set { self[.place] = newValue }
    }
    /// What: the course, or the 挂职 post.
    public var content: String? {
        get { self[.content] }
        set { self[.content] = newValue }
    }
    /// The result: a 考察 conclusion, a course's grade.
    public var result: String? {
        get { self[.result] }
        set { self[.result] = newValue }
    }

    func normalized(in transaction: RegisterTransaction, for member: MemberID) throws -> CultivationRecord {
        var normalized = self
        normalized[.kind] = try RecordText.code(kind, field: "kind", codes: transaction.codes, required: true)
        if let entry = poolEntry, try transaction.recordHistory(PoolRecord.self).holder(of: entry.rawValue) != member {
            throw RegisterError.recordNotFound(.poolEntry, id: entry.rawValue)
        }
        for field in [Field.place, .content, .result] {
            normalized[field] = try RecordText.normalized(self[field], field: ValidationError.Field(rawValue: field.rawValue))
        }
        return normalized
    }

    func summary(_ codes: CodeCatalog) -> String {
        [codes.name(of: kind), place, content].compactMap { $0 }.joined(separator: " ")
    }
}
