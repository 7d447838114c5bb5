import Testing
@testable import UnitedFront

/// Identity is unique across members on every date, not only in the latest row (defect 4).
@Suite("A document belongs to one member on every date")
struct DocumentIdentityTests {
    let register: Register
    let number = "320102197001010417"

    init() throws { register = try Register.inMemory() }

    func holder() throws -> MemberID {
        var record = MemberRecord(name: "甲")
        record.documentNumber = number
        let id = try register.add(record, effective: "2020-01-01", by: clerk)
        try register.change(id, effective: "2030-01-01", by: clerk) {
            $0.documentType = "护照"
            $0.documentNumber = "E12345678"
        }
        return id
    }

    @Test("a number its holder keeps until a future-dated change is not free for someone else")
    func futureDatedChangeDoesNotFreeTheNumber() throws {
        let 甲 = try holder()
        var record = MemberRecord(name: "乙")
        record.documentNumber = number
        #expect(throws: RegisterError.duplicateDocument(type: "111", number: number, existing: 甲)) {
            try register.add(record, effective: "2021-01-01", by: clerk)
        }
        let 乙 = try register.add(MemberRecord(name: "乙"), effective: "2021-01-01", by: clerk)
        #expect(throws: RegisterError.self) {
            try register.change(乙, effective: "2025-01-01", by: clerk) { $0.documentNumber = number }
        }
    }

    @Test("the number is free from the day its holder's change takes effect")
    func freeAfterTheChange() throws {
        _ = try holder()
        var record = MemberRecord(name: "乙")
        record.documentNumber = number
        _ = try register.add(record, effective: "2030-01-01", by: clerk)
    }
}
