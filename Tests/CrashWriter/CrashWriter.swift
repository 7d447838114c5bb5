import CrashHarness
import Foundation
import Glibc
import UnitedFront
import UnitedFrontExchange
import UnitedFrontTestSupport

/// The child process of the crash harness: opens a register file and writes to it through the public
/// API until it is killed, printing a ``CrashLine`` before and after every write.
///
/// A seeded mix of real writes: sheet imports of 1–50 rows (all-or-nothing, sometimes with a bad row,
/// and row by row with bad rows skipped to a rejects file), single registrations, field changes with
/// back-dated effective dates, corrections, category entries, exits and tier changes, workflow steps
/// (无党派人士认定 and 后备干部入库 from their first step to their terminal ones) and withdrawals, org-unit
/// transfers, archives and reactivations, a change and a category entry in one changeset, and org units.
/// Each write's attribution has the tag `crash-<seed>-<n>` as its reason; the register's clock starts a
/// second after the latest changeset in the file and moves a second a write, so `recorded_at` keeps
/// changeset order across runs.
final class CrashWriter {
    /// A write the writer chose to refuse itself (an all-or-nothing sheet with a bad row), or that the
    /// register refused.
    struct Refused: Error { let reason: String }

    static let actor = "统战部 崩溃测试"
    static let firstDay: LocalDate = "2016-01-01"
    static let lastDay: LocalDate = "2024-12-31"
    static let unitsEstablished: LocalDate = "2010-01-01"

    private let register: Register
    private let clock: TestClock
    private let seed: UInt64
    private var random: CrashRandom
    private let scratch: URL
    private var count = 0
    /// Member ids are 1 … members: rows are never deleted, and a rolled-back insert frees its id.
    private var members = 0
    private var units: [OrgUnitID] = []

    init(path: String, seed: UInt64) throws {
        self.seed = seed
        random = CrashRandom(seed: seed)
        clock = TestClock("2025-01-01T09:00:00+08:00")
        register = try Register(path: path, clock: clock.read)
        scratch = URL(fileURLWithPath: path + ".scratch")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let changesets = try register.changesets()
        if let latest = changesets.last?.recordedAt, latest >= clock.read() {
            clock.set(latest.iso8601)
        }
        try refresh()
        // Warm up before `ready`: the first name folded loads the pinyin table (a fifth of a second in a
        // debug build), which would otherwise eat the first kill delays of every run.
        _ = try register.read { try $0.searchMembers("王伟", limit: 1).count }
        Self.emit(.ready(seed: seed, changesets: changesets.count))
    }

    /// Writes until killed.
    func run() throws -> Never {
        while true {
            clock.advance(milliseconds: 1000)
            count += 1
            try write(tag: "crash-\(seed)-\(count)")
        }
    }

    // MARK: Choosing a write

    private func write(tag: String) throws {
        if units.count < 3 { return try addOrgUnit(tag) }
        if members < 5 { return try importSheet(tag, skipBadRows: false, size: Int.random(in: 1...5, using: &random)) }
        switch Int.random(in: 0..<100, using: &random) {
        case 0..<12: try importSheet(tag, skipBadRows: false, size: Int.random(in: 1...50, using: &random))
        case 12..<20: try importSheet(tag, skipBadRows: true, size: Int.random(in: 1...50, using: &random))
        case 20..<27: try addMember(tag)
        case 27..<45: try changeFields(tag)
        case 45..<52: try correctFields(tag)
        case 52..<64: try changeCategory(tag)
        case 64..<78: try workflowStep(tag)
        case 78..<81: try withdrawStep(tag)
        case 81..<90: try transfer(tag)
        case 90..<94: try archiveOrReactivate(tag)
        case 94..<99: try changeAndEnter(tag)
        default: try addOrgUnit(tag)
        }
    }

    // MARK: Writes

