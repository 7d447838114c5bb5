import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

/// Codes are typed values: static members read like the domain, and text from people (a code, a Chinese
/// name or an alias) resolves in one place wherever a coded value is taken.
@Suite("Typed codes in the public API")
struct TypedCodeTests {
    let register: Register
    init() throws { register = try Register.inMemory() }

    @Test("a 无党派 candidate certified on 2022-05-01 is entered with typed codes and read back as codes with names")
    func typedEntry() throws {
        let id = try register.add(MemberRecord(name: "周明"), effective: "2020-01-01", by: clerk)
        try register.enter(id, category: .nonPartisan, tier: .representative, source: .certified, effective: "2022-05-01", by: clerk)
        let membership = try #require(try register.member(id)?.membership(in: .nonPartisan))
        #expect(membership.category == .nonPartisan)
        #expect(membership.tier == .representative && membership.tierName == "代表人士")
        #expect(membership.source == .certified && membership.sourceName == "认定")
        #expect(membership.categoryName == "无党派人士")
    }

    @Test("every read that takes a category takes its code, its name or an alias",
          arguments: ["NON_PARTISAN", "无党派人士", "无党派"])
    func categoryByAnyName(text: String) throws {
        let id = try register.add(MemberRecord(name: "周明"), effective: "2020-01-01", by: clerk)
        try register.enter(id, category: Category(text), effective: "2022-05-01", by: clerk)
        let member = try #require(try register.member(id))
        #expect(member.membership(in: Category(text))?.category == .nonPartisan)
        #expect(member.membership(in: "无党派人士") != nil)
        #expect(try register.members(asOf: "2022-06-01", in: Category(text)).map(\.id) == [id])
        #expect(try register.members(asOf: "2022-06-01", in: .nonPartisan, tiers: ["一般"]).map(\.id) == [id])
    }

    @Test("an unknown category is a ValidationError whose field is typed")
    func unknownCategory() throws {
        let id = try register.add(MemberRecord(name: "周明"), effective: "2020-01-01", by: clerk)
        do {
            try register.enter(id, category: "无关人士", effective: "2022-05-01", by: clerk)
            Issue.record("an unknown category was accepted")
        } catch let error as ValidationError {
            #expect(error.field == .category)
            #expect(error.reason == .unknownCode(list: .category))
            #expect(error.value == "无关人士")
        }
        #expect(try count("changeset", in: register) == 1, "only the registration was recorded")
    }

    @Test("validation errors name member fields as typed fields")
    func typedFields() throws {
        var record = MemberRecord(name: "王伟")
        record.ethnicity = "火星族"
        #expect(throws: ValidationError(field: .ethnicity, value: "火星族", reason: .unknownCode(list: .ethnicity))) {
            try register.add(record, effective: "2020-01-01", by: clerk)
        }
        #expect(ValidationError.Field.documentNumber.memberField == .documentNumber)
        #expect(ValidationError.Field.category.memberField == nil)
    }

    @Test("records hold codes and members carry display names for them")
    func displayNames() throws {
        var record = MemberRecord(name: "乌云其木格")
        record.ethnicity = "蒙古"
        record.politicalStatus = "民盟"
        record.rank = .deputySection
        let id = try register.add(record, effective: "2020-01-01", by: clerk)
        let member = try #require(try register.member(id))
        #expect(member.ethnicity == "02" && member.displayName(of: .ethnicity) == "蒙古族")
        #expect(member.politicalStatus == .democraticLeague && member.displayName(of: .politicalStatus) == "中国民主同盟盟员")
        #expect(member.displayName(of: .rank) == "乡科级副职")
        #expect(member.displayName(of: .status) == "在册")
        #expect(member.displayName(of: .name) == "乌云其木格")
        #expect(member.displayName(of: .post) == nil)
    }

    @Test("the catalog resolves typed values and names them")
    func catalog() throws {
        let codes = register.codes
        #expect(try codes.resolve(Tier("重点代表人士"), field: .tier) == .keyRepresentative)
        #expect(codes.name(of: Category.overseasChinese) == "华侨、归侨及侨眷")
        #expect(codes.code(CategorySource("推荐"))?.code == CategorySource.nominated.rawValue)
        #expect(throws: ValidationError.self) { try codes.resolve(Tier("最高层"), field: .tier) }
    }
}
