import Testing
import UnitedFront
import UnitedFrontFixtures

@Suite("Workflows of a generated population: 无党派人士认定, 后备干部入库, 民主党派备案, 归侨侨眷认定")
struct WorkflowFixtureTests {
    let written = WrittenPopulation.shared
    let endOf2024: LocalDate = "2024-12-31"

    /// A step as text: date, state, 经办人, 意见, 文号 and the kind's own fields.
    private static func text(_ step: WorkflowStep) -> String {
        let fields = step.fields.keys.sorted().map { "\($0)=\(step.fields[$0]!)" }
        return ([step.effectiveOn.description, step.state.id, step.actor ?? "-", step.opinion ?? "-", step.documentNumber ?? "-"]
                + fields).joined(separator: " ")
    }

    private static func text(_ step: WorkflowStepRecord) -> String {
        let fields = step.fields.keys.sorted().map { "\($0)=\(step.fields[$0]!)" }
        return ([step.effective.description, step.state, step.actor ?? "-", step.opinion ?? "-", step.documentNumber ?? "-"]
                + fields).joined(separator: " ")
    }

    /// Every workflow of a register written from `population`, one line per step, by person index.
    private func dump(_ population: Population) throws -> String {
        let register = try Register.inMemory()
        let ids = try population.writeAll(to: register)
        var lines: [String] = []
        for (index, id) in ids.members.enumerated() {
            for workflow in try register.workflows(of: id) {
                lines.append("person \(index) \(workflow.kind) \(workflow.state?.id ?? "-")")
                lines += workflow.steps.map { "  " + Self.text($0) }
            }
        }
        return lines.joined(separator: "\n")
    }

    @Test("the same seed written twice gives identical workflows, of every kind the fixtures run")
    func sameSeedSameWorkflows() throws {
        let first = try dump(Population(seed: 77, size: 250))
        #expect(first == (try dump(Population(seed: 77, size: 250))))
        for kind in [WorkflowKind.nonPartisanCertification, .reserveCadrePool, .democraticPartyFiling] {
            #expect(first.contains(kind.id), "no \(kind.name)")
        }
        #expect(try dump(Population(seed: 78, size: 250)) != first)
    }

    @Test("the register's workflows are the model's, person by person")
    func registerMatchesModel() throws {
        for (person, id) in zip(written.population.people, written.ids) {
            let stored = try written.register.workflows(of: id).map { workflow in
                "\(workflow.kind): " + workflow.steps.map(Self.text).joined(separator: "; ")
            }
            let model = person.state(asOf: nil).workflows.map { workflow in
                "\(workflow.kind.id): " + workflow.steps.map(Self.text).joined(separator: "; ")
            }
            #expect(stored == model, "person \(person.id)")
        }
    }

