/// 后备干部库: a member's entry in the reserve pool, for a target 职务层次, from the day they enter
/// (入库) to the day they leave (出库), with the reasons. The pool record is the source of truth for the
/// pool figures: a 后备 tier without one is a data-quality finding, not a pool member. A serving 副科
/// cadre can be in the pool for 正科 at the same time.
///
/// ```swift
/// let entry = try transaction.add(PoolRecord(targetRank: .county, entryReason: "2022年党外干部调研推荐"),
///                                 for: member, effective: "2022-04-01")
/// try transaction.end(entry, effective: "2024-09-01") { $0.exitReason = "已提拔使用" }
/// ```
/// Training, 挂职 and 考察 are ``CultivationRecord``s that name the entry.
public struct PoolRecord: StoredRecord {
    enum Field: String, RecordField {
        case status
        case targetRank = "target_rank"
        case targetPost = "target_post"
        case entryReason = "entry_reason"
        case exitReason = "exit_reason"
        case document
    }

    /// ``RecordKind/poolEntry``.
    public static let kind = RecordKind.poolEntry
    var values: [String?]

    init(values: [String?]) { self.values = values }

    /// An entry for the post level `targetRank`.
    public init(targetRank: CadreRank, targetPost: String? = nil, entryReason: String? = nil) {
        self = .empty()
        self.targetRank = targetRank
        self.targetPost = targetPost
        self.entryReason = entryReason
    }

    /// 拟任职务层次: the level the member is being prepared for.
    public var targetRank: CadreRank {
        get { CadreRank(rawValue: self[.targetRank] ?? "") }
        set { self[.targetRank] = newValue.rawValue }
    }
    /// 拟任职务 (optional): `教育局局长`.
    public var targetPost: String? {
        get { self[.targetPost] }
        set { self[.targetPost] = newValue }
    }
    /// 入库理由 or how they were recommended.
    public var entryReason: String? {
        get { self[.entryReason] }
        set { self[.entryReason] = newValue }
    }
    /// 出库原因 (已提拔使用, 年龄超限 …), recorded when the entry ends.
    public var exitReason: String? {
        get { self[.exitReason] }
        set { self[.exitReason] = newValue }
    }
    /// 文号.
    public var document: String? {
        get { self[.document] }
        set { self[.document] = newValue }
    }

    func normalized(in transaction: RegisterTransaction, for member: MemberID) throws -> PoolRecord {
        var result = self
        result[.targetRank] = try RecordText.code(targetRank, field: "target_rank", codes: transaction.codes, required: true)
        for field in [Field.targetPost, .entryReason, .exitReason, .document] {
            result[field] = try RecordText.normalized(self[field], field: ValidationError.Field(rawValue: field.rawValue))
        }
        return result
    }

    func summary(_ codes: CodeCatalog) -> String {
        "拟任\(targetPost ?? codes.name(of: targetRank))"
    }
}
