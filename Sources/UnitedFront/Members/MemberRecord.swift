/// The core fields of a member's record at one moment: what you pass to ``Register/add(_:effective:by:)``
/// and edit in a change or correction, and what reads return.
///
/// Coded fields are typed values (``Ethnicity``, ``CadreRank`` …) that accept a code, a Chinese name or an
/// alias (`rank = "副科级"`, `"142"` or `.deputySection`); the register validates every field when it
/// writes and stores codes, so records read back hold codes. Text is stored trimmed; full-width digits
/// and letters typed with a Chinese input method in numbers, dates and codes are read as their ASCII forms.
///
/// ```swift
/// var record = MemberRecord(name: "王伟")
/// record.documentNumber = "11010519491231002X"   // birth date and sex follow from a citizen ID
/// record.ethnicity = "蒙古"
/// record.rank = "副科级"
/// ```
public struct MemberRecord: Hashable, Sendable {
    /// The values in ``MemberField`` order; nil for an empty field.
    var values: [String?]

    /// A record with only a name; the document type defaults to 居民身份证.
    public init(name: String) {
        values = Array(repeating: nil, count: MemberField.allCases.count)
        self[.name] = name
        self[.documentType] = DocumentType.residentIdentityCard.rawValue
        self[.status] = MemberStatus.active.rawValue
    }

    init(values: [String?]) { self.values = values }

    /// The value of `field` as stored text (codes for coded fields, `YYYY-MM-DD` for dates).
    public subscript(field: MemberField) -> String? {
        get { values[field.index] }
        set { values[field.index] = newValue }
    }

    /// 姓名.
    public var name: String {
        get { self[.name] ?? "" }
        set { self[.name] = newValue }
    }
    /// 曾用名, several separated by `、`.
    public var formerNames: String? {
        get { self[.formerNames] }
        set { self[.formerNames] = newValue }
    }
    /// 性别: a GB/T 2261.1 code, name or alias (`1`, `男`). Filled from a citizen ID when left empty.
    public var sex: Sex? {
        get { self[.sex].map(Sex.init(rawValue:)) }
        set { self[.sex] = newValue?.rawValue }
    }
    /// 出生日期. Filled from a citizen ID when left empty, and must agree with it otherwise.
    public var birthDate: LocalDate? {
        get { self[.birthDate].flatMap(LocalDate.parse) }
        set { self[.birthDate] = newValue?.iso8601 }
    }
    /// 民族: a GB/T 3304 code, name, short name or letter code (`02`, `蒙古族`, `蒙古`, `MG`).
    public var ethnicity: Ethnicity? {
        get { self[.ethnicity].map(Ethnicity.init(rawValue:)) }
        set { self[.ethnicity] = newValue?.rawValue }
    }
    /// 籍贯.
    public var nativePlace: String? {
        get { self[.nativePlace] }
        set { self[.nativePlace] = newValue }
    }
    /// 证件类型: a document type code or name; 居民身份证 by default.
    public var documentType: DocumentType {
        get { DocumentType(rawValue: self[.documentType] ?? DocumentType.residentIdentityCard.rawValue) }
        set { self[.documentType] = newValue.rawValue }
    }
    /// 证件签发国家/地区 (a ``Country``), for documents a country issues: a foreign passport's identity is
    /// (type, issuing country, number).
    public var documentCountry: Country? {
        get { self[.documentCountry].map(Country.init(rawValue:)) }
        set { self[.documentCountry] = newValue?.rawValue }
    }
    /// 证件号码: optional for documents other than citizen IDs.
    public var documentNumber: String? {
        get { self[.documentNumber] }
        set { self[.documentNumber] = newValue }
    }
    /// 政治面貌: a GB/T 4762 code, name or alias (`12`, `无党派民主人士`, `无党派`).
    public var politicalStatus: PoliticalStatus? {
        get { self[.politicalStatus].map(PoliticalStatus.init(rawValue:)) }
        set { self[.politicalStatus] = newValue?.rawValue }
    }
    /// 学历: a GB/T 4658 code or name.
    public var education: Education? {
        get { self[.education].map(Education.init(rawValue:)) }
        set { self[.education] = newValue?.rawValue }
    }
    /// 工作单位.
    public var workUnit: String? {
        get { self[.workUnit] }
        set { self[.workUnit] = newValue }
    }
    /// 职务.
    public var post: String? {
        get { self[.post] }
        set { self[.post] = newValue }
    }
    /// 职务层次: a cadre rank code, name or alias (`142`, `乡科级副职`, `副科级`).
    public var rank: CadreRank? {
        get { self[.rank].map(CadreRank.init(rawValue:)) }
        set { self[.rank] = newValue?.rawValue }
    }
    /// 职级 (a ``CivilServiceGrade``): 一级巡视员 … 二级科员, the 2019 ladder beside 职务层次.
    public var grade: CivilServiceGrade? {
        get { self[.grade].map(CivilServiceGrade.init(rawValue:)) }
        set { self[.grade] = newValue?.rawValue }
    }
    /// 手机: stored as 11 digits.
    public var mobile: String? {
        get { self[.mobile] }
        set { self[.mobile] = newValue }
    }
    /// 电子邮箱.
    public var email: String? {
        get { self[.email] }
        set { self[.email] = newValue }
    }
    /// 住址.
    public var address: String? {
        get { self[.address] }
        set { self[.address] = newValue }
    }
    /// 所属区划: a 6-, 9- or 12-digit division code.
    public var region: String? {
        get { self[.region] }
        set { self[.region] = newValue }
    }
    /// 所属单位: the org unit that owns the record. Moving a member to another unit is a change of this
    /// field effective the day of the move (``RegisterTransaction/transfer(_:to:effective:)``).
    public var orgUnit: OrgUnitID? {
        get { self[.orgUnit].flatMap(Int64.init).map(OrgUnitID.init(rawValue:)) }
        set { self[.orgUnit] = newValue.map { String($0.rawValue) } }
    }
    /// 宗教信仰 (a ``Religion``): sensitive personal information under PIPL Art. 28, masked in every output
    /// by default (``MaskingPolicy/standard``).
    public var religion: Religion? {
        get { self[.religion].map(Religion.init(rawValue:)) }
        set { self[.religion] = newValue?.rawValue }
    }
    /// 教职: masked by default, like the belief it reveals.
    public var clergyPost: String? {
        get { self[.clergyPost] }
        set { self[.clergyPost] = newValue }
    }
    /// 宗教活动场所: masked by default, like the belief it reveals.
    public var venue: String? {
        get { self[.venue] }
        set { self[.venue] = newValue }
    }
    /// 备注.
    public var notes: String? {
        get { self[.notes] }
        set { self[.notes] = newValue }
    }
    /// Active or archived; changed only by ``RegisterTransaction/archive(_:effective:reason:)`` and
    /// ``RegisterTransaction/reactivate(_:effective:)``.
    public internal(set) var status: MemberStatus {
        get { self[.status].flatMap(MemberStatus.init(rawValue:)) ?? .active }
        set { self[.status] = newValue.rawValue }
    }

    /// The fields whose values differ between the two records.
    func changedFields(comparedTo other: MemberRecord) -> [MemberField] {
        MemberField.allCases.filter { self[$0] != other[$0] }
    }
}
