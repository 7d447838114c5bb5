import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

/// Random writes (entries, leaves with reasons, archives, reactivations, transfers across two subtrees,
/// back-dated and in order), then every report balances and its counts are the populations the register
/// reads on the day before and the last day, for the register and for a subtree, now and as known earlier.
@Suite("The change report balances on random histories")
struct ChangeReportInvariantTests {
    @Test("opening + entries + transfers in − exits − transfers out = closing, and the counts are the populations", arguments: [1, 2, 3] as [UInt64])
    func balances(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        let clock = TestClock("2020-01-01T09:00:00+08:00")
        let register = try Register.inMemory(clock: clock.read)
        let root = try register.addOrgUnit(OrgUnitRecord(name: "新城区委统战部", kind: .unitedFrontDepartment), effective: "2020-01-01", by: clerk)
        let inside = try register.addOrgUnit(OrgUnitRecord(name: "锡林路街道", kind: .subdistrict, parent: root), effective: "2020-01-01", by: clerk)
        let outside = try register.addOrgUnit(OrgUnitRecord(name: "赛罕区委统战部", kind: .unitedFrontDepartment), effective: "2020-01-01", by: clerk)
        let units = [root, inside, outside]
        let categories: [UnitedFront.Category] = [.nonPartisan, .newStratum]
        let reasons: [ExitReason?] = [nil, .retired, .transferred, .deceased, .other]
        var members: [MemberID] = []
        for index in 0..<12 {
            var record = MemberRecord(name: "成员\(index)")
            record.orgUnit = units.randomElement(using: &random)
            members.append(try register.add(record, effective: "2020-01-01", by: clerk))
        }
        var checkpoints: [Timestamp] = []
        for step in 0..<150 {
            clock.advance(milliseconds: 3_600_000)
            let member = members.randomElement(using: &random)!
            let day = (LocalDate("2020-01-01") as LocalDate).adding(days: Int.random(in: 0..<(4 * 365), using: &random))
            let category = categories.randomElement(using: &random)!
            // Refused writes (not in the category, archived …) are part of the game: they write nothing.
            _ = try? register.write(by: clerk) { tx in
                switch Int.random(in: 0..<6, using: &random) {
                case 0, 1: try tx.enter(member, category: category, tier: .general, effective: day)
                case 2: try tx.leave(member, category: category, effective: day, reason: reasons.randomElement(using: &random)!)
                case 3: try tx.archive(member, effective: day, reason: reasons.randomElement(using: &random)!)
                case 4: try tx.reactivate(member, effective: day)
                default: _ = try tx.transfer(member, to: units.randomElement(using: &random)!, effective: day)
                }
            }
            if step % 50 == 49 { checkpoints.append(clock.read()) }
        }
        for knownAt in [nil] + checkpoints.map(Optional.some) {
            for (from, through) in [("2020-06-01", "2021-05-31"), ("2021-01-01", "2023-12-31"), ("2022-03-15", "2022-03-15")] as [(LocalDate, LocalDate)] {
                for under in [nil, root] as [OrgUnitID?] {
                    let report = try register.changeReport(from: from, through: through, under: under, knownAt: knownAt)
                    for category in categories {
                        let section = try #require(report.section(category))
                        #expect(section.balances, "seed \(seed) \(category) \(from)…\(through) under \(String(describing: under))")
                        func population(_ day: LocalDate) throws -> Int {
                            try under.map { try register.members(asOf: day, under: $0, in: category, knownAt: knownAt).count }
                                ?? register.members(asOf: day, in: category, knownAt: knownAt).count
                        }
                        #expect(section.opening == (try population(from.adding(days: -1))))
                        #expect(section.closing == (try population(through)))
                        if under == nil { #expect(section.transfersIn.isEmpty && section.transfersOut.isEmpty) }
                    }
                }
            }
        }
    }
}