    private func importSheet(_ tag: String, skipBadRows: Bool, size: Int) throws {
        let effective = date(from: Self.firstDay)
        let badRow = skipBadRows ? -1 : random.chance(0.25) ? Int.random(in: 0..<size, using: &random) : -1
        var rows: [SheetMaker.Row] = []
        var documents = Set<String>()
        for index in 0..<size {
            if members > 0, index != badRow, random.chance(0.15) {
                // A member registered by the sheet's date and on the register that day: the row is a change.
                let id = MemberID(rawValue: Int64.random(in: 1...Int64(members), using: &random))
                if let member = try register.member(id, asOf: effective), member.status == .active,
                   let document = member.documentNumber, documents.insert(document).inserted {
                    rows.append(SheetMaker.updateRow(name: member.name, document: document, &random))
                    continue
                }
            }
            var (document, born) = SheetMaker.citizen(&random)
            while try documents.contains(document) || register.member(documentNumber: document) != nil {
                (document, born) = SheetMaker.citizen(&random)
            }
            documents.insert(document)
            let bad = index == badRow || (skipBadRows && random.chance(0.15))
            rows.append(SheetMaker.newRow(document: document, born: born, effective: effective, bad: bad, &random))
        }
        let new = rows.filter { $0.kind == .new }.map(\.document), bad = rows.filter { $0.kind == .bad }.map(\.document)
        // Named by the tag: the harness finds the rejects file's export-log entry (and a file a kill left) by it.
        let sheet = scratch.appendingPathComponent("\(tag).csv")
        let rejects = scratch.appendingPathComponent("\(tag).rejects.csv")
        try Data(SheetMaker.text(rows).utf8).write(to: sheet)
        defer {
            try? FileManager.default.removeItem(at: sheet)
            try? FileManager.default.removeItem(at: rejects)
        }
        try perform(skipBadRows ? "import-rows" : "import-all", tag: tag, rows: rows.count, new: new, bad: bad) { attribution in
            let options = MemberImportOptions(skipBadRows: skipBadRows, effective: effective, rejectsURL: skipBadRows ? rejects : nil)
            let result = try MemberSheetImporter(register: register).importSheet(at: sheet, options: options, by: attribution)
            guard result.committed else {
                throw Refused(reason: "\(result.rejected) bad rows: \(result.errors.prefix(2).map { "\($0.column) \($0.value): \($0.reason)" })")
            }
            if result.rejected != bad.count || result.imported != new.count {
                throw CrashWriterError("sheet of \(new.count) new and \(bad.count) bad rows gave \(result.json)")
            }
            return try register.read { snapshot in
                try rows.filter { $0.kind != .bad }.compactMap { row in
                    try snapshot.member(documentNumber: row.document).map { CrashSubject.member($0.id) }
                }
            }
        }
        try refresh()
    }

    private func addMember(_ tag: String) throws {
        var (document, born) = SheetMaker.citizen(&random)
        while try register.member(documentNumber: document) != nil { (document, born) = SheetMaker.citizen(&random) }
        var record = MemberRecord(name: SheetMaker.name(&random))
        record.documentNumber = document
        record.birthDate = born
        record.ethnicity = random.pick(["01", "02", "03"])
        record.politicalStatus = .masses
        record.education = random.pick(["21", "14"])
        record.workUnit = random.pick(SheetMaker.units)
        record.orgUnit = random.chance(0.5) ? random.pick(units) : nil
        let effective = date(from: Self.firstDay)
        let category: Category = random.pick([.nonPartyIntellectual, .newStratum, .nonPublicEconomy])
        try perform("add", tag: tag, new: [document]) { attribution in
            try register.write(by: attribution) { tx in
                let id = try tx.add(record, effective: effective)
                try tx.enter(id, category: category, tier: .general, source: .survey, effective: effective)
                return [CrashSubject.member(id)]
            }
        }
        try refresh()
    }

    private func changeFields(_ tag: String) throws {
        let (id, from) = try someMember()
        let effective = date(from: from)
        var edits: [(inout MemberRecord) -> Void] = []
        for _ in 0..<Int.random(in: 1...3, using: &random) { edits.append(fieldEdit()) }
        try perform("change", tag: tag) { attribution in
            try register.write(by: attribution) { tx in
                _ = try tx.change(id, effective: effective) { record in for edit in edits { edit(&record) } }
                return [CrashSubject.member(id)]
            }
        }
    }

    private func correctFields(_ tag: String) throws {
        let (id, from) = try someMember()
        let asOf = date(from: from)
        let edit = fieldEdit()
        try perform("correct", tag: tag) { attribution in
            try register.write(by: attribution) { tx in
                _ = try tx.correct(id, asOf: asOf) { edit(&$0) }
                return [CrashSubject.member(id)]
            }
        }
    }

    private func changeCategory(_ tag: String) throws {
        let (id, from) = try someMember()
        let held = try register.member(id)?.categories.map(\.category) ?? []
        let effective = date(from: from)
        let choice = Int.random(in: 0..<10, using: &random)
        if !held.isEmpty, choice < 4 {
            let category = random.pick(held)
            let reason: ExitReason = random.pick([.transferred, .retired, .noLongerEligible, .other])
            try perform("category-leave", tag: tag) { attribution in
                try register.write(by: attribution) { tx in
                    try tx.leave(id, category: category, effective: effective, reason: reason)
                    return [CrashSubject.member(id)]
                }
            }
        } else if !held.isEmpty, choice < 6 {
            let category = random.pick(held)
            let tier: Tier = random.pick([.general, .representative, .keyRepresentative])
            try perform("category-tier", tag: tag) { attribution in
                try register.write(by: attribution) { tx in
                    _ = try tx.changeTier(id, category: category, to: tier, effective: effective)
                    return [CrashSubject.member(id)]
                }
            }
        } else {
            let category: Category = random.pick([.nonPartyIntellectual, .newStratum, .nonPublicEconomy, .ethnicMinority,
                                                  .studyAbroad, .other])
            let tier: Tier = random.pick([.general, .representative])
            try perform("category-enter", tag: tag) { attribution in
                try register.write(by: attribution) { tx in
                    try tx.enter(id, category: category, tier: tier, source: .survey, effective: effective)
                    return [CrashSubject.member(id)]
                }
            }
        }
    }

