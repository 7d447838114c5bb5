import Testing
import UnitedFront
import UnitedFrontFixtures

@Suite("Generated identity documents are valid and unique")
struct IdentityDocumentTests {
    let people = Population(seed: 31, size: 3_000).people

    @Test("every citizen ID passes GB 11643 and agrees with the birth date and sex")
    func citizenIDsAreValid() throws {
        let citizenIDs = people.filter {
            [DocumentType.residentIdentityCard, DocumentType.residencePermitForHKMacaoTaiwan].contains($0.record.documentType)
        }
        #expect(citizenIDs.count > 2_700)
        for person in citizenIDs {
            let id = try CitizenID(try #require(person.record.documentNumber))
            #expect(id.number == person.record.documentNumber)
            #expect(id.birthDate == person.record.birthDate)
            #expect(id.sex == person.record.sex)
            if person.record.documentType == DocumentType.residentIdentityCard {
                #expect(id.addressCode == person.regionCode)
            } else {
                #expect(["810000", "820000", "830000"].contains(id.addressCode))
            }
        }
    }

    @Test("men have odd sequence numbers and women even ones")
    func sequenceParity() throws {
        for person in people where person.record.documentType == DocumentType.residentIdentityCard {
            let number = Array(try #require(person.record.documentNumber))
            let sequence = try #require(Int(String(number[14..<17])))
            #expect(sequence % 2 == (person.record.sex == "1" ? 1 : 0))
        }
    }

    @Test("no two people share a document")
    func documentsAreUnique() {
        let documents = people.map { "\($0.record.documentType)/\($0.record.documentNumber ?? "")" }
        #expect(Set(documents).count == documents.count)
        #expect(people.allSatisfy { $0.record.documentNumber != nil })
    }

    @Test("documents stay unique over 20,000 streamed people")
    func streamedDocumentsAreUnique() {
        var seen = Set<String>()
        var count = 0
        for record in Population.records(seed: 77, count: 20_000) {
            seen.insert("\(record.documentType)/\(record.documentNumber ?? "")")
            count += 1
        }
        #expect(count == 20_000)
        #expect(seen.count == 20_000)
    }

    @Test("others hold passports and travel permits: 华侨 with 普通护照, 港澳台 with 通行证")
    func otherDocuments() {
        let passports = people.filter { $0.record.documentType == "414" }
        #expect(!passports.isEmpty)
        #expect(passports.allSatisfy { $0.archetype == .overseasChinese && $0.record.documentNumber?.hasPrefix("E") == true })
        let permits = people.filter { ["511", "516"].contains($0.record.documentType) }
        #expect(!permits.isEmpty)
        #expect(permits.allSatisfy { $0.archetype == .hongKongMacaoTaiwan && $0.record.birthDate != nil })
    }

    @Test("mobiles are 11 digits 1[3-9]…, regions are townships under the district")
    func contactsAndRegions() throws {
        for person in people {
            if let mobile = person.record.mobile {
                #expect(try MobileNumber(mobile).digits == mobile)
            }
            let region = try #require(person.record.region)
            #expect(region.count == 9 && region.hasPrefix(person.regionCode))
        }
        #expect(people.filter { $0.record.mobile != nil }.count > 2_800)
    }
}
