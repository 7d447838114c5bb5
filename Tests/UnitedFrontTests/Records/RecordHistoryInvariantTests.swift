import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

/// Posts, pool entries, party memberships and 侨情 records under long random sequences of adds, changes, ends,
/// corrections, archives and reactivations, replayed from a seed: every read matches ``RecordModel``,
/// every refusal is predicted, and the history tables keep their structural invariants.
@Suite("Record history under random writes")
struct RecordHistoryInvariantTests {
    static let titles: [String?] = ["主任", "副主任", "科长"]
    static let ranks: [String?] = ["142", "141", "132", nil]
    static let reasons: [String?] = ["调研推荐", "年度考核", nil]
    static let branches: [String?] = ["第一支部", "第二支部", nil]

    /// One randomised field per kind: its name and the values it takes.
    static let fields: [String: [(String, [String?])]] = [
        "post": [("title", titles), ("rank", ranks)],
        "pool_entry": [("target_rank", ["142", "141", "131"]), ("entry_reason", reasons)],
        "party_membership": [("branch", branches), ("party_post", ["主委", "委员", nil])],
        "overseas": [("type", ["HUAQIAO", "GUIQIAO", "QIAOJUAN"]), ("country", ["NLD", "USA", nil])],
    ]

    @Test("random writes to records read back as the model says; refusals and invariants hold",
          arguments: [3, 17, 99, 2025] as [UInt64])
    func randomWrites(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        let register = try Register.inMemory()
        var members: [MemberID] = [], registered: [LocalDate] = [], statusPoints: [[LocalDate: String]] = []
        for index in 0..<4 {
            let day = LocalDate("2020-01-01").adding(days: Int.random(in: 0...300, using: &random))
            members.append(try register.add(MemberRecord(name: "干部\(index)"), effective: day, by: clerk))
            registered.append(day)
            statusPoints.append([day: "active"])
        }
        func memberStatus(_ m: Int, on date: LocalDate) -> String? {
            statusPoints[m].filter { $0.key <= date }.max { $0.key < $1.key }?.value
        }
        var models: [(kind: String, id: Int64, model: RecordModel)] = []
        var refusals = 0
        for step in 0..<400 {
            let date = LocalDate("2020-01-01").adding(days: Int.random(in: 0...2400, using: &random))
            func both(_ what: String, _ write: () throws -> Void, _ model: () throws -> Void) {
                var modelRefused = false, registerRefused = false
                do { try model() } catch { modelRefused = true }
                do { try write() } catch is RegisterError { registerRefused = true } catch { Issue.record("\(what): \(error)") }
                #expect(modelRefused == registerRefused, "step \(step) \(what): model \(modelRefused), register \(registerRefused), seed \(seed)")
                if modelRefused { refusals += 1 }
            }
            let action = Int.random(in: 0..<20, using: &random)
            if action < 4 || models.isEmpty {
                let m = Int.random(in: 0..<members.count, using: &random)
                let kind = ["post", "pool_entry", "party_membership", "overseas"].randomElement(using: &random)!
                var id: Int64 = 0
                var refusedByModel = false
                both("add \(kind) for \(m) on \(date)", {
                    switch kind {
                    case "post": id = try register.add(PostRecord(unit: "区财政局", title: "主任", rank: .section, leadership: true),
                                                      for: members[m], effective: date, by: clerk).rawValue
                    case "pool_entry": id = try register.add(PoolRecord(targetRank: .county), for: members[m], effective: date, by: clerk).rawValue
                    case "overseas": id = try register.add(OverseasRecord(type: .huaqiao, country: "NLD"), for: members[m],
                                                           effective: date, by: clerk).rawValue
                    default: id = try register.add(PartyMembershipRecord(party: .jiusan), for: members[m], effective: date, by: clerk).rawValue
                    }
                }) {
                    guard date >= registered[m], memberStatus(m, on: date) == "active" else { refusedByModel = true; throw RecordModel.Refused() }
                }
                guard !refusedByModel, id != 0 else { continue }
                let initial: [String: String?] = switch kind {
                case "post": ["title": "主任", "rank": "141"]
                case "pool_entry": ["target_rank": "131", "entry_reason": nil]
                case "overseas": ["type": "HUAQIAO", "country": "NLD"]
                default: ["branch": nil, "party_post": nil]
                }
                var model = RecordModel(member: m, start: date, values: initial)
                if let archived = statusPoints[m].filter({ $0.key > date && $0.value == "archived" }).keys.min() {
                    try model.endRecord(on: archived)
                }
                models.append((kind, id, model))
                continue
            }
            if action == 4 || action == 5 {
                let m = Int.random(in: 0..<members.count, using: &random)
                if action == 4 {
                    both("archive \(m) on \(date)", { try register.archive(members[m], effective: date, by: clerk) }) {
                        guard date >= registered[m] else { throw RecordModel.Refused() }
                        guard memberStatus(m, on: date) == "active" else { return }
                        let until = statusPoints[m].keys.filter { $0 > date }.min()
                        let mine = models.indices.filter { models[$0].model.member == m }
                        if mine.contains(where: { index in
                            models[index].model.start > date && until.map { models[index].model.start < $0 } ?? true
                        }) {
                            throw RecordModel.Refused()
                        }
                        statusPoints[m][date] = "archived"
                        for index in mine where models[index].model.isInForce(on: date) { try models[index].model.endRecord(on: date) }
                    }
                } else {
                    both("reactivate \(m) on \(date)", { try register.reactivate(members[m], effective: date, by: clerk) }) {
                        guard date >= registered[m] else { throw RecordModel.Refused() }
                        if memberStatus(m, on: date) == "archived" { statusPoints[m][date] = "active" }
                    }
                }
                continue
            }
            let r = Int.random(in: 0..<models.count, using: &random)
            let (kind, id, _) = models[r]
            let (field, values) = Self.fields[kind]!.randomElement(using: &random)!
            let value = values.randomElement(using: &random)!
            func edit<Record: DatedRecord>(_ type: Record.Type, _ record: inout Record) {
                if var post = record as? PostRecord {
                    if field == "title" { post.title = value ?? "主任" } else { post.rank = value.map(CadreRank.init(rawValue:)) }
                    record = post as! Record
                } else if var entry = record as? PoolRecord {
                    if field == "target_rank" { entry.targetRank = CadreRank(rawValue: value ?? "131") } else { entry.entryReason = value }
                    record = entry as! Record
                } else if var membership = record as? PartyMembershipRecord {
                    if field == "branch" { membership.branch = value } else { membership.partyPost = value }
                    record = membership as! Record
                } else if var overseas = record as? OverseasRecord {
                    if field == "type" { overseas.type = OverseasType(rawValue: value ?? "HUAQIAO") } else { overseas.country = value.map(Country.init(rawValue:)) }
                    record = overseas as! Record
                }
            }
            let stored = field == "title" ? value ?? "主任" : field == "target_rank" ? value ?? "131" : field == "type" ? value ?? "HUAQIAO" : value
            func write<Record: DatedRecord>(_ type: Record.Type) throws {
                let recordID = RecordID<Record>(rawValue: id)
                switch action {
                case 6..<12: try register.write(by: clerk) { _ = try $0.change(recordID, effective: date) { edit(type, &$0) } }
                case 12..<15: try register.end(recordID, effective: date, by: clerk)
                default: try register.write(by: clerk) { _ = try $0.correct(recordID, asOf: date) { edit(type, &$0) } }
                }
            }
            both("\(action) \(kind) \(id) \(field)=\(value ?? "nil") on \(date)", {
                switch kind {
                case "post": try write(PostRecord.self)
                case "pool_entry": try write(PoolRecord.self)
                case "overseas": try write(OverseasRecord.self)
                default: try write(PartyMembershipRecord.self)
                }
            }) {
                switch action {
                case 6..<12: try models[r].model.change(field, to: stored, on: date)
                case 12..<15: try models[r].model.endRecord(on: date)
                default: try models[r].model.correct(field, to: stored, on: date)
                }
            }
        }
        #expect(refusals > 0, "the mix exercises refusals")
        for (kind, id, model) in models {
            for _ in 0..<25 {
                let date = LocalDate("2020-01-01").adding(days: Int.random(in: 0...2600, using: &random))
                try check(register, kind, id, model, on: date, seed: seed)
            }
        }
        try checkStructure(register)
    }

