import Testing
import UnitedFront
import UnitedFrontFixtures

@Suite("Categories are consistent with the person, on every date")
struct PersonConsistencyTests {
    let people = Population(seed: 2024, size: 2_000).people
    let dates: [LocalDate] = ["2018-06-30", "2019-12-31", "2021-06-30", "2022-12-31", "2024-12-31"]

    @Test("DEMOCRATIC_PARTY holds exactly when the political status is 04–11")
    func democraticPartyIffStatus() throws {
        for person in people {
            for date in dates {
                guard let record = person.record(asOf: date), record.status == .active else { continue }
                let categories = Set(person.memberships(asOf: date).map(\.category))
                #expect(categories.contains("DEMOCRATIC_PARTY") == democraticParties.contains(record[.politicalStatus] ?? ""),
                        "person \(person.id) on \(date)")
            }
        }
    }

    @Test("NON_PARTISAN means status 12 and certified, from a 认定 in force; a candidate holds neither")
    func nonPartisanNeedsStatus12() {
        for person in people {
            let workflows = person.state(asOf: nil).workflows.filter { $0.kind == .nonPartisanCertification }
            for date in dates {
                guard let record = person.record(asOf: date), record.status == .active else { continue }
                let membership = person.memberships(asOf: date).first { $0.category == "NON_PARTISAN" }
                let certified = workflows.contains { $0.state(asOf: date).map(WorkflowKind.nonPartisanCertified.contains) ?? false }
                #expect((record.politicalStatus == "12") == certified, "person \(person.id) on \(date)")
                #expect((membership?.source == "CERTIFIED") == certified, "person \(person.id) on \(date)")
                #expect(membership == nil || membership?.source == "CERTIFIED")
            }
        }
    }

    @Test("ETHNIC_MINORITY needs an ethnicity other than 汉族; 党外 categories exclude 中共党员")
    func minorityAndPartyRules() {
        for person in people {
            let record = person.currentRecord
            for date in dates {
                let categories = Set(person.memberships(asOf: date).map(\.category))
                if categories.contains("ETHNIC_MINORITY") { #expect(record.ethnicity != "01") }
                if ["01", "02"].contains(person.record(asOf: date)?.politicalStatus ?? "") {
                    #expect(categories.isDisjoint(with: ["NON_PARTY_CADRE", "NON_PARTY_INTELLECTUAL", "DEMOCRATIC_PARTY",
                                                         "NON_PARTISAN", "ETHNIC_MINORITY"]))
                }
                if categories.contains("NON_PARTY_CADRE") { #expect(person.record(asOf: date)?.rank != nil) }
            }
        }
        let communists = people.filter { ["01", "02"].contains($0.record[.politicalStatus] ?? "") }
        #expect(communists.count < people.count / 25, "中共党员 are rare among 党外人士")
        #expect(communists.allSatisfy { $0.archetype != .nonPartyCadre })
    }

    @Test("cadre ranks are mostly 142, 141 and 132")
    func cadreRanks() {
        let ranks = people.filter { $0.archetype == .nonPartyCadre }.compactMap { $0.record[.rank] }
        #expect(ranks.count > 200)
        let common = ranks.filter { ["142", "141", "132"].contains($0) }.count
        #expect(common * 100 / ranks.count >= 60)
        let ladder: Set<String> = ["160", "150", "142", "141", "132", "131", "122", "121", "112", "111", "102", "101"]
        #expect(ranks.allSatisfy { ladder.contains($0) })
    }

    @Test("every person is registered between 2018 and 2024 and their history moves forward")
    func historiesMoveForward() {
        for person in people {
            #expect((2018...2024).contains(person.registeredOn.year))
            for (earlier, later) in zip(person.events, person.events.dropFirst()) {
                #expect(earlier.effective < later.effective)
                #expect(earlier.recordedAt < later.recordedAt)
            }
            if let archive = person.events.firstIndex(where: { $0.kind == .archive }) {
                #expect(archive == person.events.count - 1)
            }
        }
        let changes = people.flatMap { $0.events.dropFirst() }
        #expect(changes.count > people.count)
        let backDated = changes.filter(\.isBackDated).count
        #expect(backDated > 0 && backDated * 100 / changes.count < 25)
        let kinds = Set(changes.map(\.kind))
        for kind in [SyntheticEvent.Kind.promotion, .transfer, .tierChange, .partyJoining, .nonPartisanCertification,
                     .nonPartisanCandidacy, .nonPartisanRevocation, .partyFiling, .overseasChineseCertification,
                     .categoryEntry, .contactUpdate, .retirement, .archive, .reservePoolEntry] {
            #expect(kinds.contains(kind), "no \(kind) in 2,000 histories")
        }
    }
}
