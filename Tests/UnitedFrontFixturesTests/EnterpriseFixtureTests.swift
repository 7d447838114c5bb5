import Testing
import UnitedFront
import UnitedFrontFixtures

@Suite("Enterprises, organisations, overseas contacts, households and honours of a generated population")
struct EnterpriseFixtureTests {
    let written = WrittenPopulation.shared
    let endOf2024: LocalDate = "2024-12-31"

    /// Index lookups from the register's ids back to the population's indexes.
    private struct Indexes {
        let members: [MemberID: Int]
        let enterprises: [EnterpriseID: Int]
        let organisations: [OrganisationID: Int]
        let terms: [TermID: Int]
        let households: [HouseholdID: Int]

        init(_ ids: Population.IDs) {
            members = Dictionary(uniqueKeysWithValues: ids.members.enumerated().map { ($1, $0) })
            enterprises = Dictionary(uniqueKeysWithValues: ids.enterprises.enumerated().map { ($1, $0) })
            organisations = Dictionary(uniqueKeysWithValues: ids.organisations.enumerated().map { ($1, $0) })
            terms = Dictionary(uniqueKeysWithValues: ids.terms.flatMap { $0.enumerated().compactMap { index, id in id.map { ($0, index) } } })
            households = Dictionary(uniqueKeysWithValues: ids.households.enumerated().map { ($1, $0) })
        }
    }

    /// The register's records of the kinds this suite covers that `member` ever held, as the model
    /// writes them (ids replaced by indexes), with their dates.
    private func heldRecords(of member: MemberID, in register: Register, _ index: Indexes) throws -> [String] {
        func line<R>(_ tenure: Tenure<R>, _ value: SyntheticRecord) -> String {
            "\(tenure.from)…\(tenure.to.map(\.description) ?? "") \(value)"
        }
        var lines: [String] = []
        lines += try register.records(OverseasRecord.self, of: member).map { tenure in
            var record = tenure.record
            let relative = record.relative.flatMap { index.members[$0] }
            record.relative = nil
            return line(tenure, .overseas(record, relative: relative))
        }
        lines += try register.records(NewStratumRecord.self, of: member).map { line($0, .newStratum($0.record)) }
        lines += try register.records(HonourRecord.self, of: member).map { line($0, .honour($0.record)) }
        lines += try register.records(RelationRecord.self, of: member).map {
            line($0, .relation($0.relation, relative: index.members[$0.relative] ?? -1, note: $0.note))
        }
        lines += try register.records(EnterpriseRoleRecord.self, of: member).map { tenure in
            var role = tenure.record
            role.enterprise = EnterpriseID(rawValue: 0)
            return line(tenure, .enterpriseRole(role, enterprise: index.enterprises[tenure.enterprise] ?? -1))
        }
        lines += try register.records(OrganisationMembershipRecord.self, of: member).map {
            line($0, .seat($0.role, organisation: index.organisations[$0.organisation] ?? -1, term: $0.term.flatMap { index.terms[$0] }))
        }
        lines += try register.records(HouseholdMembershipRecord.self, of: member).map {
            line($0, .householdMembership($0.relation, household: index.households[$0.household] ?? -1))
        }
        return lines
    }

    /// The same records from the model.
    private func modelRecords(of person: SyntheticPerson) -> [String] {
        func kind(_ value: SyntheticRecord) -> Int? {
            switch value {
            case .overseas: 0
            case .newStratum: 1
            case .honour: 2
            case .relation: 3
            case .enterpriseRole: 4
            case .seat: 5
            case .householdMembership: 6
            default: nil
            }
        }
        let held = person.allRecords.sorted { $0.key < $1.key }.compactMap { key, held in kind(held.value).map { ($0, key, held) } }
        return held.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map { "\($0.2.from)…\($0.2.to.map(\.description) ?? "") \($0.2.value)" }
    }

