import Testing
import UnitedFront
import UnitedFrontFixtures

/// Whether `rank` is `floor` or above on the 职务层次 ladder (GB/T 12407, 办事员 lowest).
private func isAtLeast(_ rank: CadreRank, _ floor: CadreRank) -> Bool {
    let ladder = ["160", "150", "142", "141", "132", "131", "122", "121", "112", "111", "102", "101"]
    guard let a = ladder.firstIndex(of: rank.rawValue), let b = ladder.firstIndex(of: floor.rawValue) else { return false }
    return a >= b
}

@Suite("Org units, posts, 政治安排, the reserve pool and party memberships of a generated population")
struct CadreFixtureTests {
    let written = WrittenPopulation.shared
    let endOf2024: LocalDate = "2024-12-31"

    /// Every org unit and every dated record of a register written from `population`, one line each,
    /// with ids replaced by person and unit indexes: equal text means equal database content.
    private func dump(_ population: Population) throws -> String {
        let register = try Register.inMemory()
        let ids = try population.writeAll(to: register)
        let unitIndex = Dictionary(uniqueKeysWithValues: ids.orgUnits.enumerated().map { ($1, $0) })
        var lines = try register.orgUnits(asOf: endOf2024).map { unit in
            "unit \(unitIndex[unit.id]!) \(unit.name) \(unit.kind) \(unit.parent.map { String(unitIndex[$0]!) } ?? "-") \(unit.region ?? "-")"
        }
        for (index, id) in ids.members.enumerated() {
            let member = try #require(try register.member(id))
            lines.append("member \(index) unit \(member.orgUnit.map { String(unitIndex[$0]!) } ?? "-") \(member.post ?? "-") \(member.rank?.rawValue ?? "-") \(member.grade?.rawValue ?? "-")")
            lines += try register.records(PostRecord.self, of: id).map { "  \($0.from)…\($0.to.map(\.description) ?? "") \(SyntheticRecord.post($0.record))" }
            lines += try register.records(ArrangementRecord.self, of: id).map { "  \($0.from)…\($0.to.map(\.description) ?? "") \(SyntheticRecord.arrangement($0.record))" }
            lines += try register.records(PoolRecord.self, of: id).map { "  \($0.from)…\($0.to.map(\.description) ?? "") \(SyntheticRecord.poolEntry($0.record))" }
            lines += try register.records(CultivationRecord.self, of: id).map { "  \($0.from)…\($0.to.map(\.description) ?? "") \(SyntheticRecord.cultivation($0.record, poolEntry: nil))" }
            lines += try register.records(PartyMembershipRecord.self, of: id).map { "  \($0.from)…\($0.to.map(\.description) ?? "") \(SyntheticRecord.partyMembership($0.record))" }
        }
        return lines.joined(separator: "\n")
    }

    @Test("the same seed written twice gives identical org units and records")
    func sameSeedSameRecords() throws {
        let first = try dump(Population(seed: 77, size: 250))
        let second = try dump(Population(seed: 77, size: 250))
        #expect(first == second)
        #expect(first.contains("post ") && first.contains("pool ") && first.contains("party "))
        #expect(try dump(Population(seed: 78, size: 250)) != first)
    }

    @Test("each district has a 统战部 root with its 街道 and 乡镇, and 社区 and 村 below them")
    func orgUnitTree() throws {
        let units = written.population.orgUnits
        let roots = units.filter { $0.parent == nil }
        #expect(roots.count == RegionProfile.all.count)
        #expect(roots.allSatisfy { $0.kind == .unitedFrontDepartment && $0.name.hasSuffix("委统战部") })
        for unit in units {
            guard let parent = unit.parent else { continue }
            #expect(parent < unit.id, "parents come first")
            let above = units[parent]
            switch unit.kind {
            case .subdistrict, .township: #expect(above.kind == .unitedFrontDepartment)
            case .community, .village: #expect([OrgUnitKind.subdistrict, .township].contains(above.kind))
            default: Issue.record("unexpected kind \(unit.kind)")
            }
            #expect(unit.region.hasPrefix(unit.regionCode))
        }
        let hohhot = units.filter { $0.regionCode == "150102" }
        #expect(hohhot.contains { $0.name == "海拉尔东路街道" && $0.kind == .subdistrict })
        #expect(hohhot.contains { $0.name == "保合少镇" && $0.kind == .township })
        #expect(hohhot.contains { $0.kind == .village })
        let tree = try written.register.orgUnits(under: written.orgUnits[roots[0].id], asOf: endOf2024)
        #expect(tree.count == hohhot.count)
    }

