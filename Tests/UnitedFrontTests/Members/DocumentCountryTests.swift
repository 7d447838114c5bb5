import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

/// A document's identity is (type, issuing country, number) for documents that name a country: two
/// countries' passports may carry the same number.
@Suite("Passports are told apart by issuing country")
struct DocumentCountryTests {
    let register: Register
    init() throws { register = try Register.inMemory() }

    func traveller(_ name: String, country: Country?) -> MemberRecord {
        var record = MemberRecord(name: name)
        record.documentType = .passport
        record.documentCountry = country
        record.documentNumber = "E1234567"
        return record
    }

    @Test("a Malaysian and a Singaporean passport with the same number are two people")
    func twoCountries() throws {
        let malaysian = try register.add(traveller("陈志明", country: "马来西亚"), effective: "2021-01-01", by: clerk)
        let singaporean = try register.add(traveller("林美玲", country: "SGP"), effective: "2021-01-01", by: clerk)
        #expect(malaysian != singaporean)
        #expect(try register.member(malaysian)?.documentCountry == "MYS")
        #expect(try register.member(documentType: .passport, documentNumber: "E1234567", country: "新加坡")?.id == singaporean)
    }

    @Test("the same country's passport number is refused for a second person")
    func sameCountry() throws {
        let first = try register.add(traveller("陈志明", country: "MYS"), effective: "2021-01-01", by: clerk)
        #expect(throws: RegisterError.duplicateDocument(type: .passport, number: "E1234567", existing: first)) {
            try register.add(traveller("陈志强", country: "马来西亚"), effective: "2022-01-01", by: clerk)
        }
    }

    @Test("a 居民身份证 names no issuing country")
    func citizenIDHasNoCountry() throws {
        var record = MemberRecord(name: "王伟")
        record.documentNumber = citizenID(born: "1980-01-01", sequence: 11)
        record.documentCountry = "CHN"
        #expect(throws: ValidationError.self) { try register.add(record, effective: "2021-01-01", by: clerk) }
    }
}
