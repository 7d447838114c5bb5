import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

/// The masking table (field sensitivity × purpose × role) and its use on every read path of a view; a
/// seeded property: no value a view's policy masks appears in anything the view hands out, unless the
/// view reveals it, and then the read is in the access log.
@Suite("Masking policy on every read path")
struct MaskingPolicyTests {
    // MARK: The table

    @Test("the standard table gives each built-in purpose's MaskingPolicy to officers, leaders and street clerks")
    func standardMatchesExports() {
        for role in [AccessRole.officer, .leader, .streetClerk, "township_secretary"] {
            for purpose in [DisclosurePurpose.workList, .transfer, .statistics, "district_review"] {
                #expect(AccessPolicy.standard.maskingPolicy(role: role, purpose: purpose) == MaskingPolicy.policy(for: purpose),
                        "\(role) for \(purpose)")
                #expect(!AccessPolicy.standard.membershipRule(role: role, purpose: purpose).masks)
            }
        }
    }

    @Test("an auditor sees less than anyone: names by their first character, identifiers, contacts and addresses redacted")
    func auditor() {
        for purpose in [DisclosurePurpose.workList, .statistics, .transfer] {
            let policy = AccessPolicy.standard.maskingPolicy(role: .auditor, purpose: purpose)
            #expect(policy.isMasked)
            for field in [MemberField.documentNumber, .mobile, .email, .address, .religion, .clergyPost, .venue, .formerNames, .notes] {
                #expect(policy.rule(for: field) == .redact, "\(field) for \(purpose)")
            }
            #expect(policy.rule(for: .name) == Masking.nameRule)
            #expect(policy.rule(for: .politicalStatus) == .reveal)
            for field in MemberField.allCases {
                let standard = MaskingPolicy.policy(for: purpose).rule(for: field)
                #expect(!standard.masks || policy.rule(for: field).masks, "\(field) is masked for others but not for an auditor")
            }
        }
    }

    @Test("every field has one sensitivity; category membership is a pseudo-field of its own")
    func sensitivities() {
        #expect(FieldSensitivity.of(.documentNumber) == .identifier)
        #expect(FieldSensitivity.contact.fields == [.mobile, .email])
        #expect(FieldSensitivity.of(.address) == .location)
        #expect(FieldSensitivity.special.fields == [.religion, .clergyPost, .venue])
        #expect(FieldSensitivity.political.fields == [.politicalStatus])
        #expect(FieldSensitivity.membership.fields == [])
        #expect(FieldSensitivity.personal.fields == [.name, .formerNames, .notes])
        #expect(FieldSensitivity.allCases.flatMap(\.fields).count == MemberField.allCases.count)
    }

    @Test("the most specific rule wins: a field over its class, role and purpose over role over purpose over none; later among equals")
    func specificity() {
        let policy = AccessPolicy(rules: [
            .init(.sensitivity(.contact), masking: .redact),
            .init(.sensitivity(.contact), purpose: .statistics, masking: .keepPrefix(1)),
            .init(.sensitivity(.contact), role: .leader, masking: .keepPrefix(2)),
            .init(.sensitivity(.contact), role: .leader, purpose: .statistics, masking: .keepPrefix(3)),
            .init(.field(.email), masking: .keepPrefix(4)),
            .init(.field(.email), masking: .keepPrefix(5)),
        ])
        #expect(policy.rule(for: .mobile, role: .officer, purpose: .workList) == .redact)
        #expect(policy.rule(for: .mobile, role: .officer, purpose: .statistics) == .keepPrefix(1))
        #expect(policy.rule(for: .mobile, role: .leader, purpose: .workList) == .keepPrefix(2))
        #expect(policy.rule(for: .mobile, role: .leader, purpose: .statistics) == .keepPrefix(3))
        #expect(policy.rule(for: .email, role: .leader, purpose: .statistics) == .keepPrefix(5))
        #expect(policy.rule(for: .address, role: .leader, purpose: .statistics) == .reveal)
        #expect(!policy.membershipRule(role: .leader, purpose: .statistics).masks)
    }

    // MARK: Read paths

    @Test("member values, lists, queries, look-ups and exports are masked by the view's policy")
    func memberValues() throws {
        let f = try ScopeFixture()
        let view = try f.northView()
        let mobile = Masking.mobile("13700137000"), id = Masking.documentNumber(ScopeFixture.secrets[0])
        let wuyun = try #require(try view.read { try $0.member(f.wuyun) })
        #expect(wuyun.mobile == mobile && wuyun.documentNumber == id && wuyun.address == "呼和浩特市新****")
        #expect(wuyun.email == "wu****" && wuyun.religion == "***" && wuyun.clergyPost == "***" && wuyun.venue == "***")
        #expect(wuyun.name == "乌云其木格" && wuyun.notes == ScopeFixture.secrets[4] && wuyun.categories.count == 1)
        #expect(try view.read { try $0.member(f.wuyun, asOf: "2023-12-31")?.mobile } == Masking.mobile("13800138000"))
        #expect(try view.read { try $0.members(asOf: "2024-06-30").first?.documentNumber } == id)
        #expect(try view.read { try $0.members(matching: MemberQuery(asOf: "2024-06-30")).members.first?.mobile } == Masking.mobile("13800138000"))
        #expect(try view.read { try $0.member(documentNumber: ScopeFixture.secrets[0])?.documentNumber } == id)
        #expect(try view.read { try $0.members(named: "乌云其木格", bornOn: "1978-02-03").first?.address } == "呼和浩特市新****")
        var exported: [String?] = []
        try view.exportMembers(format: "csv") { exported.append($0.mobile) }
        #expect(exported.contains(mobile))
        #expect(try f.register.exportLog().last?.masking == MaskingPolicy.standard.description)
        #expect(try f.register.accessLog().filter { $0.action == .unmaskedRead }.isEmpty)
    }

    @Test("timelines, change lists and the change report mask old and new values and, for an auditor, names")
    func history() throws {
        let f = try ScopeFixture()
        let view = try f.northView(.auditor)
        let entries = try view.read { try $0.timeline(of: f.wuyun) }
        let mobileChange = try #require(entries.flatMap(\.changes).last { $0.subject == .field(.mobile) })
        #expect(mobileChange.from == "***" && mobileChange.to == "***")
        let registration = try #require(entries.first { $0.kind == .registration }?.changes.first { $0.subject == .field(.name) })
        #expect(registration.to == "乌****" && registration.toName == "乌****")
        let events = try view.read { try $0.changes(from: "2024-07-01", through: "2024-07-01") }
        #expect(events.map(\.change.to) == ["***"])
        let clerkEvents = try f.northView().read { try $0.changes(from: "2024-07-01", through: "2024-07-01") }
        #expect(clerkEvents.map(\.change.toName) == [Masking.mobile("13700137000")])
        let report = try view.read { try $0.changeReport(from: "2023-01-01", through: "2024-12-31") }
        let names = report.changes.map(\.name) + report.sections.flatMap { $0.transfersIn.map(\.name) + $0.transfersOut.map(\.name) }
        #expect(!names.isEmpty && names.allSatisfy { $0.count > 1 && $0.dropFirst().allSatisfy { $0 == "*" } })
        let cadres = try view.read { try $0.leadingCadres(asOf: "2024-06-30") }
        #expect(cadres.map(\.name) == ["张*"])
    }

    @Test("search results, relation notes and household addresses are masked")
    func searchAndRecords() throws {
        let f = try ScopeFixture()
        let view = try f.northView(.officer, purpose: .statistics)
        let match = try #require(try view.read { try $0.searchMembers("其木格") }.first)
        #expect(match.name == "乌****" && match.matchedText == "乌****")
        let byWorkUnit = try #require(try view.read { try $0.searchMembers("东风路小学") }.first)
        #expect(byWorkUnit.matchedText == "东风路小学" && byWorkUnit.name == "赵*")
        let notes = try view.read { try $0.relations(of: f.wuyun, asOf: "2024-06-30").map(\.note) }
        #expect(notes == ["***"])
        #expect(try view.read { try $0.records(RelationRecord.self, asOf: "2024-06-30").map(\.note) } == ["***", "***"])
        #expect(try view.read { try $0.households(asOf: "2024-06-30").map(\.address) } == ["呼和浩特市新****"])
        #expect(try f.northView().read { try $0.relations(of: f.wuyun, asOf: "2024-06-30").map(\.note) } == ["介绍入会"])
    }

    @Test("a policy that hides category memberships hides them on every path, counts stay")
    func hiddenMemberships() throws {
        let f = try ScopeFixture()
        var rules = AccessPolicy.standard.rules
        rules.append(.init(.sensitivity(.membership), role: "contractor", masking: .redact))
        let view = try f.register.view(for: AccessGrant(actor: "外包 录入员", role: "contractor", scope: f.north), policy: AccessPolicy(rules: rules))
        #expect(view.hidesMemberships)
        #expect(try view.read { try $0.member(f.wuyun)?.categories } == [])
        let entry = try #require(try view.read { try $0.timeline(of: f.wuyun) }.first)
        #expect(entry.changes.filter { if case .category = $0.subject { true } else { false } }.allSatisfy { $0.to == "***" })
        let report = try view.read { try $0.changeReport(from: "2021-01-01", through: "2024-12-31", in: [.nonPartisan]) }
        #expect(report.sections.first?.closing == 1 && report.sections.first?.entries == [])
        #expect(try view.read { try $0.count(matching: MemberQuery(.category(.nonPartisan), asOf: "2024-06-30")) } == 1)
    }

    // MARK: Revealing

    @Test("revealing needs a reason; each read call that hands a revealed field out is logged once, masked reads never")
    func revealing() throws {
        let f = try ScopeFixture()
        let view = try f.northView()
        #expect(throws: PrivacyError.self) { try view.revealing([.mobile], reason: " \n") }
        let full = try view.revealing([.mobile, .documentNumber], reason: "走访前电话预约 (区统〔2025〕3号)")
        #expect(try full.read { try $0.member(f.wuyun)?.mobile } == "13700137000")
        var log = try f.register.accessLog()
        #expect(log.count == 1)
        let entry = try #require(log.last)
        #expect(entry.action == .unmaskedRead && entry.actor == "锡林路街道 李干事" && entry.role == "street_clerk")
        #expect(entry.fields == [.documentNumber, .mobile] && entry.members == [f.wuyun])
        #expect(entry.reason == "走访前电话预约 (区统〔2025〕3号)" && entry.purpose == .workList)
        #expect(entry.detail.contains("member(\(f.wuyun))") && entry.detail.contains("scope=\(f.north.rawValue)"))

        // Two calls in one read: two entries. Members without the fields are not named.
        _ = try full.read { scoped in
            (try scoped.members(asOf: "2024-06-30"), try scoped.timeline(of: f.wuyun))
        }
        log = try f.register.accessLog()
        #expect(log.count == 3)
        #expect(log[1].members == [f.wuyun] && log[2].fields == [.mobile, .documentNumber].sorted { $0.index < $1.index })
        // Masked reads, counts, and reads that hand out no revealed value log nothing.
        _ = try view.read { try $0.members(asOf: "2024-06-30") }
        _ = try full.read { try $0.count(matching: MemberQuery()) }
        _ = try full.read { try $0.member(f.zhang) }
        _ = try full.revealing([.name], reason: "核对").read { try $0.members(named: "张强", bornOn: "1970-01-01") }
        _ = try view.revealing([.name], reason: "核对姓名").read { try $0.member(f.zhang) }
        #expect(try f.register.accessLog().count == 3)
        // A read that throws part way still logs what it handed out.
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try full.read { scoped in try scoped.forEachMember(matching: MemberQuery()) { _ in throw Stop() } }
        }
        #expect(try f.register.accessLog().count == 4)
        // An unmasked export needs the reason and is logged as an export.
        let entryExport = try full.exportMembers(format: "json") { _ in }
        #expect(!entryExport.masked && entryExport.reason == "走访前电话预约 (区统〔2025〕3号)")
        #expect(try f.register.accessLog().filter { $0.action == .unmaskedRead }.count == 4)
    }

    // MARK: Property

    @Test("no value a view masks ever appears in its output unless revealed, and every revealed one is logged",
          arguments: [3, 17] as [UInt64])
    func noLeaks(seed: UInt64) throws {
        var random = SeededGenerator(seed: seed)
        let clock = TestClock("2020-01-01T09:00:00+08:00")
        let register = try Register.inMemory(clock: clock.read)
        let owner = Attribution(actor: "区委统战部", reason: "建库")
        let district = try register.addOrgUnit(OrgUnitRecord(name: "新城区委统战部", kind: .unitedFrontDepartment), effective: "2020-01-01", by: owner)
        let streets = try ["锡林路街道", "东风路街道", "中山路街道"].map {
            try register.addOrgUnit(OrgUnitRecord(name: $0, kind: .subdistrict, parent: district), effective: "2020-01-01", by: owner)
        }
        var ids: [MemberID] = []
        var values: [MemberID: [MemberField: [String]]] = [:]
        func secret(_ field: MemberField, _ i: Int) -> String {
            let n = Int.random(in: 100_000...999_999, using: &random)
            return switch field {
            case .documentNumber: citizenID("150102", born: "19\(60 + i % 30)-0\(1 + i % 9)-1\(i % 9)", sequence: n % 1000)
            case .mobile: "139\(String(n))\(String(format2(i)))"
            case .email: "m\(n)@example.cn"
            case .address: "呼和浩特市新城区第\(n)号院"
            case .clergyPost: "教职\(n)"
            case .venue: "场所\(n)"
            case .notes: "备注\(n)不宜公开"
            case .formerNames: "曾名\(n)"
            default: "成员\(i)号"
            }
        }
        func format2(_ i: Int) -> String { i % 100 < 10 ? "0\(i % 100)" : String(i % 100) }
        let secretFields: [MemberField] = [.documentNumber, .mobile, .email, .address, .clergyPost, .venue, .notes, .formerNames, .name]
        clock.set("2021-01-10T09:00:00+08:00")
        for i in 0..<24 {
            var record = MemberRecord(name: secret(.name, i))
            for field in secretFields where field != .name { record[field] = secret(field, i) }
            record.religion = .buddhism
            record.orgUnit = streets[i % 3]
            let id = try register.add(record, effective: "2020-06-01", by: owner)
            if i % 2 == 0 { try register.enter(id, category: .nonPartisan, effective: "2020-06-01", by: owner) }
            ids.append(id)
            values[id] = Dictionary(uniqueKeysWithValues: secretFields.map { ($0, [record[$0]!]) })
        }
        for step in 0..<40 {
            clock.set("2022-0\(1 + step / 10)-1\(step % 10)T09:00:00+08:00")
            let id = ids.randomElement(using: &random)!
            let date = LocalDate("2021-01-01").adding(days: Int.random(in: 0...1200, using: &random))
            if Int.random(in: 0..<4, using: &random) == 0 {
                try register.transfer(id, to: streets.randomElement(using: &random)!, effective: date, by: owner)
            } else {
                let field = [MemberField.mobile, .address, .email, .notes].randomElement(using: &random)!
                let value = secret(field, step + 100)
                try register.change(id, effective: date, by: owner) { $0[field] = value }
                values[id]![field, default: []].append(value)
            }
        }
        clock.set("2025-01-10T09:00:00+08:00")

        func output(_ view: RegisterView) throws -> String {
            var text: [String] = []
            func add(_ member: Member) { text += MemberField.allCases.compactMap { member.record[$0] } }
            func add(_ change: ValueChange) { text += [change.from, change.to, change.fromName, change.toName].compactMap { $0 } }
            try view.read { scoped in
                for date in ["2021-06-30", "2023-06-30", "2024-12-31"] as [LocalDate] {
                    try scoped.members(asOf: date).forEach(add)
                    try scoped.archivedMembers(asOf: date).forEach(add)
                    try scoped.members(matching: MemberQuery(asOf: date, order: .name)).members.forEach(add)
                    for id in ids {
                        if let member = try? scoped.member(id, asOf: date) { add(member) }
                    }
                    try scoped.records(RelationRecord.self, asOf: date).forEach { text += [$0.note].compactMap { $0 } }
                }
                for id in ids {
                    if let member = try? scoped.member(id) { add(member) }
                    if let entries = try? scoped.timeline(of: id) { entries.flatMap(\.changes).forEach(add) }
                    for document in values[id]![.documentNumber]! {
                        if let member = try scoped.member(documentNumber: document) { add(member) }
                    }
                }
                try scoped.changes(from: "2020-01-01", through: "2024-12-31").forEach { add($0.change) }
                try scoped.forEachMember(matching: MemberQuery(asOf: "2024-12-31")) { add($0) }
                for match in try scoped.searchMembers("成员", limit: 100) { text += [match.name, match.matchedText] }
                let report = try scoped.changeReport(from: "2021-01-01", through: "2024-12-31")
                text += report.changes.map(\.name) + report.changes.flatMap { [$0.change.from, $0.change.to, $0.change.toName].compactMap { $0 } }
                text += report.sections.flatMap { $0.entries.map(\.name) + $0.exits.map(\.name) + $0.transfersIn.map(\.name) }
            }
            try view.exportMembers(format: "csv") { add($0) }
            return text.joined(separator: "\n")
        }

        let grants: [(AccessRole, DisclosurePurpose, OrgUnitID?)] = [
            (.streetClerk, .workList, streets[0]), (.officer, .transfer, nil), (.leader, .statistics, streets[1]),
            (.auditor, .workList, nil), ("township_secretary", "district_review", streets[2]),
        ]
        for (role, purpose, scope) in grants {
            let view = try register.view(for: AccessGrant(actor: "测试 \(role)", role: role, purpose: purpose, scope: scope))
            let unmaskedReads = { try register.accessLog().filter { $0.action == .unmaskedRead }.count }
            let logged = try unmaskedReads()
            let text = try output(view)
            #expect(!text.isEmpty)
            let masked = Set(secretFields.filter { view.masking.rule(for: $0).masks })
            #expect(masked.isSuperset(of: [.documentNumber, .mobile, .email, .address, .clergyPost, .venue]))
            for (id, fields) in values {
                for (field, list) in fields where masked.contains(field) {
                    for value in list { #expect(!text.contains(value), "\(field) of \(id) leaked to \(role)/\(purpose), seed \(seed)") }
                }
            }
            #expect(try unmaskedReads() == logged)

            // Revealed: the values may appear, and every member whose value appears is in the log with the field.
            let before = try register.accessLog().count
            let revealed = try view.revealing([.mobile, .documentNumber], reason: "核对 \(seed)")
            let shown = try output(revealed)
            let entries = try register.accessLog().dropFirst(before).filter { $0.action == .unmaskedRead }
            var appeared = false
            for (id, fields) in values {
                for field in [MemberField.mobile, .documentNumber] where fields[field]!.contains(where: shown.contains) {
                    appeared = true
                    #expect(entries.contains { $0.members.contains(id) && $0.fields.contains(field) && $0.reason == "核对 \(seed)" },
                            "\(field) of \(id) shown to \(role) without a log entry, seed \(seed)")
                }
                for field in masked.subtracting([.mobile, .documentNumber]) {
                    for value in fields[field] ?? [] { #expect(!shown.contains(value), "\(field) of \(id) leaked, seed \(seed)") }
                }
            }
            #expect(appeared)
        }
    }
}
