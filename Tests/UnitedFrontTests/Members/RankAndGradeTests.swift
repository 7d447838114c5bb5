import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

/// 职务层次 (GB/T 12407) and 职级 (the 2019 ladder) are two fields, each with its own code list, compared
/// on one ladder.
@Suite("职务层次 and 职级")
struct RankAndGradeTests {
    let register: Register
    init() throws { register = try Register.inMemory() }

    @Test("a 四级主任科员 is accepted as 职级, beside a 乡科级副职 职务层次")
    func bothFields() throws {
        var record = MemberRecord(name: "李明")
        record.rank = "副科级"
        record.grade = "四级主任科员"
        let id = try register.add(record, effective: "2021-01-01", by: clerk)
        let member = try #require(try register.member(id))
        #expect(member.rank == .deputySection && member.displayName(of: .rank) == "乡科级副职")
        #expect(member.grade == .principalStaff4 && member.displayName(of: .grade) == "四级主任科员")
        #expect(MemberField.rank.label == "职务层次" && MemberField.grade.label == "职级")
    }

    @Test("a 职级 in the 职务层次 field is refused, and the other way round")
    func listsDoNotMix() throws {
        var record = MemberRecord(name: "李明")
        record.rank = "四级主任科员"
        #expect(throws: ValidationError(field: .rank, value: "四级主任科员", reason: .unknownCode(list: .cadreRank))) {
            try register.add(record, effective: "2021-01-01", by: clerk)
        }
        record.rank = nil
        record.grade = "乡科级副职"
        #expect(throws: ValidationError(field: .grade, value: "乡科级副职", reason: .unknownCode(list: .civilServiceGrade))) {
            try register.add(record, effective: "2021-01-01", by: clerk)
        }
    }

    @Test("副科级以上 compares on the ladder, for a 职务层次 or a 职级")
    func ladder() throws {
        let codes = register.codes
        #expect(codes.isAtLeast(.section, .deputySection))
        #expect(codes.isAtLeast(.deputySection, .deputySection))
        #expect(!codes.isAtLeast(.staffMember, .deputySection))
        #expect(codes.cadreRank(equivalentTo: .principalStaff4) == .deputySection)
        #expect(codes.cadreRank(equivalentTo: .researcher1) == .county)
        #expect(codes.cadreRank(equivalentTo: .staff1) == .staffMember)
        var record = MemberRecord(name: "王")
        record.grade = .researcher3
        #expect(codes.cadreLevel(of: record) == .deputyCounty)
        record.rank = "正科级"
        #expect(codes.cadreLevel(of: record) == .section, "the 职务层次 field wins when both are set")
    }
}