    private func workflowStep(_ tag: String) throws {
        let kind = random.chance(0.7) ? WorkflowKind.nonPartisanCertification : WorkflowKind.reserveCadrePool
        var (id, from) = try someMember()
        // Mostly a workflow in progress, so that procedures reach their later steps (认定, 入库, 撤销 …).
        if random.chance(0.7) {
            let states = Set(kind.states.filter { !$0.isTerminal }.map(\.id))
            let open = try register.read { try $0.workflows(of: kind, in: states, asOf: Self.lastDay) }
            if !open.isEmpty { (id, from) = (random.pick(open).memberID, Self.firstDay) }
        }
        let running = try register.read { try $0.workflows(of: id) }.first { $0.kind == kind.id && $0.isInProgress }
        let transition: WorkflowTransition
        let effective: LocalDate
        if let running, let state = running.state {
            let allowed = kind.transitions.filter { $0.from.contains(state.id) }
            guard !allowed.isEmpty else { return try transfer(tag) }
            let onward = allowed.filter { kind.state($0.to)?.isTerminal == false }
            transition = random.pick(onward.isEmpty || random.chance(0.25) ? allowed : onward)
            let last = running.steps.last?.effectiveOn ?? from
            effective = min(Self.lastDay, last.adding(days: Int.random(in: 1...240, using: &random)))
        } else {
            transition = random.pick(kind.transitions.filter(\.startsWorkflow))
            effective = date(from: from)
        }
        var step = WorkflowStepRecord(transition.to, effective: effective, actor: random.pick(["市委统战部", "新城区委统战部"]))
        for field in transition.required {
            switch field {
            case .documentNumber: step.documentNumber = "呼统发〔\(effective.year)〕\(count % 97 + 1)号"
            case .opinion: step.opinion = random.pick(["考察合格", "本人申请", "不再符合条件"])
            case .targetRank: step.fields[field.rawValue] = random.pick(["正科", "副处"])
            default: step.fields[field.rawValue] = "1"
            }
        }
        if step.opinion == nil, random.chance(0.3) { step.opinion = "同意" }
        try perform("workflow-\(transition.to.lowercased())", tag: tag) { attribution in
            try register.write(by: attribution) { tx in
                if let running { try tx.recordStep(step, in: running.id) } else { _ = try tx.recordStep(step, kind: kind, for: id) }
                return [CrashSubject.member(id)]
            }
        }
    }

    private func withdrawStep(_ tag: String) throws {
        let (id, _) = try someMember()
        guard let workflow = try register.read({ try $0.workflows(of: id) }).last else { return try workflowStep(tag) }
        try perform("workflow-withdraw", tag: tag) { attribution in
            try register.write(by: attribution) { tx in
                try tx.withdrawLatestStep(in: workflow.id)
                return [CrashSubject.member(id)]
            }
        }
    }

    private func transfer(_ tag: String) throws {
        let (id, from) = try someMember()
        let unit: OrgUnitID? = random.chance(0.9) ? random.pick(units) : nil
        let effective = date(from: max(from, Self.unitsEstablished))
        try perform("transfer", tag: tag) { attribution in
            try register.write(by: attribution) { tx in
                _ = try tx.transfer(id, to: unit, effective: effective)
                return [CrashSubject.member(id)]
            }
        }
    }

    private func archiveOrReactivate(_ tag: String) throws {
        var (id, from) = try someMember()
        if random.chance(0.4), let archived = try register.read({ try $0.archivedMembers(asOf: Self.lastDay) }).first {
            (id, from) = (archived.id, archived.registeredOn)
        }
        let archived = try register.member(id)?.status == .archived
        let effective = date(from: from)
        try perform(archived ? "reactivate" : "archive", tag: tag) { attribution in
            try register.write(by: attribution) { tx in
                if archived {
                    try tx.reactivate(id, effective: Self.lastDay)
                } else {
                    try tx.archive(id, effective: effective, reason: random.pick([.retired, .movedAway, .deceased]))
                }
                return [CrashSubject.member(id)]
            }
        }
    }

