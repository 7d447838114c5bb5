import Foundation
import Testing
import UnitedFrontTestSupport
import UnitedFront
import UnitedFrontExchange

@Suite("Matching rows to members already on the register")
struct DedupeTests {
    let scratch: ScratchDirectory
    let register: Register

    init() throws {
        scratch = try ScratchDirectory()
        register = try Register.inMemory()
        _ = try register.importSheet(sample("members-utf8.csv"))
    }

    @Test("a row with a known document updates that member as a change effective on the import's date")
    func updateIsAChangeWithTheEffectiveDate() throws {
        let liMing = citizenID("150102", born: "1981-05-06", sequence: 17)
        // Only the columns the sheet has, and an empty cell clears nothing (手机 stays).
        let sheet = try scratch.write("promotion.csv", "证件号码,职务,职级,手机,统战类别\n\(liMing),局长,正科级,,无党派人士\n")
        let changesets = try register.changesetCount()
        let result = try register.importSheet(sheet, MemberImportOptions(effective: "2024-07-01"))
        #expect(result.updated == 1 && result.imported == 0 && result.errors.isEmpty)
        #expect(try register.changesetCount() == changesets + 1)

        let id = try #require(try register.member(withDocument: liMing)?.id)
        let before = try #require(try register.member(id, asOf: "2024-06-30"))
        let after = try #require(try register.member(id, asOf: "2024-07-01"))
        #expect(before.post == "副局长" && before.rank == "142")
        #expect(after.post == "局长" && after.rank == "141")
        #expect(after.mobile == "15904710333")
        #expect(after.name == "李明")
        #expect(before.membership(in: "NON_PARTISAN") == nil)
        #expect(after.membership(in: "NON_PARTISAN")?.since == "2024-07-01")
        let changes = try register.changes(from: "2024-07-01", through: "2024-07-01").filter { $0.memberID == id }
        #expect(changes.count == 3)   // post, rank, category entry
    }

    @Test("a row that matches a member and changes nothing writes nothing")
    func unchangedRowWritesNothing() throws {
        let liMing = citizenID("150102", born: "1981-05-06", sequence: 17)
        let sheet = try scratch.write("same.csv", "证件号码,职务,民族,性别\n\(liMing),副局长,汉,男\n")
        let changesets = try register.changesetCount()
        let result = try register.importSheet(sheet, MemberImportOptions(effective: "2024-07-01"))
        #expect(result.unchanged == 1 && result.updated == 0)
        #expect(try register.changesetCount() == changesets)
    }

    @Test("a tier in the row changes the tier of categories the member already holds")
    func tierChange() throws {
        let wang = citizenID("150102", born: "1965-07-08", sequence: 13)
        let sheet = try scratch.write("tier.csv", "证件号码,统战类别,代表层级\n\(wang),非公有制经济人士,代表人士\n")
        let result = try register.importSheet(sheet, MemberImportOptions(effective: "2024-07-01"))
        #expect(result.updated == 1)
        let member = try #require(try register.member(withDocument: wang))
        #expect(member.membership(in: "NON_PUBLIC_ECONOMY")?.tier == "REPRESENTATIVE")
        #expect(member.membership(in: "NON_PUBLIC_ECONOMY")?.since == "2010-05-01")
    }

    @Test("the same name and birth date with a different or missing document is reported for review, not merged")
    func possibleDuplicates() throws {
        let existing = try #require(try register.member(withDocument: citizenID("150105", born: "1972-11-30", sequence: 46)))
        let otherID = citizenID("150105", born: "1972-11-30", sequence: 48)
        let sheet = try scratch.write("maybe.csv", """
            姓名,出生日期,证件类型,证件号码
            张丽华,1972-11-30,,\(otherID)
            张丽华,1972/11/30,护照,
            """)
        let result = try register.importSheet(sheet)
        #expect(result.imported == 2)
        #expect(result.possibleDuplicates.map(\.row) == [2, 3])
        #expect(result.possibleDuplicates[0] == PossibleDuplicate(row: 2, name: "张丽华", birthDate: "1972-11-30",
                                                                  existingMemberIDs: [existing.id]))
        #expect(result.possibleDuplicates[1].existingMemberIDs.count == 2)   // the original and row 2's
        #expect(try register.everyone().filter { $0.name == "张丽华" }.count == 3)
    }

    @Test("a change dated before the member entered the register is a row error")
    func effectiveBeforeRegistration() throws {
        let chen = "E12345678"
        let sheet = try scratch.write("early.csv", "证件类型,证件号码,职务\n护照,\(chen),董事长\n")
        let result = try register.importSheet(sheet, MemberImportOptions(effective: "2000-01-01"))
        #expect(result.rejected == 1)
        #expect(result.errors.first?.reason.contains("after the effective date 2000-01-01") == true)
    }

    @Test("an update-only sheet without a name column may not create members")
    func newMemberNeedsAName() throws {
        let sheet = try scratch.write("nameless.csv", "证件号码,手机\n\(citizenID("150102", born: "1999-09-09", sequence: 11)),13900000000\n")
        let result = try register.importSheet(sheet)
        #expect(result.errors == [ImportError(row: 2, column: "姓名", value: "",
                                              reason: "is required for a new member (no member has this row's document)")])
    }
}
