/// 职务: a post a member holds, from 任职 to 免职, in a unit, with its 职务层次 and 职级, whether it is a
/// 领导职务, and the 任免文号 and 任免机关. A member may hold several at once (兼职).
///
/// ```swift
/// var post = PostRecord(unit: "锡林浩特市教育局", title: "副局长", rank: .deputySection, leadership: true)
/// post.appointmentDocument = "锡党干字〔2021〕15号"
/// let id = try transaction.add(post, for: member, effective: "2021-03-01")
/// try transaction.end(id, effective: "2023-01-10") { $0.removalDocument = "锡党干字〔2023〕2号" }
/// ```
///
/// **The member's 职务 follows the posts.** After every write to a member's posts, their record's
/// ``MemberRecord/post`` and ``MemberRecord/rank`` (and ``MemberRecord/grade`` when a post carries one)
/// are set, from the write's date on, to those of their principal post on each date: the serving post
/// that is a 领导职务 before one that is not, then the highest 职务层次, then the earliest begun; with no
/// post in force, 职务 and 职务层次 are cleared. A member with no post records keeps what was entered by
/// hand.
public struct PostRecord: StoredRecord {
    enum Field: String, RecordField {
        case status
        case unitName = "unit_name"
        case orgUnit = "org_unit"
        case title
        case rank
        case grade
        case leadership
        case appointmentDocument = "appointment_document"
        case appointingAuthority = "appointing_authority"
        case removalDocument = "removal_document"
        case removalAuthority = "removal_authority"
    }

    /// ``RecordKind/post``.
    public static let kind = RecordKind.post
    var values: [String?]

    init(values: [String?]) { self.values = values }

    /// A post titled `title` in the unit named `unit`, with its 职务层次 and 职级 where it has them.
    public init(unit: String, title: String, rank: CadreRank? = nil, grade: CivilServiceGrade? = nil, leadership: Bool = false) {
        self = .empty()
        self.unit = unit
        self.title = title
        self.rank = rank
        self.grade = grade
        self.isLeadership = leadership
    }

    /// 任职单位, as written: `锡林浩特市教育局`.
    public var unit: String {
        get { self[.unitName] ?? "" }
        set { self[.unitName] = newValue }
    }
    /// The org unit the post is in, when it is one of the register's (it must exist); ``unit`` defaults to
    /// its name.
    public var orgUnit: OrgUnitID? {
        get { self[.orgUnit].flatMap(Int64.init).map(OrgUnitID.init(rawValue:)) }
        set { self[.orgUnit] = newValue.map { String($0.rawValue) } }
    }
    /// 职务名称: `副局长`.
    public var title: String {
        get { self[.title] ?? "" }
        set { self[.title] = newValue }
    }
    /// 职务层次 (GB/T 12407): `.deputySection` for 乡科级副职; nil for a post without one.
    public var rank: CadreRank? {
        get { self[.rank].map(CadreRank.init(rawValue:)) }
        set { self[.rank] = newValue?.rawValue }
    }
    /// 职级 (2019 parallel-rank rules), held beside the 职务层次.
    public var grade: CivilServiceGrade? {
        get { self[.grade].map(CivilServiceGrade.init(rawValue:)) }
        set { self[.grade] = newValue?.rawValue }
    }
    /// Whether it is a 领导职务 (leadership post).
    public var isLeadership: Bool {
        get { self[.leadership] == "1" }
        set { self[.leadership] = newValue ? "1" : "0" }
    }
    /// 任职文号.
    public var appointmentDocument: String? {
        get { self[.appointmentDocument] }
        set { self[.appointmentDocument] = newValue }
    }
    /// 任免机关: the body that appointed (and removes).
    public var appointingAuthority: String? {
        get { self[.appointingAuthority] }
        set { self[.appointingAuthority] = newValue }
    }
    /// 免职文号, recorded when the post ends.
    public var removalDocument: String? {
        get { self[.removalDocument] }
        set { self[.removalDocument] = newValue }
    }
    /// 免职机关, when it is not the appointing one.
    public var removalAuthority: String? {
        get { self[.removalAuthority] }
        set { self[.removalAuthority] = newValue }
    }

    /// 职务 as the member's record shows it: unit and title, `锡林浩特市教育局副局长`.
    public var displayTitle: String { unit.hasSuffix(title) ? unit : unit + title }

    func normalized(in transaction: RegisterTransaction, for member: MemberID) throws -> PostRecord {
        var result = self
        result.title = try RecordText.normalized(self[.title], field: "title", required: true)!
        if let unit = orgUnit {
            guard let found = try transaction.orgUnitReader.unit(unit) else { throw RegisterError.orgUnitNotFound(unit) }
            result[.unitName] = try RecordText.normalized(self[.unitName], field: "unit") ?? found.name
        } else {
            result[.unitName] = try RecordText.normalized(self[.unitName], field: "unit", required: true)
        }
        result[.rank] = try RecordText.code(rank, field: .rank, codes: transaction.codes)
        result[.grade] = try RecordText.code(grade, field: .grade, codes: transaction.codes)
        result[.leadership] = isLeadership ? "1" : "0"
        for field in [Field.appointmentDocument, .appointingAuthority, .removalDocument, .removalAuthority] {
            result[field] = try RecordText.normalized(self[field], field: ValidationError.Field(rawValue: field.rawValue))
        }
        return result
    }

    func summary(_ codes: CodeCatalog) -> String {
        var text = displayTitle
        if let rank { text += " (\(codes.name(of: rank)))" }
        return text
    }

    static func didWrite(for member: MemberID, from day: LocalDate, in transaction: RegisterTransaction) throws {
        try transaction.followPosts(of: member, from: day)
    }
}
