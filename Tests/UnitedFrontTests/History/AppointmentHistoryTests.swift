import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

/// The scenario: a cadre appointed 副科级, promoted 正科级, and a birth date corrected.
@Suite("A cadre's appointment, promotion and corrected birth date")
struct AppointmentHistoryTests {
    let clock = TestClock()
    let register: Register
    let id: MemberID

    init() throws {
        register = try Register.inMemory(clock: clock.read)
        clock.set("2020-01-10T09:00:00+08:00")
        var record = MemberRecord(name: "王伟")
        record.documentNumber = citizenID(born: "1980-05-06", sequence: 13)
        record.workUnit = "区财政局"
        id = try register.add(record, effective: "2020-01-01", by: Attribution(actor: "李干事", reason: "建库摸底"))

        clock.set("2021-03-20T10:00:00+08:00")
        try register.change(id, effective: "2021-03-01", by: Attribution(actor: "张科员", reason: "区委任命文件 2021-7号")) {
            $0.rank = "副科级"
            $0.post = "副局长"
        }
        clock.set("2023-06-05T10:00:00+08:00")
        try register.change(id, effective: "2023-06-01", by: Attribution(actor: "张科员", reason: "晋升文件 2023-12号")) {
            $0.rank = "正科级"
        }
        clock.set("2024-01-05T15:00:00+08:00")
        try register.correct(id, by: Attribution(actor: "王审核", reason: "核对户籍信息")) {
            $0.documentNumber = citizenID(born: "1980-06-05", sequence: 13)
            $0.birthDate = "1980-06-05"
        }
    }

    @Test("as of 2022-12-31 the member is 副科级")
    func asOfEndOf2022() throws {
        let member = try #require(try register.member(id, asOf: "2022-12-31"))
        #expect(member.rank == "142")
        #expect(member.displayName(of: .rank) == "乡科级副职")
        #expect(member.post == "副局长")
    }

    @Test("today the member is 正科级 with the corrected birth date")
    func current() throws {
        let member = try #require(try register.member(id))
        #expect(member.rank == "141")
        #expect(member.birthDate == "1980-06-05")
    }

    @Test("as known at 2021-03-10 there is no appointment yet")
    func knownBeforeTheAppointmentWasRecorded() throws {
        let known = try #require(try register.member(id, asOf: "2021-03-15", knownAt: Timestamp(endOf: "2021-03-10")))
        #expect(known.rank == nil)
        let laterKnowledge = try #require(try register.member(id, asOf: "2021-03-15", knownAt: Timestamp(endOf: "2021-03-20")))
        #expect(laterKnowledge.rank == "142")
    }

    @Test("as known before the correction, the old birth date stands; as known now, the corrected one, for every date")
    func correctionIsBitemporal() throws {
        let before = try #require(try register.member(id, asOf: "2022-01-01", knownAt: Timestamp(endOf: "2023-12-31")))
        #expect(before.birthDate == "1980-05-06")
        for date: LocalDate in ["2020-01-01", "2022-01-01", "2024-06-01"] {
            #expect(try register.member(id, asOf: date)?.birthDate == "1980-06-05")
        }
    }

    @Test("the changes between 2022-01-01 and 2023-12-31 are the promotion only")
    func changesBetweenDates() throws {
        let changes = try register.changes(from: "2022-01-01", through: "2023-12-31")
        #expect(changes.count == 1)
        let promotion = try #require(changes.first)
        #expect(promotion.memberID == id)
        #expect(promotion.effectiveOn == "2023-06-01")
        #expect(promotion.change.subject == .field(.rank))
        #expect(promotion.change.from == "142" && promotion.change.to == "141")
        #expect(promotion.change.toName == "乡科级正职")
    }

    @Test("the timeline lists registration, appointment, promotion and correction with actor and reason")
    func timeline() throws {
        let timeline = try register.timeline(of: id)
        #expect(timeline.map(\.kind) == [.registration, .change, .change, .correction])
        let appointment = timeline[1]
        #expect(appointment.effectiveOn == "2021-03-01")
        #expect(appointment.changeset.recordedAt == Timestamp(iso8601Literal: "2021-03-20T10:00:00+08:00"))
        #expect(appointment.changeset.actor == "张科员")
        #expect(appointment.changeset.reason == "区委任命文件 2021-7号")
        #expect(appointment.changes.contains { $0.subject == .field(.rank) && $0.from == nil && $0.toName == "乡科级副职" })
        let correction = timeline[3]
        #expect(correction.changeset.actor == "王审核")
        #expect(correction.effectiveOn == "2020-01-01")
        #expect(correction.changes.contains {
            $0.subject == .field(.birthDate) && $0.from == "1980-05-06" && $0.to == "1980-06-05"
        })
        #expect(timeline[0].changes.contains { $0.subject == .field(.name) && $0.to == "王伟" })
        #expect(timeline[2].description.contains("乡科级副职 → 乡科级正职"))
    }
}