    /// Every entity and every record of the kinds this suite covers, one line each, ids replaced by indexes.
    private func dump(_ population: Population) throws -> String {
        let register = try Register.inMemory()
        let ids = try population.writeAll(to: register)
        let index = Indexes(ids)
        var lines: [String] = []
        lines += try register.records(OrganisationRecord.self, of: NoHolder()).map { "\($0.from) \($0.name) \($0.kind)" }
        for organisation in ids.organisations {
            lines += try register.records(TermRecord.self, of: organisation).map { "  \($0.from)…\($0.to.map(\.description) ?? "") \($0.name)" }
        }
        for enterprise in try register.records(EnterpriseRecord.self, of: NoHolder()) {
            lines.append("\(enterprise.from)…\(enterprise.to.map(\.description) ?? "") \(enterprise.creditCode) \(enterprise.name)")
            lines += try register.records(PairingRecord.self, of: enterprise.id).map { "  \($0.from) \(SyntheticRecord.pairing($0.record, enterprise: 0))" }
        }
        lines += try register.records(HouseholdRecord.self, of: NoHolder()).map { "\($0.from) \($0.name) \($0.address ?? "")" }
        for (person, member) in ids.members.enumerated() {
            lines += try heldRecords(of: member, in: register, index).map { "\(person) \($0)" }
        }
        return lines.joined(separator: "\n")
    }

