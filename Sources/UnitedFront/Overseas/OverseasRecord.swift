/// 侨情: what makes a member an overseas contact, from a date: the type (华侨, 归侨, 侨眷, 外籍华人, 港澳台
/// 同胞, 留学人员), the country they live in and their nationality, the residence facts that decide the
/// legal test of a 华侨, and for a 侨眷 the 华侨 or 归侨 they derive from.
///
/// ```swift
/// var abroad = OverseasRecord(type: .huaqiao, country: "NLD")
/// abroad.residenceRight = .permanent
/// abroad.residentSince = "2009-04-01"
/// abroad.monthsPresent = 22
/// let id = try transaction.add(abroad, for: uncle, effective: "2015-01-01")
/// // He comes home to settle: 归侨 from that day; his 侨眷 keep their own records.
/// try transaction.change(id, effective: "2024-05-01") { $0.type = .guiqiao; $0.country = .china }
/// ```
///
/// The residence test of the 归侨侨眷权益保护法 (Art. 2 and its official interpretation) is checked by
/// ``RegisterSnapshot/overseasChineseFailingResidenceTest(asOf:knownAt:)``; records are kept as entered.
public struct OverseasRecord: StoredRecord {
    enum Field: String, RecordField {
        case status
        case type
        case country
        case nationality
        case residenceRight = "residence_right"
        case residentSince = "resident_since"
        case monthsPresent = "months_present"
        case relative
    }

    /// ``RecordKind/overseas``.
    public static let kind = RecordKind.overseas
    var values: [String?]

    init(values: [String?]) { self.values = values }

    /// A record of `type`, living in `country` (for 华侨, 外籍华人 and 留学人员 abroad).
    public init(type: OverseasType, country: Country? = nil) {
        self = .empty()
        self.type = type
        self.country = country
    }

    /// 华侨, 归侨, 侨眷, 外籍华人, 香港同胞, 澳门同胞, 台湾同胞 or 留学人员.
    public var type: OverseasType {
        get { OverseasType(rawValue: self[.type] ?? "") }
        set { self[.type] = newValue.rawValue }
    }
    /// 居住国 (GB/T 2659 / ISO 3166-1 alpha-3): where they live.
    public var country: Country? {
        get { self[.country].map(Country.init(rawValue:)) }
        set { self[.country] = newValue?.rawValue }
    }
    /// 国籍: `.china` for a 华侨 (a Chinese citizen); another country for a 外籍华人.
    public var nationality: Country? {
        get { self[.nationality].map(Country.init(rawValue:)) }
        set { self[.nationality] = newValue?.rawValue }
    }
    /// 居留权 in ``country``: permanent, long-term, or none.
    public var residenceRight: ResidenceRight? {
        get { self[.residenceRight].map(ResidenceRight.init(rawValue:)) }
        set { self[.residenceRight] = newValue?.rawValue }
    }
    /// The day their legal residence in ``country`` began.
    public var residentSince: LocalDate? {
        get { self[.residentSince].flatMap { try? LocalDate.stored($0) } }
        set { self[.residentSince] = newValue?.iso8601 }
    }
    /// 累计居住月数: the months actually spent in ``country`` within the test's period (the last 2 years
    /// with a residence right, the last 5 without).
    public var monthsPresent: Int? {
        get { self[.monthsPresent].flatMap { Int($0) } }
        set { self[.monthsPresent] = newValue.map(String.init) }
    }
    /// For a 侨眷: the member (a 华侨 or 归侨) they are a relative of; it must be a registered member.
    public var relative: MemberID? {
        get { self[.relative].flatMap(Int64.init).map(MemberID.init(rawValue:)) }
        set { self[.relative] = newValue.map { String($0.rawValue) } }
    }

    func normalized(in transaction: RegisterTransaction, for member: MemberID) throws -> OverseasRecord {
        var result = self
        let codes = transaction.codes
        result[.type] = try RecordText.code(type, field: "type", codes: codes, required: true)
        result[.country] = try RecordText.code(country, field: "country", codes: codes)
        result[.nationality] = try RecordText.code(nationality, field: "nationality", codes: codes)
        result[.residenceRight] = try RecordText.code(residenceRight, field: "residence_right", codes: codes)
        if let months = self[.monthsPresent] {
            guard let value = Int(months), (0...1200).contains(value) else {
                throw ValidationError(field: "months_present", value: months, reason: .malformed(expected: "a number of months, 0–1200"))
            }
        }
        if let relative {
            guard relative != member else {
                throw ValidationError(field: "relative", value: relative.description, reason: .malformed(expected: "another member"))
            }
            _ = try transaction.registeredOn(relative)
        }
        return result
    }

    func summary(_ codes: CodeCatalog) -> String {
        var text = codes.name(of: type)
        if let country, country != .china { text += " \(codes.name(of: country))" }
        if let relative { text += " (亲属: 成员 \(relative))" }
        return text
    }
}