    @Test("every certified 无党派人士 has a certification in 认定, 登记 or 复核 on the same date")
    func certifiedMembersHaveCertifications() throws {
        let register = written.register
        for date: LocalDate in ["2020-06-30", "2022-12-31", endOf2024] {
            let certifiedMembers = try register.members(asOf: date).filter { member in
                member.politicalStatus == .nonPartisan && member.membership(in: .nonPartisan)?.source == .certified
            }
            #expect(certifiedMembers.count > 20, "\(certifiedMembers.count) on \(date)")
            let certifications = try register.workflows(of: .nonPartisanCertification, in: WorkflowKind.nonPartisanCertified, asOf: date)
            #expect(Set(certifications.map(\.memberID)) == Set(certifiedMembers.map(\.id)), "on \(date)")
            let holders = try register.members(asOf: date, in: .nonPartisan)
            #expect(holders.allSatisfy { $0.politicalStatus == .nonPartisan && $0.membership(in: .nonPartisan)?.source == .certified },
                    "a candidate holds no 无党派人士 membership before 认定")
        }
        for certification in try register.workflows(of: .nonPartisanCertification, in: ["CERTIFIED"], asOf: endOf2024) {
            let step = try #require(certification.steps.last { $0.state.id == "CERTIFIED" })
            #expect(step.documentNumber?.wholeMatch(of: /.统发〔\d{4}〕\d+号/) != nil, "\(step.documentNumber ?? "nil")")
        }
    }

    @Test("candidates awaiting 认定 at the end are the model's, and some stop or are revoked")
    func awaitingCertification() throws {
        let awaiting = try written.register.workflows(of: .nonPartisanCertification, in: WorkflowKind.nonPartisanAwaitingCertification,
                                                      asOf: endOf2024)
        #expect(!awaiting.isEmpty)
        let index = Dictionary(uniqueKeysWithValues: written.ids.enumerated().map { ($1, $0) })
        let expected = written.population.people.filter { person in
            guard person.record(asOf: endOf2024)?.status == .active else { return false }
            return person.state(asOf: nil).workflows.contains { workflow in
                workflow.kind == .nonPartisanCertification
                    && workflow.state(asOf: endOf2024).map(WorkflowKind.nonPartisanAwaitingCertification.contains) ?? false
            }
        }.map(\.id)
        #expect(awaiting.compactMap { index[$0.memberID] }.sorted() == expected.sorted())
        let workflows = written.population.people.flatMap { $0.state(asOf: nil).workflows }
            .filter { $0.kind == .nonPartisanCertification }
        let terminated = workflows.filter { $0.state == "TERMINATED" }
        let revoked = workflows.filter { $0.state == "REVOKED" }
        #expect(!terminated.isEmpty && terminated.allSatisfy { $0.steps.last?.opinion?.isEmpty == false })
        #expect(revoked.contains { $0.steps.last?.opinion?.hasPrefix("加入") == true }, "revoked on joining a party")
        #expect(revoked.contains { $0.steps.last?.opinion?.hasPrefix("加入") == false }, "revoked at a 复核")
        #expect(workflows.contains { $0.steps.contains { $0.state == "REVIEWED" } })
        #expect(terminated.count + revoked.count < workflows.count / 4, "a few: \(terminated.count) + \(revoked.count) of \(workflows.count)")
    }

    @Test("pool entries come through 后备干部入库 (入库 on their first day) or a direct add, never both")
    func poolEntriesThroughWorkflows() throws {
        var throughWorkflow = 0, total = 0
        for (person, id) in zip(written.population.people, written.ids) {
            let model = person.state(asOf: nil)
            let entries = try written.register.records(PoolRecord.self, of: id)
            let modelEntries = model.records.values.filter { if case .poolEntry = $0.value { true } else { false } }
            #expect(entries.count == modelEntries.count, "person \(person.id)")
            total += entries.count
            for workflow in try written.register.workflows(of: id) where workflow.kind == WorkflowKind.reserveCadrePool.id {
                let admitted = try #require(workflow.steps.first { $0.state.id == "ADMITTED" })
                let added = entries.filter { $0.from == admitted.effectiveOn }
                #expect(added.count == 1, "person \(person.id): the 入库 adds one entry on its day")
                if let entry = added.first {
                    let first = try written.register.read { try $0.record(entry.id, asOf: admitted.effectiveOn) }
                    #expect(first?.targetRank.rawValue == admitted.fields[WorkflowField.targetRank.rawValue], "the 入库's target")
                    #expect(first?.entryReason == admitted.opinion && first?.document == admitted.documentNumber)
                }
                #expect(workflow.steps.map(\.state.id).prefix(3) == ["RECOMMENDED", "INVESTIGATED", "ADMITTED"])
                if let released = workflow.steps.first(where: { $0.state.id == "RELEASED" }) {
                    #expect(added.first?.to == released.effectiveOn && added.first?.exitReason == released.opinion)
                }
                throughWorkflow += 1
            }
            for workflow in model.workflows where workflow.kind == .reserveCadrePool {
                let key = try #require(workflow.poolEntry)
                #expect(model.records[key]?.from == workflow.steps.first { $0.state == "ADMITTED" }?.effective)
            }
        }
        #expect(throughWorkflow * 100 / total >= 30 && throughWorkflow * 100 / total <= 70,
                "about half through the workflow: \(throughWorkflow) of \(total)")
    }

    @Test("new party members are filed through 民主党派新成员备案; 归侨侨眷 are certified by the 侨务部门")
    func filingAndOverseasStatus() throws {
        var filed = 0, certified = 0
        for (person, id) in zip(written.population.people, written.ids) {
            for workflow in try written.register.workflows(of: id) {
                guard let last = workflow.steps.last else { continue }
                switch workflow.kind {
                case WorkflowKind.democraticPartyFiling.id where last.state.id == "FILED":
                    let memberships = try written.register.records(PartyMembershipRecord.self, of: id, asOf: last.effectiveOn)
                    #expect(memberships.count == 1 && memberships.allSatisfy(\.isFiled), "person \(person.id)")
                    filed += 1
                case WorkflowKind.overseasChineseStatus.id where last.state.id == "CERTIFIED":
                    let member = try #require(try written.register.member(id, asOf: last.effectiveOn))
                    #expect(member.membership(in: .overseasChinese)?.source == .certified)
                    #expect(last.documentNumber?.wholeMatch(of: /.侨认〔\d{4}〕\d+号/) != nil)
                    certified += 1
                default:
                    continue
                }
            }
        }
        #expect(filed > 10 && certified > 10, "\(filed) filed, \(certified) certified")
    }
}