    @Test("every member is owned by an org unit, and some move between units")
    func everyMemberOwned() throws {
        let units = written.population.orgUnits
        for (person, id) in zip(written.population.people, written.ids) {
            let member = try #require(try written.register.member(id, asOf: endOf2024))
            let unit = try #require(person.orgUnit(asOf: endOf2024), "person \(person.id) has no unit")
            #expect(member.orgUnit == written.orgUnits[unit])
            #expect(units[unit].regionCode == person.regionCode)
            if person.archetype == .nonPartyCadre {
                #expect(units[unit].kind == .unitedFrontDepartment)
            } else {
                #expect([OrgUnitKind.community, .village].contains(units[unit].kind))
                #expect(units[unit].region == person.record(asOf: endOf2024)?.region, "the 社区 lies in the township lived in")
            }
        }
        let moved = written.population.people.filter { person in
            person.events.dropFirst().contains { $0.steps.contains { if case .assign = $0 { true } else { false } } }
        }
        #expect(moved.count >= 20 && moved.count * 100 / written.population.people.count <= 30, "\(moved.count) moved")
        let root = written.orgUnits[units.first { $0.regionCode == "150102" && $0.parent == nil }!.id]
        let under = try written.register.members(asOf: endOf2024, under: root)
        let expected = written.population.people.filter { $0.regionCode == "150102" && $0.record(asOf: endOf2024)?.status == .active }
        #expect(under.count == expected.count)
    }

