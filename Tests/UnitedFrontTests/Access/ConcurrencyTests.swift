import Foundation
import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

/// Run these under Thread Sanitizer too: `swift test --sanitize=thread --filter ConcurrencyTests`.
@Suite("Readers and writers at the same time")
struct ConcurrencyTests {
    @Test("many readers while a writer writes: every read sees one consistent snapshot, and no SQLITE_BUSY escapes")
    func readersBesideWriter() async throws {
        let directory = try TemporaryDirectory()
        let register = try Register(path: directory.path("register.sqlite"))
        let (a, b) = try await register.write(by: clerk) { tx in
            var first = MemberRecord(name: "甲"), second = MemberRecord(name: "乙")
            first.notes = "0"
            second.notes = "0"
            return (try tx.add(first, effective: "2020-01-01"), try tx.add(second, effective: "2020-01-01"))
        }
        let rounds = 150
        try await withThrowingTaskGroup(of: Int.self) { group in
            group.addTask {
                for round in 1...rounds {
                    try await register.write(by: clerk) { tx in
                        // Both members change in one transaction: a reader must never see one without the other.
                        try tx.change(a, effective: "2021-01-01") { $0.notes = "\(round)" }
                        try tx.change(b, effective: "2021-01-01") { $0.notes = "\(round)" }
                    }
                }
                return rounds
            }
            for _ in 0..<6 {
                group.addTask {
                    var reads = 0, last = 0
                    while last < rounds {
                        let (first, second, population) = try await register.read { snapshot in
                            (try snapshot.member(a)?.notes, try snapshot.member(b)?.notes,
                             try snapshot.members(asOf: "2022-01-01").map(\.notes))
                        }
                        #expect(first == second)
                        #expect(population.count == 2 && population[0] == population[1])
                        #expect(population[0] == first)
                        let seen = Int(first ?? "0") ?? 0
                        #expect(seen >= last, "a later read saw an older snapshot")
                        last = seen
                        reads += 1
                    }
                    return reads
                }
            }
            var total = 0
            for try await count in group { total += count }
            #expect(total > rounds)
        }
        #expect(try await register.member(a)?.notes == "\(rounds)")
        #expect(try await register.timeline(of: a).count == rounds + 1)
    }

    @Test("two handles on one file write in turn: SQLite's busy handler absorbs the lock waits")
    func twoHandlesOnOneFile() async throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("register.sqlite")
        let first = try Register(path: path)
        let second = try Register(path: path)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (index, register) in [first, second].enumerated() {
                group.addTask {
                    for round in 0..<40 {
                        try await register.write(by: clerk) { tx in
                            _ = try tx.add(MemberRecord(name: "成员\(index)-\(round)"), effective: "2022-01-01")
                        }
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(try await first.members(asOf: "2022-01-01").count == 80)
        #expect(try await second.read { try $0.changesets().count } == 80)
    }

    @Test("an in-memory register serialises reads and writes on its one connection")
    func inMemoryFromManyTasks() async throws {
        let register = try Register.inMemory()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<8 {
                group.addTask {
                    let id = try await register.write(by: clerk) { try $0.add(MemberRecord(name: "成员\(index)"), effective: "2022-01-01") }
                    _ = try await register.perform { try $0.member(id) }
                }
            }
            try await group.waitForAll()
        }
        #expect(try await register.members(asOf: "2022-01-01").count == 8)
    }

    @Test("calling the register from inside its own write closure throws instead of deadlocking, and writes nothing")
    func nestedCallsThrow() throws {
        let register = try Register.inMemory()
        #expect(throws: RegisterError.nestedAccess) {
            try register.write(by: clerk) { tx in
                _ = try tx.add(MemberRecord(name: "甲"), effective: "2022-01-01")
                _ = try register.member(MemberID(rawValue: 1))
            }
        }
        #expect(try register.members(asOf: "2022-01-01").isEmpty)
        let directory = try TemporaryDirectory()
        let file = try Register(path: directory.path("register.sqlite"))
        #expect(throws: RegisterError.nestedAccess) {
            try file.write(by: clerk) { _ in try file.add(MemberRecord(name: "乙"), effective: "2022-01-01", by: clerk) }
        }
    }
}
