import Testing
import UnitedFront
import UnitedFrontFixtures

@Suite("A 2,000-person population in a register")
struct PopulationRegisterTests {
    let written = WrittenPopulation.shared
    let endOf2024: LocalDate = "2024-12-31"

    @Test("every person is written and gets an id")
    func everyoneWritten() throws {
        #expect(written.ids.count == 2_000)
        #expect(Set(written.ids).count == 2_000)
        let active = try written.register.members(asOf: endOf2024)
        let archived = written.population.people.filter { $0.currentRecord.status == .archived }.count
        #expect(active.count == 2_000 - archived)
        #expect(archived > 20 && archived < 200)
    }

    @Test("category counts at the end of 2024 are plausible")
    func categoryCounts() throws {
        let register = written.register
        let total = try register.members(asOf: endOf2024).count
        func count(_ category: UnitedFront.Category, tiers: Set<Tier> = []) throws -> Int {
            try register.members(asOf: endOf2024, in: category, tiers: tiers).count
        }
        let cadres = try count("NON_PARTY_CADRE")
        #expect(cadres * 100 / total >= 8 && cadres * 100 / total <= 25)
        #expect(try count("DEMOCRATIC_PARTY") * 100 / total >= 15)
        let categories: [UnitedFront.Category] = [.nonPartisan, .newStratum, .nonPublicEconomy, .overseasChinese, .ethnicMinority,
                                                  .nonPartyIntellectual, .studyAbroad, .hongKongMacao, .taiwan, .religious]
        for category in categories {
            #expect(try count(category) > 0, "no members in \(category)")
        }
        let key = try count("NON_PARTY_CADRE", tiers: ["KEY_REPRESENTATIVE"])
        let reserve = try count("NON_PARTY_CADRE", tiers: ["RESERVE"])
        #expect(key > 0 && reserve > 0)
        let allKey = try register.members(asOf: endOf2024).flatMap(\.categories).filter { $0.tier == "KEY_REPRESENTATIVE" }.count
        let allReserve = try register.members(asOf: endOf2024).flatMap(\.categories).filter { $0.tier == "RESERVE" }.count
        #expect(Double(allReserve) / Double(allKey) > 1.3 && Double(allReserve) / Double(allKey) < 3.0,
                "the reserve pool is about twice the key representatives: \(allReserve) vs \(allKey)")
        let seniorCadres = try register.members(asOf: endOf2024, in: "NON_PARTY_CADRE")
            .filter { ["142", "141", "132", "131", "122", "121"].contains($0.rank ?? "") }.count
        #expect(seniorCadres * 100 / cadres >= 60, "most 党外干部 are 副科级以上")
    }

    @Test("the register agrees with the generated model, person by person")
    func registerMatchesModel() throws {
        for (person, id) in zip(written.population.people, written.ids) {
            for date: LocalDate in ["2020-06-30", endOf2024] {
                let expected = person.record(asOf: date, orgUnits: written.orgUnits)
                let member = try written.register.member(id, asOf: date)
                #expect(member?.record == expected, "person \(person.id) on \(date)")
                let categories = (member?.categories ?? []).map { "\($0.category)/\($0.tier)/\($0.source ?? "")" }.sorted()
                let model = person.memberships(asOf: date).map { "\($0.category)/\($0.tier)/\($0.source ?? "")" }.sorted()
                #expect(categories == model, "person \(person.id) on \(date)")
            }
        }
    }

    @Test("histories show up as changes: promotions, category entries and exits, archives")
    func changesBetweenDates() throws {
        let changes = try written.register.changes(from: "2019-01-01", through: endOf2024)
        #expect(changes.count > 3_000)
        #expect(changes.contains { $0.change.subject == .field(.rank) })
        #expect(changes.contains { $0.change.subject == .field(.politicalStatus) && $0.change.to == "12" })
        #expect(changes.contains { if case .category = $0.change.subject { $0.change.to == nil } else { false } })
        #expect(changes.contains { $0.change.subject == .field(.status) && $0.change.to == "archived" })
    }

    @Test("changesets are recorded in time order, with an actor and a reason")
    func changesetsInOrder() throws {
        let changesets = try written.register.read { try $0.changesets() }
        #expect(changesets.count >= written.population.events.count - 10)
        for (earlier, later) in zip(changesets, changesets.dropFirst()) { #expect(earlier.recordedAt <= later.recordedAt) }
        #expect(changesets.allSatisfy { !$0.actor.isEmpty && $0.reason != nil })
        let first = try #require(changesets.first)
        #expect(first.recordedAt >= Timestamp(startOf: "2017-12-20"))
    }

    @Test("as known at the end of 2020, later back-dated entries are not yet visible")
    func knownAtIsHonoured() throws {
        let lateEvent = try #require(written.population.events.first { event in
            event.isBackDated && event.kind != .registration && event.effective.year == 2020
                && event.recordedAt > Timestamp(endOf: "2020-12-31")
                && event.steps.contains { if case .set = $0 { true } else { false } }
        })
        let person = written.population.people[lateEvent.person]
        let id = written.ids[lateEvent.person]
        let asKnownThen = try #require(try written.register.member(id, asOf: lateEvent.effective,
                                                                   knownAt: Timestamp(endOf: "2020-12-31")))
        let asKnownNow = try #require(try written.register.member(id, asOf: lateEvent.effective))
        #expect(asKnownNow.record == person.record(asOf: lateEvent.effective, orgUnits: written.orgUnits))
        #expect(asKnownThen.record != asKnownNow.record)
    }
}
