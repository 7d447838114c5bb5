import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

/// What integrators reached for: one-call forms of every transaction operation, async forms, read-side
/// identity look-ups, archived members, registration-date corrections, and corrections of today's record.
@Suite("Register conveniences")
struct RegisterConvenienceTests {
    let clock = TestClock("2026-03-01T09:00:00+08:00")
    let register: Register
    init() throws { register = try Register.inMemory(clock: clock.read) }

    func person(_ name: String, born: String = "1980-05-06", sequence: Int = 13) throws -> MemberID {
        var record = MemberRecord(name: name)
        record.documentNumber = citizenID(born: born, sequence: sequence)
        return try register.add(record, effective: "2020-01-01", by: clerk)
    }

    @Test("tier changes, membership corrections and removals, and reactivation are one call each")
    func oneCallWrites() throws {
        let id = try person("赵倩")
        try register.enter(id, category: .nonPartyCadre, effective: "2020-03-01", by: clerk)
        #expect(try register.changeTier(id, category: .nonPartyCadre, to: .reserve, effective: "2021-09-01", by: clerk))
        #expect(try register.correctMembership(id, category: .nonPartyCadre, since: "2020-02-01", by: clerk))
        #expect(try register.member(id)?.membership(in: .nonPartyCadre)?.since == "2020-02-01")
        try register.enter(id, category: .newStratum, effective: "2022-01-01", by: clerk)
        try register.removeMembership(id, category: .newStratum, by: clerk)
        #expect(try register.member(id)?.membership(in: .newStratum) == nil)
        try register.leave(id, category: .nonPartyCadre, effective: "2023-01-01", by: clerk)
        try register.archive(id, effective: "2024-01-01", by: clerk)
        try register.reactivate(id, effective: "2025-01-01", by: clerk)
        #expect(try register.member(id)?.status == .active)
    }

    @Test("the async forms do what the blocking ones do")
    func asyncForms() async throws {
        let id = try await register.add(MemberRecord(name: "钱进"), effective: "2020-01-01", by: clerk)
        try await register.enter(id, category: .newStratum, tier: .representative, effective: "2021-01-01", by: clerk)
        try await register.changeTier(id, category: .newStratum, to: .keyRepresentative, effective: "2022-01-01", by: clerk)
        try await register.change(id, effective: "2022-06-01", by: clerk) { $0.post = "会长" }
        try await register.archive(id, effective: "2024-01-01", by: clerk)
        #expect(try await register.member(id, asOf: "2022-12-31")?.membership(in: .newStratum)?.tier == .keyRepresentative)
        #expect(try await register.archivedMembers(asOf: "2024-06-01").map(\.id) == [id])
        #expect(try await register.changes(from: "2022-01-01", through: "2022-12-31").count == 2)
        #expect(try await register.timeline(of: id).count == 5)
    }

    @Test("a reader finds a member by document or by name and birth date without taking the write lock")
    func readSideLookups() throws {
        let id = try person("王伟", born: "1949-12-31", sequence: 2)
        let number = citizenID(born: "1949-12-31", sequence: 2)
        #expect(try register.member(documentNumber: number)?.id == id)
        #expect(try register.member(documentNumber: number.lowercased())?.id == id, "x is read as X")
        #expect(try register.member(documentNumber: "110105194912310021") == nil, "a number that fails its check finds nobody")
        #expect(try register.members(named: "王伟", bornOn: "1949-12-31").map(\.id) == [id])
        #expect(try register.members(named: "王伟", bornOn: "1950-01-01").isEmpty)
    }

    @Test("archived members are listed apart from the active ones")
    func archivedListing() throws {
        let kept = try person("甲", sequence: 11)
        let gone = try person("乙", sequence: 13)
        try register.archive(gone, effective: "2023-05-01", by: Attribution(actor: "t", reason: "迁出"))
        #expect(try register.members(asOf: "2024-01-01").map(\.id) == [kept])
        #expect(try register.archivedMembers(asOf: "2024-01-01").map(\.id) == [gone])
        #expect(try register.archivedMembers(asOf: "2023-04-30").isEmpty)
    }

    @Test("a wrong registration date is corrected; the change report moves the registration with it")
    func registrationDate() throws {
        let id = try person("孙丽")
        try register.change(id, effective: "2021-06-01", by: clerk) { $0.post = "主任" }
        #expect(try register.correctRegistration(id, registeredOn: "2019-03-01", by: clerk))
        #expect(try register.member(id)?.registeredOn == "2019-03-01")
        #expect(try register.member(id, asOf: "2019-06-01")?.name == "孙丽")
        #expect(try register.changes(from: "2019-01-01", through: "2019-12-31").map(\.change.subject) == [.registration])
        #expect(try register.timeline(of: id).last?.changes.first?.subject == .registrationDate)
        #expect(throws: RegisterError.self) { try register.correctRegistration(id, registeredOn: "2021-07-01", by: clerk) }
        #expect(try register.correctRegistration(id, registeredOn: "2019-03-01", by: clerk) == false)
    }

    @Test("a correction without a date edits today's record, not a future-dated one")
    func correctionDefaultsToToday() throws {
        let id = try person("周强")
        try register.change(id, effective: "2025-01-01", by: clerk) { $0.workUnit = "区财政局" }
        try register.change(id, effective: "2027-01-01", by: clerk) { $0.workUnit = "市财政局" }
        try register.correct(id, by: clerk) { $0.workUnit = "区财政局预算科" }   // today is 2026-03-01
        #expect(try register.member(id, asOf: "2026-03-01")?.workUnit == "区财政局预算科")
        #expect(try register.member(id)?.workUnit == "市财政局", "the future-dated change is untouched")
    }
}
