import Dispatch
import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

/// A register call from inside one of the register's own closures is refused at once with
/// `RegisterError.nestedAccess`, from either side, on files and in memory: no pattern hangs (defect 5).
@Suite("Nested register calls are refused, never answered wrongly or hung")
struct NestedAccessTests {
    @Test("reading the register inside its write throws instead of missing the new member",
          arguments: [false, true])
    func readInsideWrite(inMemory: Bool) throws {
        let directory = try TemporaryDirectory()
        let register = inMemory ? try Register.inMemory() : try Register(path: directory.path("t.sqlite"))
        #expect(throws: RegisterError.nestedAccess) {
            try register.write(by: clerk) { tx in
                let id = try tx.add(MemberRecord(name: "甲"), effective: "2020-01-01")
                _ = try register.member(id)
            }
        }
        #expect(try register.members(asOf: "2021-01-01").isEmpty, "the refused write wrote nothing")
    }

    @Test("writing inside a read, and reading inside a read, throw", arguments: [false, true])
    func insideRead(inMemory: Bool) throws {
        let directory = try TemporaryDirectory()
        let register = inMemory ? try Register.inMemory() : try Register(path: directory.path("t.sqlite"))
        #expect(throws: RegisterError.nestedAccess) {
            try register.read { _ in try register.add(MemberRecord(name: "乙"), effective: "2020-01-01", by: clerk) }
        }
        #expect(throws: RegisterError.nestedAccess) {
            try register.read { _ in try register.members(asOf: "2020-01-01") }
        }
    }

    @Test("a write that reads and a read that writes, on two threads with one reader, both end",
          .timeLimit(.minutes(1)))
    func crossedCallsDoNotDeadlock() throws {
        let directory = try TemporaryDirectory()
        let register = try Register(path: directory.path("t.sqlite"), maximumReaders: 1)
        let id = try register.add(MemberRecord(name: "丙"), effective: "2020-01-01", by: clerk)
        let outcomes = ProtectedValue<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            for _ in 0..<50 {
                do {
                    if index == 0 {
                        try register.write(by: clerk) { _ in _ = try register.member(id) }
                    } else {
                        try register.read { _ in try register.write(by: clerk) { _ in } }
                    }
                    _ = try? outcomes.withLock { $0.append("returned") }
                } catch {
                    _ = try? outcomes.withLock { $0.append("\(error)") }
                }
            }
        }
        let all = try outcomes.withLock { $0 }
        #expect(all.count == 100)
        #expect(all.allSatisfy { $0 == "\(RegisterError.nestedAccess)" })
    }
}
