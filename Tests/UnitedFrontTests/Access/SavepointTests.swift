import Testing
@testable import UnitedFront

@Suite("Savepoints inside a write")
struct SavepointTests {
    @Test("a refused row inside a savepoint leaves no trace and the rest of the changeset commits")
    func savepointUndoesOnlyItsOwnWrites() throws {
        let register = try Register.inMemory()
        struct Refused: Error {}
        let kept = try register.write(by: clerk) { tx in
            // The changeset is first recorded inside the savepoint, then rolled back with it.
            _ = try? tx.savepoint { () throws -> MemberID in
                _ = try tx.add(MemberRecord(name: "退回"), effective: "2022-01-01")
                throw Refused()
            }
            return try tx.add(MemberRecord(name: "保留"), effective: "2022-01-01")
        }
        #expect(try register.members(asOf: "2022-01-01").map(\.name) == ["保留"])
        #expect(try register.member(kept)?.name == "保留")
        #expect(try count("changeset", in: register) == 1)
        #expect(try register.timeline(of: kept).count == 1)
    }
}
