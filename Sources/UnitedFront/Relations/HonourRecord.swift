/// 表彰: an award or honour a member received on a date, with its level and the granting body; ended
/// only when it is revoked (撤销).
///
/// ```swift
/// var honour = HonourRecord(name: "全国民族团结进步模范个人", level: .national)
/// honour.body = "国务院"
/// try transaction.add(honour, for: member, effective: "2024-09-27")
/// ```
public struct HonourRecord: StoredRecord {
    enum Field: String, RecordField {
        case status, name, level, body, document
    }

    /// ``RecordKind/honour``.
    public static let kind = RecordKind.honour
    var values: [String?]

    init(values: [String?]) { self.values = values }

    /// An honour called `name` at `level`.
    public init(name: String, level: HonourLevel? = nil, body: String? = nil) {
        self = .empty()
        self.name = name
        self.level = level
        self.body = body
    }

    /// The honour's name: `全国民族团结进步模范个人`.
    public var name: String {
        get { self[.name] ?? "" }
        set { self[.name] = newValue }
    }
    /// 级别 (code list `honour_level`): 国家级, 省级, 市级, 县级.
    public var level: HonourLevel? {
        get { self[.level].map(HonourLevel.init(rawValue:)) }
        set { self[.level] = newValue?.rawValue }
    }
    /// The granting body: 国务院, 自治区党委统战部.
    public var body: String? {
        get { self[.body] }
        set { self[.body] = newValue }
    }
    /// 文号 of the decision.
    public var document: String? {
        get { self[.document] }
        set { self[.document] = newValue }
    }

    func normalized(in transaction: RegisterTransaction, for member: MemberID) throws -> HonourRecord {
        var result = self
        result[.name] = try RecordText.normalized(self[.name], field: "name", required: true)
        result[.level] = try RecordText.code(level, field: "level", codes: transaction.codes)
        result[.body] = try RecordText.normalized(body, field: "body")
        result[.document] = try RecordText.normalized(document, field: "document")
        return result
    }

    func summary(_ codes: CodeCatalog) -> String {
        name + (level.map { " (\(codes.name(of: $0)))" } ?? "")
    }
}