    func check(_ register: Register, _ kind: String, _ id: Int64, _ model: RecordModel, on date: LocalDate, seed: UInt64) throws {
        func read<Record: DatedRecord>(_ type: Record.Type) throws -> (Tenure<Record>?, Bool) {
            let tenure = try register.read { try $0.record(RecordID<Record>(rawValue: id), asOf: date) }
            let listed = try register.records(type, asOf: date).contains { $0.id.rawValue == id }
            return (tenure, listed)
        }
        let context = "\(kind) \(id) on \(date), seed \(seed)"
        switch kind {
        case "post":
            let (tenure, listed) = try read(PostRecord.self)
            #expect((tenure == nil) == (date < model.start), "\(context): exists")
            #expect(listed == model.isInForce(on: date), "\(context): in force")
            guard let tenure else { return }
            #expect(.some(tenure.title) == model.value("title", on: date), "\(context): title")
            #expect(.some(tenure.rank?.rawValue) == model.value("rank", on: date), "\(context): rank")
            #expect(tenure.to == model.end, "\(context): end")
        case "pool_entry":
            let (tenure, listed) = try read(PoolRecord.self)
            #expect((tenure == nil) == (date < model.start), "\(context): exists")
            #expect(listed == model.isInForce(on: date), "\(context): in force")
            guard let tenure else { return }
            #expect(.some(tenure.targetRank.rawValue) == model.value("target_rank", on: date), "\(context): target")
            #expect(.some(tenure.entryReason) == model.value("entry_reason", on: date), "\(context): reason")
        case "overseas":
            let (tenure, listed) = try read(OverseasRecord.self)
            #expect((tenure == nil) == (date < model.start), "\(context): exists")
            #expect(listed == model.isInForce(on: date), "\(context): in force")
            guard let tenure else { return }
            #expect(.some(tenure.type.rawValue) == model.value("type", on: date), "\(context): type")
            #expect(.some(tenure.country?.rawValue) == model.value("country", on: date), "\(context): country")
            #expect(tenure.to == model.end, "\(context): end")
        default:
            let (tenure, listed) = try read(PartyMembershipRecord.self)
            #expect((tenure == nil) == (date < model.start), "\(context): exists")
            #expect(listed == model.isInForce(on: date), "\(context): in force")
            guard let tenure else { return }
            #expect(.some(tenure.branch) == model.value("branch", on: date), "\(context): branch")
            #expect(.some(tenure.partyPost) == model.value("party_post", on: date), "\(context): post")
        }
    }

    /// The structural invariants of every history table: the library's own integrity check
    /// (``Register/check(quick:progress:)``), which runs them in SQL over the whole database.
    func checkStructure(_ register: Register) throws {
        let report = try register.check()
        #expect(report.isSound, "\(report)")
    }
}