    @Test("the same seed written twice gives identical entities and records")
    func sameSeedSameEntities() throws {
        let first = try dump(Population(seed: 77, size: 250))
        #expect(first == (try dump(Population(seed: 77, size: 250))))
        for word in ["enterprise", "role ", "seat ", "overseas ", "stratum ", "工商业联合会", "第"] { #expect(first.contains(word), "\(word)") }
        #expect(try dump(Population(seed: 78, size: 250)) != first)
    }

    @Test("the register's 侨情, groups, honours, relations, roles, seats and household places are the model's, person by person")
    func registerMatchesModel() throws {
        let index = Indexes(written.all)
        for (person, id) in zip(written.population.people, written.ids) {
            #expect(try heldRecords(of: id, in: written.register, index) == modelRecords(of: person), "person \(person.id)")
        }
        let enterprises = Dictionary(uniqueKeysWithValues: try written.register.records(EnterpriseRecord.self, of: NoHolder()).map { ($0.id, $0) })
        #expect(enterprises.count == written.population.enterprises.count)
        for model in written.population.enterprises {
            let tenure = try #require(enterprises[written.all.enterprises[model.index]])
            var record = tenure.record
            record.orgUnit = nil
            let unit = tenure.orgUnit.flatMap { id in written.orgUnits.firstIndex(of: id) }
            // The values, not the status (the register's record says `ended` once 注销).
            let read = "\(tenure.from)…\(tenure.to.map(\.description) ?? "") \(SyntheticRecord.enterprise(record, index: model.index, orgUnit: unit, since: tenure.from))"
            let expected = "\(model.from)…\(model.to.map(\.description) ?? "") \(SyntheticRecord.enterprise(model.record, index: model.index, orgUnit: model.orgUnit, since: model.from))"
            #expect(read == expected)
        }
    }

    @Test("every credit code passes GB 32100, carries its district and is unique")
    func creditCodes() throws {
        let enterprises = written.population.enterprises
        #expect(enterprises.count > 200)
        for enterprise in enterprises {
            let code = enterprise.record.creditCode
            #expect((try? CreditCode(code)) != nil, "\(code)")
            let region = written.population.people[enterprise.person].regionCode
            #expect(code.hasPrefix("91" + region), "\(code) in \(region)")
            #expect(enterprise.record.region?.hasPrefix(region) == true)
        }
        #expect(Set(enterprises.map(\.record.creditCode)).count == enterprises.count)
    }

    @Test("roles, pairings and memberships point at the register's enterprises and organisations")
    func referencesResolve() throws {
        let register = written.register
        let enterprises = Set(try register.records(EnterpriseRecord.self, of: NoHolder()).map(\.id))
        let organisations = try register.records(OrganisationRecord.self, of: NoHolder())
        let organisationIDs = Set(organisations.map(\.id))
        var roles = 0, seats = 0, pairings = 0, memberships = 0
        for id in written.ids {
            for role in try register.records(EnterpriseRoleRecord.self, of: id) {
                roles += 1
                #expect(enterprises.contains(role.enterprise))
            }
            for seat in try register.records(OrganisationMembershipRecord.self, of: id) {
                seats += 1
                #expect(organisationIDs.contains(seat.organisation))
                if let term = seat.term {
                    #expect(try register.records(TermRecord.self, of: seat.organisation).contains { $0.id == term })
                }
            }
        }
        for enterprise in enterprises {
            pairings += try register.records(PairingRecord.self, of: enterprise).count
            for membership in try register.records(EnterpriseMembershipRecord.self, of: enterprise) {
                memberships += 1
                #expect(organisationIDs.contains(membership.organisation))
                let kind = organisations.first { $0.id == membership.organisation }?.kind
                #expect(kind == .townshipChamber || kind == .industryChamber || kind == .federation)
            }
            for pairing in try register.records(PairingRecord.self, of: enterprise) {
                #expect(pairing.village.count == 12 && pairing.committed ?? 0 > 0 && pairing.paid ?? 0 <= pairing.committed ?? 0)
            }
        }
        #expect(roles > 300 && seats > 50 && pairings > 20 && memberships > 50, "\(roles) roles, \(seats) seats, \(pairings) pairings, \(memberships) memberships")
    }

    @Test("chambers(covering:) finds the 商会 of a generated 街道, and the district's industry 商会")
    func chambersCoverStreets() throws {
        let organisations = written.population.organisations
        let chambers = organisations.filter { $0.kind == .townshipChamber }
        #expect(chambers.count >= RegionProfile.all.count)
        for chamber in chambers {
            let area = written.population.orgUnits[chamber.area]
            #expect([OrgUnitKind.subdistrict, .township].contains(area.kind))
            let community = try #require(written.population.orgUnits.first { $0.parent == chamber.area })
            let found = try written.register.read { try $0.chambers(covering: written.orgUnits[community.id], asOf: endOf2024) }
            let names = Set(found.map(\.name))
            #expect(names.contains(chamber.name), "\(chamber.name) covers \(community.name)")
            let industry = try #require(organisations.first { $0.regionCode == chamber.regionCode && $0.kind == .industryChamber })
            #expect(names.contains(industry.name))
            #expect(!names.contains { $0.hasSuffix("工商业联合会") }, "a 工商联 is not a 商会")
        }
    }

    @Test("the 工商联, 新联会 and 侨联 have two terms, with seats in each and a 主席 after the 换届")
    func organisationTerms() throws {
        let register = written.register
        var chairs = 0
        for organisation in written.population.organisations where !organisation.terms.isEmpty {
            #expect(organisation.terms.count == 2 && organisation.terms[0].to == organisation.terms[1].from)
            let seated = try register.read { try $0.members(of: written.all.organisations[organisation.id], asOf: endOf2024) }
            chairs += seated.filter { $0.role == .chair }.count
            #expect(seated.allSatisfy { $0.term != nil })
        }
        #expect(chairs >= 1, "some 工商联 has a 主席 after the 换届")
    }

    @Test("every 侨眷's relative is a 华侨 or 归侨 member, with a relation between them")
    func relativesAreOverseasChinese() throws {
        let register = written.register
        var linked = 0, unlinked = 0
        for (person, id) in zip(written.population.people, written.ids) where person.archetype == .overseasChinese {
            for record in try register.records(OverseasRecord.self, of: id) where record.type == .qiaojuan {
                guard let relative = record.relative else {
                    unlinked += 1
                    continue
                }
                linked += 1
                let types = Set(try register.records(OverseasRecord.self, of: relative).map(\.type))
                #expect(!types.isDisjoint(with: [.huaqiao, .guiqiao]), "person \(person.id)'s relative")
                #expect(try register.records(RelationRecord.self, of: id).contains { $0.relative == relative })
            }
        }
        #expect(linked * 100 / max(1, linked + unlinked) >= 70, "\(linked) linked, \(unlinked) not")
    }

    @Test("the residence test lists exactly the generated 华侨 whose facts fail it")
    func residenceTest() throws {
        let findings = try written.register.read { try $0.overseasChineseFailingResidenceTest(asOf: endOf2024) }
        var expected: Set<MemberID> = []
        var huaqiao = 0
        for (person, id) in zip(written.population.people, written.ids) {
            for (_, record) in person.records(asOf: endOf2024) {
                guard let overseas = record.overseas, overseas.type == .huaqiao else { continue }
                huaqiao += 1
                let withRight = overseas.residenceRight == .permanent || overseas.residenceRight == .longTerm
                if overseas.monthsPresent! < (withRight ? 18 : 30)
                    || overseas.residentSince!.years(until: endOf2024) < (withRight ? 2 : 5) {
                    expected.insert(id)
                }
            }
        }
        #expect(Set(findings.map(\.record.member)) == expected)
        #expect(!expected.isEmpty && expected.count * 100 / huaqiao <= 30, "\(expected.count) of \(huaqiao) 华侨 fail")
    }

    @Test("proportions are plausible: 私营 enterprises, mostly small, some pairings and 注销, overseas families in households")
    func proportions() throws {
        let population = written.population
        let enterprises = population.enterprises
        let entrepreneurs = population.people.filter { $0.archetype == .privateEntrepreneur }
        let owning = Set(enterprises.map(\.person))
        let privately = enterprises.filter { $0.record.ownership == .privateEnterprise }.count
        let small = enterprises.filter { [EnterpriseScale.micro, .small].contains($0.record.scale) }.count
        let closed = enterprises.filter { $0.to != nil }.count
        let pairing = Set(population.people.flatMap { $0.allRecords.values.compactMap { held -> Int? in
            if case .pairing(_, let enterprise) = held.value { enterprise } else { nil }
        } })
        let households = population.households
        let honours = population.people.filter { $0.allRecords.values.contains { if case .honour = $0.value { true } else { false } } }
        let returned = population.people.filter { $0.events.contains { $0.kind == .overseasChange && $0.attribution.reason == "华侨回国定居，登记为归侨" } }
        let stratum = population.people.filter { $0.archetype == .newSocialStratum }
        let grouped = stratum.filter { $0.allRecords.values.contains { if case .newStratum = $0.value { true } else { false } } }
        print("""
            \(population.people.count) people: \(enterprises.count) enterprises (\(privately) 私营, \(small) 小微, \(closed) 注销, \
            \(pairing.count) paired); \(entrepreneurs.filter { owning.contains($0.id) }.count) of \(entrepreneurs.count) 民营企业家 \
            run one; \(households.count) households; \(honours.count) honoured; \(returned.count) 华侨 returned; \
            \(grouped.count) of \(stratum.count) 新的社会阶层人士 with a group
            """)
        var seats: [String: Int] = [:], overseas: [String: Int] = [:], roles: [String: Int] = [:]
        var paidLater = 0, linked = 0, places = 0, chambers = 0
        for person in population.people {
            for held in person.allRecords.values {
                switch held.value {
                case .seat(let role, let organisation, _):
                    seats["\(population.organisations[organisation].kind.rawValue)/\(role.rawValue)", default: 0] += 1
                case .overseas(let record, let relative):
                    overseas[record.type.rawValue, default: 0] += 1
                    if relative != nil { linked += 1 }
                case .enterpriseRole(let role, _): roles[role.role.rawValue, default: 0] += 1
                case .householdMembership: places += 1
                case .enterpriseMembership: chambers += 1
                default: break
                }
            }
            paidLater += person.events.filter { $0.kind == .pairing && $0.steps.contains { if case .change = $0 { true } else { false } } }.count
        }
        print("seats", seats.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        print("overseas records", overseas.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "),
              "; \(linked) 侨眷 linked; roles", roles.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "),
              "; \(paidLater) later payments; \(places) household places; \(chambers) 商会 and 工商联 memberships")
        #expect(entrepreneurs.filter { owning.contains($0.id) }.count * 100 / entrepreneurs.count >= 85)
        #expect(privately * 100 / enterprises.count >= 75)
        #expect(small * 100 / enterprises.count >= 60)
        #expect(closed >= 1 && closed * 100 / enterprises.count <= 10)
        #expect(pairing.count * 100 / enterprises.count >= 5 && pairing.count * 100 / enterprises.count <= 40)
        #expect(households.count >= 10)
        #expect(honours.count >= 10 && honours.count * 100 / population.people.count <= 8)
        #expect(!returned.isEmpty)
        #expect(grouped.count * 100 / stratum.count >= 90)
    }
}