    private func changeAndEnter(_ tag: String) throws {
        let (id, from) = try someMember()
        let effective = date(from: from)
        let edit = fieldEdit()
        let category: Category = random.pick([.nonPartyIntellectual, .newStratum, .nonPublicEconomy])
        try perform("change-enter", tag: tag) { attribution in
            try register.write(by: attribution) { tx in
                _ = try tx.change(id, effective: effective) { edit(&$0) }
                try tx.enter(id, category: category, tier: .general, source: .survey, effective: effective)
                return [CrashSubject.member(id)]
            }
        }
    }

    private func addOrgUnit(_ tag: String) throws {
        let record = units.isEmpty
            ? OrgUnitRecord(name: "新城区委统战部", kind: .unitedFrontDepartment)
            : OrgUnitRecord(name: "\(random.pick(["锡林路", "中山路", "海拉尔路", "东街", "西街"]))街道\(count)", kind: .subdistrict,
                            parent: units.first)
        try perform("org-unit", tag: tag) { attribution in
            try register.write(by: attribution) { tx in [CrashSubject.orgUnit(try tx.addOrgUnit(record, effective: Self.unitsEstablished))] }
        }
        try refresh()
    }

    // MARK: Helpers

    /// Runs one write, printing `begin` before it and `ok`, `noop` or `refused` after it.
    private func perform(_ kind: String, tag: String, rows: Int = 1, new: [String] = [], bad: [String] = [],
                         _ body: (Attribution) throws -> [CrashSubject]) throws {
        Self.emit(.begin(kind: kind, rows: rows, tag: tag, newDocuments: new, badDocuments: bad))
        let candidates: [CrashSubject]
        do {
            candidates = try body(Attribution(actor: Self.actor, reason: tag))
        } catch let refused as Refused {
            return Self.emit(.refused(kind: kind, tag: tag, reason: refused.reason))
        } catch let error as ValidationError {
            return Self.emit(.refused(kind: kind, tag: tag, reason: "\(error)"))
        } catch let error as RegisterError {
            return Self.emit(.refused(kind: kind, tag: tag, reason: "\(error)"))
        }
        guard let latest = try register.changesets().last, latest.reason == tag else {
            return Self.emit(.noop(kind: kind, tag: tag))
        }
        let (subjects, digest) = try register.read { snapshot in
            let touched = try candidates.filter { try CrashDigest.effect(of: latest.id, on: $0, in: snapshot) != nil }
            return (touched, try CrashDigest.digest(of: latest.id, subjects: touched, in: snapshot))
        }
        Self.emit(.ok(changeset: latest.id, kind: kind, tag: tag, subjects: subjects, digest: digest))
    }

    /// A random member and the first day a write may be effective for them.
    private func someMember() throws -> (MemberID, LocalDate) {
        let id = MemberID(rawValue: Int64.random(in: 1...Int64(max(members, 1)), using: &random))
        return (id, try register.member(id)?.registeredOn ?? Self.firstDay)
    }

    /// A random day from `start` (or the first day) through the last day.
    private func date(from start: LocalDate) -> LocalDate {
        let first = max(start, Self.firstDay).daysSince1970
        return LocalDate(daysSince1970: Int.random(in: min(first, Self.lastDay.daysSince1970)...Self.lastDay.daysSince1970, using: &random))
    }

    /// An edit of one field: work unit, post, 职务层次, education, mobile or notes.
    private func fieldEdit() -> (inout MemberRecord) -> Void {
        switch Int.random(in: 0..<6, using: &random) {
        case 0: let unit = random.pick(SheetMaker.units); return { $0.workUnit = unit }
        case 1: let post = random.pick(SheetMaker.posts); return { $0.post = post }
        case 2: let rank: CadreRank = random.pick([.deputySection, .section, .deputyCounty, .county]); return { $0.rank = rank }
        case 3: let education: Education = random.pick(["21", "14", "11"]); return { $0.education = education }
        case 4:
            let mobile = "13\(Int.random(in: 5...9, using: &random))\(Int.random(in: 10_000_000...99_999_999, using: &random))"
            return { $0.mobile = mobile }
        default: let note = "核对 \(count)"; return { $0.notes = note }
        }
    }

    /// Reads how many members and which org units the file holds.
    private func refresh() throws {
        (members, units) = try register.read { snapshot in
            (try snapshot.count(matching: MemberQuery(status: nil)), try snapshot.orgUnits(asOf: Self.lastDay).map(\.id))
        }
    }

    /// Prints a line with one `write(2)`.
    static func emit(_ line: CrashLine) {
        var text = line.description + "\n"
        text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(1, bytes.baseAddress! + offset, bytes.count - offset)
                if written <= 0 { break }
                offset += written
            }
        }
    }
}
