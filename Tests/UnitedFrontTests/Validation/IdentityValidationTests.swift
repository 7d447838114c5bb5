import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

@Suite("Citizen IDs, credit codes, mobiles and dates")
struct IdentityValidationTests {
    @Test("a valid citizen ID yields its birth date and sex")
    func validCitizenID() throws {
        let id = try CitizenID("11010519491231002X")
        #expect(id.birthDate == "1949-12-31")
        #expect(id.sex == "2")
        #expect(id.addressCode == "110105")
        #expect(try CitizenID("11010519491231002x").number == "11010519491231002X")
        #expect(try CitizenID(citizenID("150102", born: "1985-07-14", sequence: 123)).sex == "1")
    }

    @Test("a 15-digit legacy number is upgraded to 18 digits")
    func legacyNumber() throws {
        let id = try CitizenID("110105491231002")
        #expect(id.number == "11010519491231002X")
        #expect(id.wasUpgraded)
    }

    @Test("bad citizen IDs are refused with the reason", arguments: [
        ("11010519491231002Y", "malformed"),
        ("110105194912310021", "checksum"),
        ("1101051949123100", "malformed"),
        ("11010519491331002X", "date"),
        ("11010520990101002X", "future"),
        ("11010518000101002X", "implausible"),
        ("99010519491231002X", "malformed"),
        ("11010519491231002", "malformed"),
        ("1101051949123100３X", "checksum"),  // full-width digits are read as ASCII, then checked
    ])
    func badCitizenIDs(number: String, kind: String) {
        do {
            _ = try CitizenID(number, today: "2026-01-01")
            Issue.record("\(number) was accepted")
        } catch {
            #expect(error.field == "document_number")
            #expect(error.value == number)
            switch (kind, error.reason) {
            case ("checksum", .checksum), ("malformed", .malformed), ("date", .malformedDate),
                 ("future", .futureDate), ("implausible", .implausibleDate):
                break
            default:
                Issue.record("\(number): expected \(kind), got \(error.reason)")
            }
        }
    }

    @Test("the checksum error states the expected check character")
    func checksumNamesExpected() {
        #expect(throws: ValidationError(field: "document_number", value: "110105194912310021", reason: .checksum(expected: "X"))) {
            try CitizenID("110105194912310021")
        }
    }

    @Test("credit codes are checked against GB 32100")
    func creditCodes() throws {
        #expect(try CreditCode("91350100M000100Y43").value == "91350100M000100Y43")
        #expect(try CreditCode("91110000600037341l").value == "91110000600037341L")
        #expect(throws: ValidationError(field: "credit_code", value: "91350100M000100Y44", reason: .checksum(expected: "3"))) {
            try CreditCode("91350100M000100Y44")
        }
        #expect(throws: ValidationError.self) { try CreditCode("91350100I000100Y43") }  // I is not in the alphabet
        #expect(throws: ValidationError.self) { try CreditCode("91350100M000100Y4") }
    }

    @Test("mobiles are normalised to 11 digits and bad ones refused")
    func mobiles() throws {
        #expect(try MobileNumber("+86 138-0013-8000").digits == "13800138000")
        #expect(try MobileNumber("8613800138000").digits == "13800138000")
        for bad in ["12800138000", "1380013800", "138001380001", "1380013800a"] {
            #expect(throws: ValidationError.self, "\(bad)") { try MobileNumber(bad) }
        }
    }

    @Test("dates must exist and timestamps must be ISO 8601")
    func dates() throws {
        #expect(try LocalDate(iso8601: "2024-02-29") == LocalDate(year: 2024, month: 2, day: 29))
        for bad in ["2023-02-29", "2023-13-01", "2023-1-01", "20230101", ""] {
            #expect(throws: ValidationError(field: "date", value: bad, reason: .malformedDate)) { try LocalDate(iso8601: bad) }
        }
        #expect(try Timestamp(iso8601: "2021-03-20T10:00:00+08:00") == Timestamp(iso8601: "2021-03-20T02:00:00.000Z"))
        #expect(throws: ValidationError.self) { try Timestamp(iso8601: "2021-03-20T25:00:00Z") }
        #expect(LocalDate(daysSince1970: LocalDate("1949-10-01").daysSince1970) == "1949-10-01")
        #expect(LocalDate("1980-06-05").years(until: "2022-06-04") == 41)
    }

    @Test("region codes are 6, 9 or 12 digits under a province")
    func regions() throws {
        #expect(try RegionCode("150102").code == "150102")
        #expect(try RegionCode("150102003").code == "150102003")
        #expect(throws: ValidationError.self) { try RegionCode("1501") }
        #expect(throws: ValidationError.self) { try RegionCode("990102") }
    }
}
