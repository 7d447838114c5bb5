import Testing
import UnitedFront
import UnitedFrontFixtures

@Suite("Engagements of a generated population")
struct EngagementFixtureTests {
    let written = WrittenPopulation.shared
    var lastYear: Int { written.population.spec.historyThrough.year }

    /// Every engagement the register holds with its participants and its outcome at the end, one line
    /// each, ids replaced by indexes.
    private func dump(_ population: Population) throws -> String {
        let register = try Register.inMemory()
        let ids = try population.writeAll(to: register)
        let members = Dictionary(uniqueKeysWithValues: ids.members.enumerated().map { ($1, $0) })
        let enterprises = Dictionary(uniqueKeysWithValues: ids.enterprises.enumerated().map { ($1, $0) })
        let households = Dictionary(uniqueKeysWithValues: ids.households.enumerated().map { ($1, $0) })
        let units = Dictionary(uniqueKeysWithValues: ids.orgUnits.enumerated().map { ($1, $0) })
        var lines: [String] = []
        for engagement in try register.records(EngagementRecord.self, of: NoHolder()) {
            let record = engagement.record
            lines.append("\(engagement.from) \(record.kind) unit#\(units[record.organiser] ?? -1) \(record.title) "
                         + "\(record.notes ?? "-") \(record.amount.map(String.init) ?? "-") \(record.sessions.map(String.init) ?? "-") "
                         + "\(record.outcome?.rawValue ?? "open")")
            for participant in try register.participants(of: engagement.id) {
                let who = participant.member.map { "person#\(members[$0] ?? -1)" }
                    ?? participant.enterprise.map { "enterprise#\(enterprises[$0] ?? -1)" }
                    ?? participant.household.map { "household#\(households[$0] ?? -1)" } ?? "-"
                lines.append("  \(who) \(participant.role ?? "-") \(participant.session.map(String.init) ?? "-")")
            }
        }
        return lines.joined(separator: "\n")
    }

    @Test("the same seed written twice gives identical engagements")
    func sameSeedSameEngagements() throws {
        let population = Population(seed: 77, size: 250)
        #expect(population.engagements == Population(seed: 77, size: 250).engagements)
        let first = try dump(population)
        #expect(first == (try dump(Population(seed: 77, size: 250))))
        for word in ["VISIT", "TRAINING", "FORUM", "CONDOLENCE", "PROBLEM", "person#", "enterprise#", "household#", "solved"] {
            #expect(first.contains(word), "missing \(word)")
        }
        #expect(try dump(Population(seed: 78, size: 250)) != first)
    }

    @Test("the register holds the model's engagements, participants and outcomes")
    func registerMatchesModel() throws {
        let population = written.population
        let register = written.register
        #expect(written.all.engagements.count == population.engagements.count)
        let records = Dictionary(uniqueKeysWithValues: try register.records(EngagementRecord.self, of: NoHolder()).map { ($0.id, $0) })
        #expect(records.count == population.engagements.count)
        for (model, id) in zip(population.engagements, written.all.engagements) {
            let read = try #require(records[id])
            #expect(read.from == model.date)
            #expect(read.kind == model.kind && read.title == model.record.title && read.amount == model.record.amount)
            #expect(read.organiser == written.orgUnits[model.orgUnit])
            #expect(read.outcome == model.outcome?.outcome, "\(model)")
            #expect(try register.participants(of: id).count == model.participants.count, "\(model)")
        }
    }

    @Test("every participant names a member registered and not archived, an enterprise or a household in force, on the engagement's date")
    func participantsExist() throws {
        let register = written.register
        let members = Set(written.ids), enterprises = Set(written.all.enterprises), households = Set(written.all.households)
        let enterpriseTenures = Dictionary(uniqueKeysWithValues: try register.records(EnterpriseRecord.self, of: NoHolder()).map { ($0.id, $0) })
        let householdTenures = Dictionary(uniqueKeysWithValues: try register.records(HouseholdRecord.self, of: NoHolder()).map { ($0.id, $0) })
        var named = 0
        for engagement in try register.records(EngagementRecord.self, of: NoHolder()) {
            for participant in try register.participants(of: engagement.id) {
                named += 1
                if let member = participant.member {
                    #expect(members.contains(member))
                    let record = try register.member(member, asOf: engagement.from)
                    #expect(record?.record.status == .active, "\(member) on \(engagement.from)")
                } else if let enterprise = participant.enterprise {
                    #expect(enterprises.contains(enterprise))
                    #expect(enterpriseTenures[enterprise]?.isInForce(on: engagement.from) == true)
                } else if let household = participant.household {
                    #expect(households.contains(household))
                    #expect(householdTenures[household]?.isInForce(on: engagement.from) == true)
                } else {
                    Issue.record("participant \(participant.id) names nobody")
                }
            }
        }
        #expect(named > 1_000)
    }