    @Test("党外干部 hold posts: mostly 副科 and 正科, some 副处 and 正处, with 任职文号 and 任免机关")
    func cadrePosts() throws {
        let people = written.population.people
        var ranks: [String: Int] = [:]
        var leadership = 0, withGrade = 0, concurrent = 0, ended = 0, removed = 0, total = 0
        for person in people {
            let records = person.allRecords.values.compactMap { held in held.value.post.map { (held, $0) } }
            if person.archetype == .nonPartyCadre { #expect(!records.isEmpty, "cadre \(person.id) has no post") }
            for (held, post) in records {
                total += 1
                ranks[post.rank?.rawValue ?? "-", default: 0] += 1
                if post.isLeadership { leadership += 1 }
                if post.grade != nil { withGrade += 1 }
                if post.title.hasSuffix("（兼）") { concurrent += 1 }
                if let to = held.to {
                    ended += 1
                    // Archiving ends posts without a 免职文号; every other ending has one.
                    if person.record(asOf: to)?.status == .active {
                        removed += 1
                        #expect(post.removalDocument?.wholeMatch(of: /.+〔\d{4}〕\d+号/) != nil, "person \(person.id)")
                    }
                }
                #expect(post.appointmentDocument?.wholeMatch(of: /.+〔\d{4}〕\d+号/) != nil, "\(post.appointmentDocument ?? "nil")")
                #expect(post.appointingAuthority?.isEmpty == false)
            }
        }
        let section = (ranks["142"] ?? 0) + (ranks["141"] ?? 0)
        let county = (ranks["132"] ?? 0) + (ranks["131"] ?? 0)
        #expect(total > 300)
        #expect(section * 100 / total >= 45, "副科/正科 are most posts: \(ranks)")
        #expect(county * 100 / total >= 5 && county < section, "some 副处/正处: \(ranks)")
        #expect(leadership * 100 / total >= 60)
        #expect(withGrade > 20 && withGrade < total / 2, "职级 for some: \(withGrade) of \(total)")
        #expect(concurrent >= 5 && concurrent * 100 / total <= 10, "兼职 for a few: \(concurrent)")
        #expect(ended * 100 / total >= 15 && removed * 100 / ended >= 80,
                "removals and promotions over the years: \(ended) of \(total), \(removed) with a 免职文号")
        #expect(people.contains { $0.archetype != .nonPartyCadre && !$0.allRecords.values.allSatisfy { $0.value.post == nil } },
                "some others hold posts too")
    }

    @Test("a member's 职务 and 职务层次 are those of their principal post")
    func memberFieldsFollowPosts() throws {
        for (person, id) in zip(written.population.people, written.ids) where person.archetype == .nonPartyCadre {
            for date: LocalDate in ["2021-06-30", endOf2024] {
                guard let member = try written.register.member(id, asOf: date), member.record.status == .active else { continue }
                let posts = try written.register.records(PostRecord.self, of: id, asOf: date)
                if member.membership(in: .nonPartyCadre) != nil { #expect(!posts.isEmpty, "person \(person.id) on \(date)") }
                guard !posts.isEmpty else { continue }
                #expect(posts.contains { $0.displayTitle == member.post && $0.rank == member.rank }, "person \(person.id) on \(date)")
            }
        }
    }

    @Test("党外副科级以上领导干部 are the 党外 members holding a qualifying post")
    func leadingCadresMatchPosts() throws {
        let register = written.register
        for date: LocalDate in ["2020-12-31", endOf2024] {
            let leading = try register.leadingCadres(asOf: date)
            #expect(leading.count > 50, "\(leading.count) on \(date)")
            for member in leading {
                let posts = try register.records(PostRecord.self, of: member.id, asOf: date)
                #expect(posts.contains { $0.isLeadership && $0.rank.map { isAtLeast($0, .deputySection) } == true })
                #expect(member.politicalStatus != .cpcMember && member.politicalStatus != .cpcProbationaryMember)
            }
            let expected = try Set(register.records(PostRecord.self, asOf: date).filter { post in
                post.isLeadership && post.rank.map { isAtLeast($0, .deputySection) } == true
            }.map(\.member)).filter { id in
                guard let member = try register.member(id, asOf: date) else { return false }
                return member.record.status == .active && member.politicalStatus != .cpcMember
                    && member.politicalStatus != .cpcProbationaryMember
            }
            #expect(Set(leading.map(\.id)) == expected)
            let cadres = try register.members(asOf: date, in: .nonPartyCadre).count
            #expect(leading.count * 100 / max(cadres, 1) >= 50, "most 党外干部 lead: \(leading.count) of \(cadres)")
        }
        let adjusted = try register.adjustedCadres(in: 2023)
        let leadingAtEnd = try register.leadingCadres(asOf: endOf2024)
        #expect(!adjusted.isEmpty && adjusted.count < leadingAtEnd.count)
    }

    @Test("the reserve pool is the 党外 members with a 后备 tier, each with an open pool entry")
    func reservePoolMatchesTiers() throws {
        let register = written.register
        for date: LocalDate in ["2021-06-30", endOf2024] {
            let pool = try register.reservePool(asOf: date)
            #expect(pool.count > 50, "\(pool.count) on \(date)")
            let reserve = try register.members(asOf: date).filter { member in
                member.categories.contains { $0.tier == .reserve }
                    && member.politicalStatus != .cpcMember && member.politicalStatus != .cpcProbationaryMember
            }
            #expect(Set(pool.map(\.id)) == Set(reserve.map(\.id)))
            for member in pool {
                let entries = try register.records(PoolRecord.self, of: member.id, asOf: date)
                #expect(entries.count == 1)
                if let entry = entries.first, let rank = member.rank {
                    #expect(isAtLeast(entry.targetRank, rank) && entry.targetRank != rank, "the target is above the rank")
                }
            }
        }
        let entries = written.population.people.flatMap { $0.allRecords.values }.compactMap { held -> (SyntheticState.Held, PoolRecord)? in
            if case .poolEntry(let entry) = held.value { (held, entry) } else { nil }
        }
        let exits = entries.filter { $0.0.to != nil }
        #expect(exits.count * 100 / entries.count >= 10, "some leave the pool: \(exits.count) of \(entries.count)")
        #expect(exits.allSatisfy { $0.0.to! <= endOf2024 })
        #expect(Set(exits.compactMap(\.1.exitReason)).isSuperset(of: ["已提拔使用"]))
    }

    @Test("reserve-pool members are cultivated: 培训 and 挂职 with a place, for their own pool entry")
    func cultivation() throws {
        let people = written.population.people
        var courses = 0, postings = 0
        for person in people {
            let records = person.allRecords
            for held in records.values {
                guard case .cultivation(let cultivation, let entry) = held.value else { continue }
                let pool = try #require(entry.flatMap { records[$0] })
                guard case .poolEntry = pool.value else { Issue.record("cultivation names a non-pool record"); continue }
                #expect(pool.from <= held.from)
                #expect(cultivation.place?.isEmpty == false)
                if cultivation.kind == .training { courses += 1 }
                if cultivation.kind == .secondment { postings += 1 }
            }
        }
        #expect(courses > 10 && postings > 5, "\(courses) courses, \(postings) secondments")
        let stored = try written.register.records(CultivationRecord.self, asOf: "2023-06-30")
        #expect(stored.allSatisfy { $0.poolEntry != nil })
    }

    @Test("政治安排 for a share of 代表人士: 政协委员 with 届次 and 界别, 人大代表, a few 常委")
    func arrangements() throws {
        let seats = try written.register.records(ArrangementRecord.self, asOf: "2022-06-30")
        let representatives = try written.register.members(asOf: "2022-06-30").filter { member in
            member.categories.contains { [Tier.representative, .keyRepresentative].contains($0.tier) }
        }
        let cppcc = seats.filter { $0.kind == .cppccMember }
        #expect(cppcc.count > seats.count / 2 && cppcc.count < seats.count)
        #expect(cppcc.allSatisfy { $0.term?.hasPrefix("第") == true && $0.sector != nil })
        let standing = cppcc.filter { $0.role == .standingMember }.count
        #expect(standing > 0 && standing * 100 / cppcc.count < 40)
        let share = Set(seats.map(\.member)).count * 100 / max(representatives.count, 1)
        #expect(share >= 10 && share <= 60, "a share of 代表人士 hold seats: \(share)%")
        let before = try written.register.records(ArrangementRecord.self, asOf: "2021-06-30")
        for body in Set(seats.compactMap(\.body)) {
            let old = Set(before.filter { $0.body == body }.compactMap(\.term))
            #expect(old.isDisjoint(with: Set(seats.filter { $0.body == body }.compactMap(\.term))), "the 2022 换届 of \(body)")
        }
    }

    @Test("democratic-party members hold a membership record that agrees with their political status")
    func partyMemberships() throws {
        for (person, id) in zip(written.population.people, written.ids) {
            guard let member = try written.register.member(id, asOf: endOf2024), member.record.status == .active else { continue }
            let memberships = try written.register.records(PartyMembershipRecord.self, of: id, asOf: endOf2024)
            let status = member.politicalStatus?.rawValue ?? ""
            if democraticParties.contains(status) {
                #expect(memberships.count == 1, "person \(person.id)")
                #expect(memberships.first?.party.rawValue == status)
                #expect(memberships.first.map { $0.from >= member.registeredOn } == true)
                #expect(memberships.first?.branch?.hasSuffix("支部") == true)
            } else {
                #expect(memberships.isEmpty, "person \(person.id) with status \(status)")
            }
        }
    }

    @Test("generating the default population takes a moment; the numbers are printed, never asserted")
    func generationTime() throws {
        let clock = ContinuousClock()
        var population: Population?
        let generating = clock.measure { population = Population(seed: 2024, size: 2_000) }
        let register = try Register.inMemory()
        let writing = try clock.measure { try population!.write(to: register) }
        print("2,000 people: generated in \(generating), written in \(writing); \(population!.events.count) events, "
              + "\(population!.orgUnits.count) org units")
    }
}
