#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

/// Erasure (PIPL Art. 47): a recorded, attributed redaction that removes a person's identifying values
/// from every row, past and present, and leaves every figure and every check as it was.
@Suite("Erasure")
struct ErasureTests {
    let clock = TestClock("2025-03-01T10:00:00+08:00")

    /// The values that identify 敖登格日乐 and must not survive her erasure anywhere in the file.
    static let document = citizenID("150102", born: "1975-03-08", sequence: 12)
    static let identifying = ["敖登格日乐", "敖登高娃", "小敖登", document, "13947112345", "13947154321",
                              "aodeng@example.cn", "锡林南路18号", "大学东街77号", "其父为归侨", "敖登格日乐之夫",
                              "张三", "李四", "aodenggerile", "aodenggaowa"]

    /// A register with the sample population and 敖登格日乐, who changed her name, address and mobile,
    /// holds categories, a party membership with introducers and a relation; 巴特尔's relation names her.
    func populated(_ register: Register) throws -> (target: MemberID, others: [MemberID]) {
        let others = try IntegritySample.populate(register)
        var record = MemberRecord(name: "敖登格日乐")
        record.formerNames = "小敖登"
        record.documentNumber = Self.document
        record.sex = .female
        record.ethnicity = "02"
        record.mobile = "13947112345"
        record.email = "aodeng@example.cn"
        record.address = "锡林南路18号"
        record.notes = "其父为归侨"
        record.workUnit = "区财政局"
        let target = try register.add(record, effective: "2020-01-01", by: clerk)
        try register.write(by: clerk) { tx in
            try tx.enter(target, category: .ethnicMinority, effective: "2020-01-01")
            try tx.enter(target, category: .nonPartyCadre, tier: .representative, effective: "2021-01-01")
        }
        _ = try register.change(target, effective: "2022-05-01", by: clerk) {
            $0.address = "大学东街77号"
            $0.mobile = "13947154321"
            $0.rank = .deputySection
        }
        _ = try register.correct(target, by: clerk) { $0.name = "敖登高娃" }
        var membership = PartyMembershipRecord(party: .jiusan)
        membership.introducers = "张三、李四"
        _ = try register.add(membership, for: target, effective: "2023-01-01", by: clerk)
        _ = try register.add(RelationRecord(relative: target, relation: "配偶", note: "敖登格日乐之夫"), for: others[2],
                             effective: "2021-01-01", by: clerk)
        _ = try register.add(RelationRecord(relative: others[2], relation: "配偶", note: "其父为归侨"), for: target,
                             effective: "2021-01-01", by: clerk)
        return (target, others)
    }

    /// Every figure the register reports, without names: what an erasure must leave unchanged.
    func figures(_ register: Register) throws -> [AnyHashable] {
        var lines: [AnyHashable] = []
        for date: LocalDate in ["2020-06-30", "2022-12-31", "2025-01-01"] {
            for dimensions: [StatisticsDimension] in [[.category], [.ethnicity, .sex], [.ageBand], [.politicalStatus], [.rank]] {
                lines.append(try register.statistics(asOf: date, by: dimensions))
            }
            lines.append("leading \(date): \(try register.leadingCadres(asOf: date).map(\.id))")
            lines.append("quality \(date): \(try register.dataQuality(asOf: date).map { "\($0)" }.sorted())")
        }
        for year in 2020...2024 {
            let report = try register.changeReport(from: LocalDate(year: year, month: 1, day: 1)!, through: LocalDate(year: year, month: 12, day: 31)!)
            for section in report.sections {
                lines.append("\(year) \(section.category): \(section.opening) +\(section.entries.map(\.memberID)) "
                    + "-\(section.exits.map(\.memberID)) in \(section.transfersIn.map(\.memberID)) out \(section.transfersOut.map(\.memberID)) = \(section.closing)")
            }
            lines += report.changes.map { "\(year) \($0.memberID) \($0.date) \($0.change)" as AnyHashable }
            lines += try register.workReport(year: year).figures.map { "\(year) \($0.key) = \($0.value)" as AnyHashable }
        }
        return lines
    }