    /// The figures of `year`, counted from the records by DOMAIN.md's rules ("Report figures").
    private func countedFigures(in year: Int) throws -> [String: Int] {
        let register = written.register
        let first = LocalDate(year: year, month: 1, day: 1)!, last = LocalDate(year: year, month: 12, day: 31)!
        // Dated in Y: the record begins in Y and was in force that day (not withdrawn).
        let dated = try register.records(EngagementRecord.self, of: NoHolder())
            .filter { $0.from >= first && $0.from <= last && $0.to != $0.from }
        func of(_ kinds: EngagementKind...) -> [Tenure<EngagementRecord>] { dated.filter { kinds.contains($0.kind) } }
        var participants: [EngagementID: [Tenure<ParticipantRecord>]] = [:]
        for engagement in dated { participants[engagement.id] = try register.participants(of: engagement.id) }

        let visits = of(.visit)
        let enterprisesVisited = Set(visits.flatMap { participants[$0.id]! }.compactMap(\.enterprise))
        // Problems solved in Y: solved on 31 December of Y, not yet on 31 December of Y − 1 (an outcome set
        // by a dated change stays set).
        let solvedBy = { (date: LocalDate) in
            Set(try register.records(EngagementRecord.self, asOf: date).filter { $0.kind == .problem && $0.outcome == .solved }.map(\.id))
        }
        let solved = try solvedBy(last).subtracting(try solvedBy(LocalDate(year: year - 1, month: 12, day: 31)!))
        // 万企兴万村: pairings in force on at least one day of Y.
        var pairedEnterprises: Set<EnterpriseID> = [], villages: Set<String> = []
        for enterprise in try register.records(EnterpriseRecord.self, of: NoHolder()) {
            for pairing in try register.records(PairingRecord.self, of: enterprise.id)
            where pairing.from <= last && pairing.to.map({ $0 > first }) ?? true && pairing.to != pairing.from {
                pairedEnterprises.insert(enterprise.id)
                villages.insert(pairing.village)
            }
        }
        // 侨界 households: named by a 慰问 or 走访 of Y where a household member holds 华侨/归侨/侨眷 that day.
        let overseasTypes: Set<OverseasType> = [.huaqiao, .guiqiao, .qiaojuan]
        var visitedHouseholds: Set<HouseholdID> = []
        for visit in of(.visit, .condolence) {
            for household in participants[visit.id]!.compactMap(\.household) where !visitedHouseholds.contains(household) {
                let people = try register.records(HouseholdMembershipRecord.self, asOf: visit.from).filter { $0.household == household }
                for place in people where try register.records(OverseasRecord.self, of: place.member, asOf: visit.from)
                    .contains(where: { overseasTypes.contains($0.type) }) {
                    visitedHouseholds.insert(household)
                }
            }
        }
        // 培训: sessions; attendances are person-sessions of members registered and not archived that day.
        let trainings = of(.training)
        var attendances = 0
        var attendees: Set<MemberID> = []
        for training in trainings {
            for member in participants[training.id]!.compactMap(\.member)
            where try register.member(member, asOf: training.from)?.record.status == .active {
                attendances += 1
                attendees.insert(member)
            }
        }
        // 商会 and 工商联 member enterprises on 31 December.
        let organisations = Dictionary(uniqueKeysWithValues: try register.records(OrganisationRecord.self, asOf: last).map { ($0.id, $0.kind) })
        let chamberKinds: Set<OrganisationKind> = [.chamber, .remoteChamber, .industryChamber, .townshipChamber]
        var chambers: Set<EnterpriseID> = [], federations: Set<EnterpriseID> = []
        for membership in try register.records(EnterpriseMembershipRecord.self, asOf: last) {
            guard let kind = organisations[membership.organisation] else { continue }
            if chamberKinds.contains(kind) { chambers.insert(membership.holder) }
            if kind == .federation { federations.insert(membership.holder) }
        }
        return [
            "visits": visits.count, "enterprisesVisited": enterprisesVisited.count, "problemsSolved": solved.count,
            "pairedEnterprises": pairedEnterprises.count, "pairedVillages": villages.count,
            "overseasHouseholdsVisited": visitedHouseholds.count,
            "trainingSessions": trainings.reduce(0) { $0 + ($1.sessions ?? 1) }, "attendances": attendances, "attendees": attendees.count,
            "forums": of(.forum, .fellowship).count, "chamberMemberEnterprises": chambers.count,
            "federationMemberEnterprises": federations.count,
        ]
    }

