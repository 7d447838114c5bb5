import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

/// Enterprises (held by nobody) and their 万企兴万村 pairings (held by the enterprise) under random adds,
/// changes, ends and corrections, replayed from a seed: reads match ``RecordModel`` (the README's rules),
/// an enterprise's end takes its pairings with it, refusals are predicted, and the history tables keep
/// their structural invariants.
@Suite("Entity history under random writes")
struct EntityHistoryInvariantTests {
    static let names = ["锡林乳业", "草原乳业", "北方乳业"]
    static let projects: [String?] = ["奶牛养殖", "牧草种植", nil]
    static let codes = ["91150102MA0N2XY1A8", "91150102MA0N2XY2BC", "92150102MA0N2XY3CD", "91350100M000100Y43"]

    @Test("random writes to enterprises and their pairings read back as the model says; an enterprise's end ends its pairings",
          arguments: [5, 23, 777] as [UInt64])
    func randomWrites(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        let register = try Register.inMemory()
        var enterprises: [(id: EnterpriseID, model: RecordModel)] = []
        var pairings: [(id: PairingID, model: RecordModel)] = []
        var refusals = 0
        for (index, code) in Self.codes.enumerated() {
            let day = LocalDate("2019-01-01").adding(days: Int.random(in: 0...400, using: &random))
            let id = try register.add(EnterpriseRecord(creditCode: code, name: Self.names[0]), effective: day, by: clerk)
            enterprises.append((id, RecordModel(member: index, start: day, values: ["name": Self.names[0]])))
        }
        for step in 0..<300 {
            let date = LocalDate("2019-01-01").adding(days: Int.random(in: 0...2400, using: &random))
            func both(_ what: String, _ write: () throws -> Void, _ model: () throws -> Void) {
                var modelRefused = false, registerRefused = false
                do { try model() } catch { modelRefused = true }
                do { try write() } catch is RegisterError { registerRefused = true } catch { Issue.record("\(what): \(error)") }
                #expect(modelRefused == registerRefused, "step \(step) \(what): model \(modelRefused), register \(registerRefused), seed \(seed)")
                if modelRefused { refusals += 1 }
            }
            let e = Int.random(in: 0..<enterprises.count, using: &random)
            switch Int.random(in: 0..<10, using: &random) {
            case 0, 1:
                var added: PairingID?
                both("add pairing to \(e) on \(date)", {
                    added = try register.add(PairingRecord(village: "150102001201", project: "奶牛养殖"), for: enterprises[e].id,
                                             effective: date, by: clerk)
                }) {
                    guard enterprises[e].model.isInForce(on: date) else { throw RecordModel.Refused() }
                }
                if let added {
                    var model = RecordModel(member: e, start: date, values: ["project": "奶牛养殖"])
                    if let end = enterprises[e].model.points["status"]!.filter({ $0.key > date && $0.value == "ended" }).keys.min() {
                        try model.endRecord(on: end)
                    }
                    pairings.append((added, model))
                }
            case 2, 3:
                let name = Self.names.randomElement(using: &random)!
                both("rename \(e) on \(date)", {
                    try register.write(by: clerk) { _ = try $0.change(enterprises[e].id, effective: date) { $0.name = name } }
                }) { try enterprises[e].model.change("name", to: name, on: date) }
            case 4:
                both("end \(e) on \(date)", { try register.end(enterprises[e].id, effective: date, by: clerk) }) {
                    let held = pairings.indices.filter { pairings[$0].model.member == e }
                    guard enterprises[e].model.isInForce(on: date) else { throw RecordModel.Refused() }
                    guard !held.contains(where: { pairings[$0].model.start > date }) else { throw RecordModel.Refused() }
                    try enterprises[e].model.endRecord(on: date)
                    for index in held where pairings[index].model.isInForce(on: date) { try pairings[index].model.endRecord(on: date) }
                }
            default:
                guard !pairings.isEmpty else { continue }
                let p = Int.random(in: 0..<pairings.count, using: &random)
                let project = Self.projects.randomElement(using: &random)!
                if Bool.random(using: &random) {
                    both("change pairing \(p) on \(date)", {
                        try register.write(by: clerk) { _ = try $0.change(pairings[p].id, effective: date) { $0.project = project } }
                    }) { try pairings[p].model.change("project", to: project, on: date) }
                } else {
                    both("correct pairing \(p) as of \(date)", {
                        try register.write(by: clerk) { _ = try $0.correct(pairings[p].id, asOf: date) { $0.project = project } }
                    }) { try pairings[p].model.correct("project", to: project, on: date) }
                }
            }
        }
        #expect(refusals > 0)
        for _ in 0..<40 {
            let date = LocalDate("2019-01-01").adding(days: Int.random(in: 0...2600, using: &random))
            for (id, model) in enterprises {
                let read = try register.read { try $0.record(id, asOf: date) }
                #expect((read == nil) == (date < model.start), "enterprise \(id) on \(date), seed \(seed)")
                if let read {
                    #expect(.some(read.name) == model.value("name", on: date), "enterprise \(id) name on \(date), seed \(seed)")
                    #expect(read.to == model.end, "enterprise \(id) end, seed \(seed)")
                }
            }
            for (id, model) in pairings {
                let read = try register.read { try $0.record(id, asOf: date) }
                #expect((read == nil) == (date < model.start), "pairing \(id) on \(date), seed \(seed)")
                if let read {
                    #expect(.some(read.project) == model.value("project", on: date), "pairing \(id) project on \(date), seed \(seed)")
                    #expect(read.to == model.end, "pairing \(id) end, seed \(seed)")
                }
                let listed = try register.records(PairingRecord.self, asOf: date).contains { $0.id == id }
                #expect(listed == model.isInForce(on: date), "pairing \(id) in force on \(date), seed \(seed)")
            }
        }
        try RecordHistoryInvariantTests().checkStructure(register)
    }
}
