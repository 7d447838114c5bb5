import Testing
@testable import UnitedFront

/// Archiving and memberships: nobody holds a membership on a day they are archived (defect 6).
@Suite("Archive and the memberships around it")
struct ArchiveTests {
    let register: Register
    init() throws { register = try Register.inMemory() }

    @Test("a back-dated archive before a membership began is refused and names the membership")
    func refusedBeforeMembership() throws {
        let id = try register.add(MemberRecord(name: "甲"), effective: "2015-01-01", by: clerk)
        try register.enter(id, category: "无党派人士", tier: "代表人士", effective: "2022-05-01", by: clerk)
        #expect(throws: RegisterError.membershipWhileArchived(id, category: "NON_PARTISAN", on: "2022-05-01")) {
            try register.archive(id, effective: "2020-01-01", by: clerk)
        }
        #expect(try register.member(id, asOf: "2021-01-01")?.status == .active, "nothing was written")
        try register.write(by: clerk) { try $0.removeMembership(id, category: "无党派人士") }
        try register.archive(id, effective: "2020-01-01", by: clerk)
        #expect(try register.member(id)?.status == .archived)
        #expect(try register.member(id)?.categories.isEmpty == true)
    }

    @Test("a back-dated archive ends a membership in force that day; a later reactivation bounds the refusal")
    func endsMembershipInForce() throws {
        let id = try register.add(MemberRecord(name: "乙"), effective: "2015-01-01", by: clerk)
        try register.enter(id, category: "党外干部", effective: "2016-01-01", by: clerk)
        try register.archive(id, effective: "2019-01-01", by: clerk)
        try register.write(by: clerk) { try $0.reactivate(id, effective: "2021-01-01") }
        try register.enter(id, category: "党外干部", effective: "2022-01-01", by: clerk)
        try register.archive(id, effective: "2018-01-01", by: clerk)
        #expect(try register.member(id, asOf: "2017-12-31")?.membership(in: "NON_PARTY_CADRE") != nil)
        #expect(try register.member(id, asOf: "2018-06-01")?.categories.isEmpty == true)
        #expect(try register.member(id, asOf: "2022-06-01")?.membership(in: "NON_PARTY_CADRE")?.since == "2022-01-01")
    }

    @Test("entering before a recorded archive ends the membership the day the archive begins")
    func enterBoundedByArchive() throws {
        let id = try register.add(MemberRecord(name: "丙"), effective: "2015-01-01", by: clerk)
        try register.archive(id, effective: "2024-01-01", by: clerk)
        try register.enter(id, category: "新的社会阶层人士", effective: "2020-01-01", by: clerk)
        #expect(try register.member(id, asOf: "2023-12-31")?.membership(in: "NEW_STRATUM")?.validTo == "2024-01-01")
        #expect(try register.members(asOf: "2024-06-01", in: "NEW_STRATUM").isEmpty)
    }

    @Test("a membership's start cannot be corrected back into a stretch when the member was archived")
    func sinceNotIntoArchivedStretch() throws {
        let id = try register.add(MemberRecord(name: "丁"), effective: "2015-01-01", by: clerk)
        try register.archive(id, effective: "2016-01-01", by: clerk)
        try register.write(by: clerk) { try $0.reactivate(id, effective: "2017-01-01") }
        try register.enter(id, category: "新的社会阶层人士", effective: "2018-01-01", by: clerk)
        #expect(throws: RegisterError.memberArchived(id, on: "2016-06-01")) {
            try register.write(by: clerk) { _ = try $0.correctMembership(id, category: "NEW_STRATUM", since: "2016-06-01") }
        }
        try register.write(by: clerk) { _ = try $0.correctMembership(id, category: "NEW_STRATUM", since: "2017-03-01") }
        #expect(try register.member(id)?.membership(in: "NEW_STRATUM")?.since == "2017-03-01")
    }
}
