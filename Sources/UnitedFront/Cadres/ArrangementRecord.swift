/// 政治安排: a seat or post a member is given in a 人大, 政协 or other body (人大代表, 政协委员, 特约人员,
/// 团体职务), with the body's level, the 届次 and the role (常委, 副主席 …), from the day it begins to the
/// day it ends (the term ends, or the member leaves it).
///
/// ```swift
/// var seat = ArrangementRecord(kind: .cppccMember, level: .municipal, body: "锡林郭勒盟政协", term: "第十四届")
/// seat.role = .standingMember
/// try transaction.add(seat, for: member, effective: "2022-01-10")
/// ```
public struct ArrangementRecord: StoredRecord {
    enum Field: String, RecordField {
        case status, kind, level, body, term, role, sector, document
    }

    /// ``RecordKind/arrangement``.
    public static let kind = RecordKind.arrangement
    var values: [String?]

    init(values: [String?]) { self.values = values }

    /// A seat or post of `kind` in a body at `level`.
    public init(kind: ArrangementKind, level: ArrangementLevel, body: String? = nil, term: String? = nil,
                role: ArrangementRole? = nil) {
        self = .empty()
        self.kind = kind
        self.level = level
        self.body = body
        self.term = term
        self.role = role
    }

    /// 类别: 人大代表, 政协委员, 特约人员, 团体职务.
    public var kind: ArrangementKind {
        get { ArrangementKind(rawValue: self[.kind] ?? "") }
        set { self[.kind] = newValue.rawValue }
    }
    /// 级别: 全国, 省, 市, 县, 乡.
    public var level: ArrangementLevel {
        get { ArrangementLevel(rawValue: self[.level] ?? "") }
        set { self[.level] = newValue.rawValue }
    }
    /// The body: `锡林郭勒盟政协`, `锡林浩特市人大`.
    public var body: String? {
        get { self[.body] }
        set { self[.body] = newValue }
    }
    /// 届次: `第十四届`.
    public var term: String? {
        get { self[.term] }
        set { self[.term] = newValue }
    }
    /// 职务 in the body: 常委, 副主席 …; nil for an ordinary 委员 or 代表.
    public var role: ArrangementRole? {
        get { self[.role].map(ArrangementRole.init(rawValue:)) }
        set { self[.role] = newValue?.rawValue }
    }
    /// 界别 (for 政协委员): `无党派人士`, `经济界`.
    public var sector: String? {
        get { self[.sector] }
        set { self[.sector] = newValue }
    }
    /// 文号 of the decision.
    public var document: String? {
        get { self[.document] }
        set { self[.document] = newValue }
    }

    func normalized(in transaction: RegisterTransaction, for member: MemberID) throws -> ArrangementRecord {
        var result = self
        let codes = transaction.codes
        result[.kind] = try RecordText.code(kind, field: "kind", codes: codes, required: true)
        result[.level] = try RecordText.code(level, field: "level", codes: codes, required: true)
        result[.role] = try RecordText.code(role, field: "role", codes: codes)
        for field in [Field.body, .term, .sector, .document] {
            result[field] = try RecordText.normalized(self[field], field: ValidationError.Field(rawValue: field.rawValue))
        }
        return result
    }

    func summary(_ codes: CodeCatalog) -> String {
        var text = body ?? codes.name(of: level)
        if let term { text += term }
        text += codes.name(of: kind)
        if let role { text += " \(codes.name(of: role))" }
        return text
    }
}
