import Testing
import UnitedFront
import UnitedFrontFixtures

/// The seed report's figures, computed for a fixture district's last full year, equal numbers counted in
/// this file from DOMAIN.md's "Report figures" over the register's plain per-record reads (records in
/// force on a date, a record as of a date, a member as of a date, participants, workflows): an
/// independent model, not the engine's code. The ids behind each figure must be the model's ids.
@Suite("The work report of a fixture district year, against a model of the documented rules")
struct WorkReportFixtureTests {
    let written = WrittenPopulation.shared

    /// The model's subjects of each figure, by key.
    struct Model {
        var figures: [String: Set<WorkReportSubject>] = [:]
    }

    /// Member reads on a date, cached.
    final class Members {
        let register: RegisterSnapshot
        var cache: [String: Member?] = [:]
        init(register: RegisterSnapshot) { self.register = register }
        func on(_ id: MemberID, _ date: LocalDate) throws -> Member? {
            let key = "\(id)@\(date)"
            if let member = cache[key] { return member }
            let member = try register.member(id, asOf: date)
            cache[key] = member
            return member
        }
    }

    /// Counts every figure of `year` for `root`'s subtree by the documented rules.
    func model(year: Int, root: OrgUnitID, in register: RegisterSnapshot) throws -> Model {
        let first = LocalDate(year: year, month: 1, day: 1)!, last = LocalDate(year: year, month: 12, day: 31)!
        let inYear = first...last
        let units = Set(try register.orgUnits(under: root, asOf: last).map(\.id))
        let members = Members(register: register)
        /// Registered, not archived, owned in the subtree on the day.
        func active(_ id: MemberID, _ date: LocalDate, inSubtree: Bool = true) throws -> Member? {
            guard let member = try members.on(id, date), member.record.status == .active else { return nil }
            if inSubtree { guard let unit = member.record.orgUnit, units.contains(unit) else { return nil } }
            return member
        }
        /// 党外: political status not 01 中共党员 or 02 中共预备党员 (unknown is 党外).
        func nonParty(_ member: Member) -> Bool { !["01", "02"].contains(member.record.politicalStatus?.rawValue ?? "") }
        var model = Model()
        func add(_ key: String, _ subject: WorkReportSubject) { model.figures[key, default: []].insert(subject) }

        // People per category on 31 December: active members owned in the subtree, by membership.
        let categories = try #require(register.codes[.category]).codes
        for code in categories { model.figures["people_" + code.code.lowercased()] = [] }
        for member in try register.members(asOf: last) {
            guard let unit = member.record.orgUnit, units.contains(unit) else { continue }
            for membership in member.categories { add("people_" + membership.category.rawValue.lowercased(), .member(member.id)) }
        }

        // 党外副科级以上领导干部 on 31 December; adjustments in the year by comparing each day with the day before.
        /// A 领导职务 with a 职务层次 of 副科级 (GB/T 12407 142) or above (a smaller code).
        func qualifies(_ post: Tenure<PostRecord>) -> Bool {
            post.isLeadership && (post.rank.flatMap { Int($0.rawValue) }.map { $0 <= 142 } ?? false)
        }
        func qualifying(_ date: LocalDate) throws -> [PostID: (member: MemberID, rank: String)] {
            Dictionary(uniqueKeysWithValues: try register.records(PostRecord.self, asOf: date).filter(qualifies)
                .map { ($0.id, ($0.member, $0.rank?.rawValue ?? "")) })
        }
        var yesterday = try qualifying(first.adding(days: -1))
        var day = first
        while day <= last {
            let today = try qualifying(day)
            for (post, held) in today where yesterday[post]?.rank != held.rank {      // appointed, or promoted on the post
                if let member = try active(held.member, day), nonParty(member) { add("adjusted_cadres", .member(held.member)) }
            }
            for (post, held) in yesterday where today[post] == nil {                   // removed: judged on the last day held
                let judged = day.adding(days: -1)
                if let member = try active(held.member, judged), nonParty(member) { add("adjusted_cadres", .member(held.member)) }
            }
            if day == last {
                for held in today.values {
                    if let member = try active(held.member, last), nonParty(member) { add("leading_cadres", .member(held.member)) }
                }
            }
            yesterday = today
            day = day.adding(days: 1)
        }
        model.figures["adjusted_cadres", default: []].formUnion([])
        model.figures["leading_cadres", default: []].formUnion([])

        // Reserve pool on 31 December: a pool record in force.
        model.figures["reserve_pool"] = []
        for entry in try register.records(PoolRecord.self, asOf: last) {
            if let member = try active(entry.member, last), nonParty(member) { add("reserve_pool", .member(entry.member)) }
        }

        // 无党派人士认定: awaiting on 31 December (推荐 or 考察); a 推荐 step dated in the year.
        model.figures["nonpartisan_awaiting"] = []
        model.figures["nonpartisan_recommended"] = []
        for id in written.ids {
            for workflow in try register.workflows(of: id, asOf: last) where workflow.kind == "NON_PARTISAN_CERTIFICATION" {
                if ["RECOMMENDED", "INVESTIGATED"].contains(workflow.state?.id ?? ""), try active(id, last) != nil {
                    add("nonpartisan_awaiting", .member(id))
                }
                for step in workflow.steps where step.state.id == "RECOMMENDED" && inYear.contains(step.effectiveOn) {
                    if try active(id, step.effectiveOn) != nil { add("nonpartisan_recommended", .member(id)) }
                }
            }
        }

        // Engagements dated in the year (first day in it, not withdrawn), organised in the subtree.
        for key in ["visits", "enterprises_visited", "problems_solved", "training_sessions", "attendances", "attendees", "forums",
                    "overseas_households_visited"] { model.figures[key] = [] }
        let overseasTypes: Set<String> = ["HUAQIAO", "GUIQIAO", "QIAOJUAN"]
        let lastYearEnd = first.adding(days: -1)
        for engagement in try register.records(EngagementRecord.self, of: NoHolder()) where engagement.to != engagement.from {
            if engagement.kind == .problem {
                // Solved in the year: solved on 31 December and not on the day before the year began (an
                // engagement ended with its outcome is solved from its end).
                func solved(by date: LocalDate) throws -> Bool {
                    if let record = try register.record(engagement.id, asOf: date) { return record.outcome == .solved }
                    return engagement.to.map { $0 <= date } == true && engagement.outcome == .solved
                }
                if units.contains(engagement.organiser), try solved(by: last), !(try solved(by: lastYearEnd)) {
                    add("problems_solved", .engagement(engagement.id))
                }
            }
            guard inYear.contains(engagement.from),
                  let onDate = try register.record(engagement.id, asOf: engagement.from), units.contains(onDate.organiser) else { continue }
            let participants = try register.participants(of: engagement.id)
            switch onDate.kind {
            case .visit, .condolence:
                if onDate.kind == .visit {
                    add("visits", .engagement(engagement.id))
                    for enterprise in participants.compactMap(\.enterprise) { add("enterprises_visited", .enterprise(enterprise)) }
                }
                for household in Set(participants.compactMap(\.household)) {
                    let people = try register.members(of: household, asOf: engagement.from).map(\.member)
                    let overseas = try people.contains { person in
                        try register.records(OverseasRecord.self, of: person, asOf: engagement.from)
                            .contains { overseasTypes.contains($0.type.rawValue) }
                    }
                    if overseas { add("overseas_households_visited", .household(household)) }
                }
            case .training:
                for number in 1...max(onDate.sessions ?? 0, 1) where (onDate.sessions ?? 0) >= number {
                    add("training_sessions", .session(engagement.id, number: number))
                }
                for participant in participants {
                    guard let member = participant.member, try active(member, engagement.from, inSubtree: false) != nil else { continue }
                    add("attendances", .attendance(engagement.id, participant: participant.id, member: member))
                    add("attendees", .member(member))
                }
            case .forum, .fellowship:
                add("forums", .engagement(engagement.id))
            default:
                break
            }
        }

        // 万企兴万村: pairings in force on a day of the year, the enterprise owned in the subtree on the
        // pairing's last day in force in the year.
        model.figures["paired_enterprises"] = []
        model.figures["paired_villages"] = []
        for enterprise in written.all.enterprises {
            for pairing in try register.records(PairingRecord.self, of: enterprise)
            where pairing.from <= last && (pairing.to.map { $0 > first } ?? true) {
                let lastDay = min(pairing.to.map { $0.adding(days: -1) } ?? last, last)
                guard let owner = try register.record(enterprise, asOf: lastDay)?.orgUnit, units.contains(owner) else { continue }
                add("paired_enterprises", .enterprise(enterprise))
                add("paired_villages", .village(pairing.village))
            }
        }

        // Member enterprises on 31 December, in a 商会 (any chamber kind) or in a 工商联, owned in the subtree.
        let chamberKinds: Set<String> = ["CHAMBER", "CHAMBER_REMOTE", "CHAMBER_INDUSTRY", "CHAMBER_TOWNSHIP"]
        model.figures["chamber_member_enterprises"] = []
        model.figures["federation_member_enterprises"] = []
        for membership in try register.records(EnterpriseMembershipRecord.self, asOf: last) {
            guard let organisation = try register.record(membership.organisation, asOf: last),
                  let owner = try register.record(membership.holder, asOf: last)?.orgUnit, units.contains(owner) else { continue }
            if chamberKinds.contains(organisation.kind.rawValue) { add("chamber_member_enterprises", .enterprise(membership.holder)) }
            if organisation.kind.rawValue == "FEDERATION" { add("federation_member_enterprises", .enterprise(membership.holder)) }
        }

        // 商会 covering the subtree on 31 December: area in the subtree or above the root.
        var above: Set<OrgUnitID> = []
        var next = try register.orgUnit(root, asOf: last)?.parent
        while let unit = next, above.insert(unit).inserted { next = try register.orgUnit(unit, asOf: last)?.parent }
        model.figures["chambers"] = []
        for organisation in try register.records(OrganisationRecord.self, asOf: last) where chamberKinds.contains(organisation.kind.rawValue) {
            if let area = organisation.area, units.contains(area) || above.contains(area) { add("chambers", .organisation(organisation.id)) }
        }
        return model
    }

    @Test("every figure of the first district's last full year equals the model's count, with the model's ids")
    func figuresMatchModel() throws {
        let population = written.population
        let year = population.spec.historyThrough.year
        let rootIndex = try #require(population.orgUnits.first { $0.parent == nil }?.id)
        let root = written.orgUnits[rootIndex]
        let report = try written.register.workReport(year: year, under: root)
        let counted = try written.register.read { snapshot in try self.model(year: year, root: root, in: snapshot) }
        #expect(Set(report.figures.map(\.key)) == Set(counted.figures.keys))
        for figure in report.figures {
            let expected = counted.figures[figure.key] ?? []
            #expect(figure.value == expected.count, "\(figure.key): report \(figure.value), model \(expected.count)")
            #expect(Set(figure.subjects) == expected, "\(figure.key)")
        }
        // The district's year is not empty: the figures the seed report quotes all have something to count.
        for key in ["leading_cadres", "reserve_pool", "nonpartisan_awaiting", "visits", "enterprises_visited", "problems_solved",
                    "paired_enterprises", "chambers", "overseas_households_visited", "training_sessions", "attendances", "forums"] {
            #expect((report[key]?.value ?? 0) > 0, "\(key) is 0 in the fixture year")
        }
    }
}
