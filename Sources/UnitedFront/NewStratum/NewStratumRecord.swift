/// 新的社会阶层人士: which of the four groups a member belongs to, from a date, with the local sub-type
/// (网络人士, 律师, 会计师 …) where a register keeps one.
///
/// ```swift
/// try transaction.add(NewStratumRecord(group: .newMedia, subtype: "网络人士"), for: member, effective: "2021-01-01")
/// ```
public struct NewStratumRecord: StoredRecord {
    enum Field: String, RecordField {
        case status
        case group = "stratum_group"
        case subtype
    }

    /// ``RecordKind/newStratum``.
    public static let kind = RecordKind.newStratum
    var values: [String?]

    init(values: [String?]) { self.values = values }

    /// A record in `group`, with a local `subtype`.
    public init(group: NewStratumGroup, subtype: String? = nil) {
        self = .empty()
        self.group = group
        self.subtype = subtype
    }

    /// The group (code list `new_stratum_group`): 民营企业和外商投资企业管理技术人员, 中介组织和社会组织从业人员,
    /// 自由职业人员, 新媒体从业人员.
    public var group: NewStratumGroup {
        get { NewStratumGroup(rawValue: self[.group] ?? "") }
        set { self[.group] = newValue.rawValue }
    }
    /// A local sub-type: 网络人士, 律师, 会计师 ….
    public var subtype: String? {
        get { self[.subtype] }
        set { self[.subtype] = newValue }
    }

    func normalized(in transaction: RegisterTransaction, for member: MemberID) throws -> NewStratumRecord {
        var result = self
        result[.group] = try RecordText.code(group, field: "stratum_group", codes: transaction.codes, required: true)
        result[.subtype] = try RecordText.normalized(subtype, field: "subtype")
        return result
    }

    func summary(_ codes: CodeCatalog) -> String {
        codes.name(of: group) + (subtype.map { " (\($0))" } ?? "")
    }
}