    @Test("an erased person's figures, reports and checks are unchanged; her name reads 已删除 in every row")
    func figuresUnchanged() throws {
        let register = try Register.inMemory(clock: clock.read)
        let (target, _) = try populated(register)
        let before = try figures(register)
        let history = try register.timeline(of: target).count
        let who = Attribution(actor: "统战部 李主任", reason: "本人申请删除个人信息")
        let erasure = try register.erase(target, reason: "PIPL 第47条 本人申请 (2025-02-20 收件)", by: who)
        #expect(erasure.member == target && erasure.fields == Erasure.erasedFields && erasure.reason.hasPrefix("PIPL"))
        let after = try figures(register)
        #expect(after == before, "\(Set(after).symmetricDifference(before))")
        let report = try register.check()
        #expect(report.isSound, "\(report)")

        let member = try #require(try register.member(target))
        #expect(member.name == "已删除" && member.record.documentNumber == nil && member.record.mobile == nil
            && member.record.address == nil && member.record.email == nil && member.record.notes == nil
            && member.record.formerNames == nil)
        #expect(member.record.ethnicity == "02" && member.record.sex == .female && member.record.rank == .deputySection
            && member.record.birthDate == "1975-03-08" && member.record.workUnit == "区财政局")
        let then = try #require(try register.member(target, asOf: "2021-06-30", knownAt: Timestamp(iso8601Literal: "2025-03-01T10:00:00+08:00")))
        #expect(then.name == "已删除" && then.record.address == nil && then.categories.count == 2)
        // The timeline keeps that changes happened; their values read 已删除.
        let timeline = try register.timeline(of: target)
        #expect(timeline.count == history)  // the erasure writes no change-log entry of its own
        #expect(!"\(timeline)".contains("敖登") && "\(timeline)".contains("已删除"))
        // Recorded and attributed: the changeset, the erasure row, the access log.
        let changeset = try #require(try register.changesets().first { $0.id == erasure.changeset })
        #expect(changeset.actor == "统战部 李主任" && changeset.reason == "本人申请删除个人信息")
        #expect(try register.accessLog().last == erasure.accessLogEntry)
        #expect(erasure.accessLogEntry.action == .erasure && erasure.accessLogEntry.members == [target]
            && erasure.accessLogEntry.fields == Erasure.erasedFields && erasure.accessLogEntry.actor == "统战部 李主任")
        #expect(try count("erasure", in: register) == 1)
        // Search no longer finds her by any name; it finds the marker.
        #expect(try register.searchMembers("敖登").isEmpty && register.searchMembers("aodeng").isEmpty)
        #expect(try register.searchMembers("已删除").map(\.member) == [target])
    }

    @Test("no identifying value remains in any table, nor in the file's bytes, with or without VACUUM")
    func nothingRemainsInTheFile() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("register.sqlite")
        let register = try Register(path: path, clock: clock.read)
        let (target, _) = try populated(register)
        // Some reads, so that old pages are in the WAL and the main file both.
        #expect(try register.searchMembers("敖登").count == 1)
        #expect(try Self.occurrences(in: register, directory: directory).isEmpty == false)
        try register.erase(target, reason: "本人申请", by: clerk)
        let found = try Self.occurrences(in: register, directory: directory)
        #expect(found.isEmpty, "\(found)")
        try register.pool.write { try $0.execute("VACUUM") }
        let vacuumed = try Self.occurrences(in: register, directory: directory)
        #expect(vacuumed.isEmpty, "\(vacuumed)")
        #expect(try register.check().isSound)
    }

    /// The identifying values found in the text of every table and in the bytes of every file of the
    /// register (`register.sqlite`, `-wal`, `-shm`), as `where: value`.
    static func occurrences(in register: Register, directory: TemporaryDirectory) throws -> [String] {
        var found: [String] = []
        try register.read { snapshot in
            let connection = snapshot.connection
            let tables = try connection.fetchAll("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'") { $0.text(0) }
            for table in tables {
                let columns = try connection.fetchAll("SELECT name FROM pragma_table_info(?)", [table]) { $0.text(0) }
                for column in columns {
                    for value in identifying {
                        let hits = try connection.fetchOne(
                            "SELECT count(*) FROM \"\(table)\" WHERE instr(CAST(\"\(column)\" AS BLOB), CAST(? AS BLOB)) > 0",
                            [value]) { $0.int64(0) } ?? 0
                        if hits > 0 { found.append("\(table).\(column): \(value)") }
                    }
                }
            }
        }
        for suffix in ["", "-wal"] {
            guard let bytes = FileBytes.read(directory.path("register.sqlite" + suffix)) else { continue }
            for value in identifying where bytes.contains(Array(value.utf8)) {
                found.append("register.sqlite\(suffix): \(value)")
            }
        }
        return found
    }

    // MARK: Bad input

    @Test("erasing an unknown member, with an empty reason, or twice is refused and writes nothing")
    func badInput() throws {
        let register = try Register.inMemory(clock: clock.read)
        let (target, _) = try populated(register)
        let changesets = try count("changeset", in: register)
        #expect(throws: RegisterError.memberNotFound(MemberID(rawValue: 99))) {
            try register.erase(MemberID(rawValue: 99), reason: "本人申请", by: clerk)
        }
        #expect(throws: ValidationError(field: "reason", value: "", reason: .missing)) {
            try register.erase(target, reason: " \u{3000} ", by: clerk)
        }
        #expect(throws: RegisterError.missingActor) {
            try register.erase(target, reason: "本人申请", by: Attribution(actor: " "))
        }
        #expect(try count("changeset", in: register) == changesets && count("erasure", in: register) == 0)
        #expect(try register.member(target)?.name == "敖登高娃" && register.accessLog().isEmpty)
        try register.erase(target, reason: "本人申请", by: clerk)
        #expect(throws: RegisterError.memberErased(target)) { try register.erase(target, reason: "再次申请", by: clerk) }
        #expect(try count("erasure", in: register) == 1 && register.accessLog().count == 1)
    }

    @Test("the triggers let only the erasure's redaction through: other updates of history are refused")
    func triggersAllowOnlyTheRedaction() throws {
        let register = try Register.inMemory(clock: clock.read)
        let (target, others) = try populated(register)
        // Without an erasure in progress the history is as append-only as ever.
        for sql in ["UPDATE member_history SET name = '已删除', former_names = NULL, document_number = NULL, mobile = NULL, email = NULL, address = NULL, notes = NULL WHERE member_id = \(target.rawValue)",
                    "UPDATE change_log SET new_value = '已删除' WHERE member_id = \(target.rawValue) AND subject = 'name'",
                    "UPDATE relation_history SET note = NULL WHERE relative = '\(target.rawValue)'"] {
            #expect(throws: DatabaseError.self, "\(sql)") { try IntegritySample.tamper(register, sql) }
        }
        // With one in progress, only the redaction of that member passes: not another member, not a coded field.
        #expect(throws: DatabaseError.self) {
            try register.write(by: clerk) { tx in
                try tx.erase(target, reason: "本人申请")
                try tx.connection.run("UPDATE erasure SET applied = 0 WHERE member_id = ?", [target])
            }
        }
        #expect(throws: DatabaseError.self) {
            try register.write(by: clerk) { tx in
                let erasure = try tx.erase(target, reason: "本人申请")
                _ = erasure
                try tx.connection.run("UPDATE member_history SET ethnicity = '01' WHERE member_id = ?", [target])
            }
        }
        #expect(throws: DatabaseError.self) {
            try register.write(by: clerk) { tx in
                _ = try tx.changesetForTests()
                try tx.connection.run("INSERT INTO erasure(member_id, changeset_id, reason, fields) VALUES (?, (SELECT max(id) FROM changeset), 'x', 'name')", [target])
                try tx.connection.run("UPDATE member_history SET name = '已删除', former_names = NULL, document_number = NULL, mobile = NULL, email = NULL, address = NULL, notes = NULL WHERE member_id = ?", [others[0]])
            }
        }
        #expect(try register.member(target)?.name == "敖登高娃" && count("erasure", in: register) == 0)
        #expect(try register.check().isSound)
    }

    @Test("an erasure inside a larger write commits with it, and is undone with it")
    func insideAWrite() throws {
        struct Refused: Error {}
        let register = try Register.inMemory(clock: clock.read)
        let (target, others) = try populated(register)
        #expect(throws: Refused.self) {
            try register.write(by: clerk) { tx in
                try tx.erase(target, reason: "本人申请")
                throw Refused()
            }
        }
        #expect(try register.member(target)?.name == "敖登高娃" && register.accessLog().isEmpty)
        let erasures = try register.write(by: clerk) { tx in
            [try tx.erase(target, reason: "本人申请"), try tx.erase(others[1], reason: "本人申请")]
        }
        #expect(erasures.map(\.changeset) == [erasures[0].changeset, erasures[0].changeset])
        #expect(try register.member(others[1])?.name == "已删除" && register.check().isSound)
    }
}

extension RegisterTransaction {
    /// Records this transaction's changeset now (tests that write raw SQL need one).
    func changesetForTests() throws -> Int64 { try memberHistory().changeset() }
}

/// Reads a whole file's bytes without Foundation.
enum FileBytes {
    static func read(_ path: String) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count <= 0 { break }
            bytes += buffer[0..<count]
        }
        return bytes
    }
}

extension Array where Element == UInt8 {
    /// Whether `needle` occurs in the bytes.
    func contains(_ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= count else { return needle.isEmpty }
        var index = 0
        while index <= count - needle.count {
            if self[index] == needle[0], Array(self[index..<index + needle.count]) == needle { return true }
            index += 1
        }
        return false
    }
}