    @Test("the last year's engagement figures are non-zero and equal the counts taken from the records")
    func figuresOfTheLastYear() throws {
        let figures = try written.register.engagementFigures(in: lastYear)
        let library = [
            "visits": figures.visits, "enterprisesVisited": figures.enterprisesVisited, "problemsSolved": figures.problemsSolved,
            "pairedEnterprises": figures.pairedEnterprises, "pairedVillages": figures.pairedVillages,
            "overseasHouseholdsVisited": figures.overseasHouseholdsVisited, "trainingSessions": figures.trainingSessions,
            "attendances": figures.attendances, "attendees": figures.attendees, "forums": figures.forums,
            "chamberMemberEnterprises": figures.chamberMemberEnterprises,
            "federationMemberEnterprises": figures.federationMemberEnterprises,
        ]
        let counted = try countedFigures(in: lastYear)
        print("engagement figures \(lastYear):", library.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        for (name, value) in library {
            #expect(value > 0, "\(name)")
            #expect(value == counted[name], "\(name): library \(value), counted \(counted[name] ?? -1)")
        }
        let earlier = try written.register.engagementFigures(in: lastYear - 1)
        #expect(earlier.visits > 0 && earlier.visits < figures.visits)
        #expect(try countedFigures(in: lastYear - 1)["problemsSolved"] == earlier.problemsSolved)
    }

    @Test("volumes and proportions are plausible")
    func proportions() throws {
        let population = written.population
        let year = lastYear
        let engagements = population.engagements
        let inYear = engagements.filter { $0.date.year == year }
        var byKind: [EngagementKind: Int] = [:]
        for engagement in inYear { byKind[engagement.kind, default: 0] += 1 }
        var byYear: [Int: Int] = [:]
        for engagement in engagements { byYear[engagement.date.year, default: 0] += 1 }
        print("engagements \(year):", byKind.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue) \($0.value)" }
            .joined(separator: ", "), "; by year", byYear.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "),
              "; participants", engagements.reduce(0) { $0 + $1.participants.count })
        for kind: EngagementKind in [.visit, .training, .forum, .fellowship, .condolence, .proposal, .problem, .service, .donation, .talk] {
            #expect((byKind[kind] ?? 0) > 0, "\(kind.rawValue)")
        }
        // The last full year is the dense one.
        for earlier in population.spec.registrationYears.lowerBound..<year { #expect((byYear[earlier] ?? 0) * 2 < inYear.count, "\(earlier)") }
        // Enterprises: most in force are visited, some twice; about a third of visits raise a problem, most get solved.
        let endOfYear = LocalDate(year: year, month: 12, day: 31)!
        let inForce = population.enterprises.filter { $0.from <= endOfYear && $0.to.map { endOfYear < $0 } ?? true }.count
        let visits = inYear.filter { $0.kind == .visit }
        let visited = Set(visits.flatMap(\.participants).compactMap { if case .enterprise(let index) = $0.party { index } else { nil } })
        #expect(visited.count * 100 >= inForce * 40 && visited.count <= inForce + 20, "\(visited.count) of \(inForce)")
        let problems = inYear.filter { $0.kind == .problem }
        #expect(problems.count * 100 >= visited.count * 15 && problems.count * 100 <= visited.count * 60)
        let solved = problems.filter { $0.outcome != nil }
        #expect(solved.count * 100 >= problems.count * 30 && solved.count < problems.count)
        for problem in solved { #expect(problem.outcome!.effective > problem.date && problem.outcome!.outcome == .solved) }
        let proposals = inYear.filter { $0.kind == .proposal }
        #expect(proposals.contains { $0.outcome?.outcome == .adopted } && proposals.contains { $0.outcome == nil })
        // Trainings: 2–5 sessions, one attendance per member and session, some members missing some.
        var missed = 0
        for training in inYear where training.kind == .training {
            let sessions = training.record.sessions ?? 0
            #expect((2...5).contains(sessions))
            var attended: [Int: Int] = [:]
            for participant in training.participants {
                guard case .member(let person) = participant.party, let session = participant.session else {
                    Issue.record("\(training)")
                    continue
                }
                #expect((1...sessions).contains(session))
                attended[person, default: 0] += 1
            }
            #expect(attended.count >= 8, "\(training.record.title)")
            #expect(training.participants.count * 100 >= attended.count * sessions * 70)
            missed += attended.values.filter { $0 < sessions }.count
        }
        #expect(missed > 0)
        // Money: 社会服务, 捐赠 and 慰问 carry amounts in 元.
        for engagement in inYear where [EngagementKind.service, .donation, .condolence].contains(engagement.kind) {
            #expect((engagement.record.amount ?? 0) > 0)
        }
        // Every district's 统战部 and some 街道/乡镇 organise.
        let organisers = Set(inYear.map(\.orgUnit))
        for root in population.orgUnits where root.parent == nil { #expect(organisers.contains(root.id), "\(root.name)") }
        #expect(organisers.contains { population.orgUnits[$0].kind == .subdistrict })
    }

    @Test("generating the default population with its engagements (printed, not asserted)")
    func generationTime() throws {
        let clock = ContinuousClock()
        let spec = PopulationSpec(seed: 2024, size: 2_000)
        let people = clock.measure { _ = Array(Population.people(spec)) }
        var population: Population?
        let generating = clock.measure { population = Population(spec) }
        let register = try Register.inMemory()
        let writing = try clock.measure { _ = try population!.writeAll(to: register) }
        print("default population: \(population!.people.count) people, \(population!.engagements.count) engagements",
              "(\(population!.engagements.reduce(0) { $0 + $1.participants.count }) participants); people alone generated in \(people),",
              "the population with its engagements in \(generating); written (writeAll) in \(writing)")
    }
}
