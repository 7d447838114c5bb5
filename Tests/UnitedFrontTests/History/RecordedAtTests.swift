import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

/// `recordedAt` orders what the register knew when: one typo ten years ahead must not poison every
/// later write (defect 3).
@Suite("Recorded-at instants in the future are refused")
struct RecordedAtTests {
    let clock = TestClock()
    let register: Register

    init() throws {
        clock.set("2026-03-01T09:00:00+08:00")
        register = try Register.inMemory(clock: clock.read)
    }

    @Test("a changeset dated ten years ahead is refused and writes nothing; later writes are recorded now")
    func tenYearsAhead() throws {
        let typo = Attribution(actor: "t", recordedAt: Timestamp(iso8601Literal: "2036-03-01T09:00:00+08:00"))
        #expect(throws: RegisterError.recordedInFuture(recordedAt: typo.recordedAt!, now: clock.read())) {
            try register.add(MemberRecord(name: "甲"), effective: "2026-01-01", by: typo)
        }
        #expect(try count("changeset", in: register) == 0)
        try register.add(MemberRecord(name: "甲"), effective: "2026-01-01", by: clerk)
        #expect(try register.read { try $0.changesets() }.last?.recordedAt == clock.read())
    }

    @Test("a minute of clock skew is tolerated; learning things earlier is still allowed")
    func skewAndBackfill() throws {
        let skewed = Attribution(actor: "t", recordedAt: Timestamp(iso8601Literal: "2026-03-01T09:01:00+08:00"))
        try register.add(MemberRecord(name: "乙"), effective: "2026-01-01", by: skewed)
        let later = Attribution(actor: "t", recordedAt: Timestamp(iso8601Literal: "2026-03-01T09:06:00+08:00"))
        #expect(throws: RegisterError.self) { try register.add(MemberRecord(name: "丙"), effective: "2026-01-01", by: later) }
    }
}
