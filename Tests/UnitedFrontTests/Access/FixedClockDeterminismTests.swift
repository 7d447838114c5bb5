import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

/// One clock: every `recorded_at`, export-log time, migration time and "today" inside a write comes from
/// the register's clock, so the same scripted writes with a fixed clock give the same database.
@Suite("The register's clock is the only source of time")
struct FixedClockDeterminismTests {
    /// Opens a register on a fresh file with a clock fixed at one instant, and writes a script that
    /// touches every kind of record: members, changes, corrections, memberships, archive, an export.
    func scriptedDatabase(in directory: TemporaryDirectory, named name: String) throws -> String {
        let clock = TestClock("2026-03-01T09:00:00+08:00")
        let register = try Register(path: directory.path(name), clock: clock.read)
        var record = MemberRecord(name: "乌云其木格")
        record.documentNumber = citizenID("150102", born: "1978-02-03", sequence: 22)
        let id = try register.add(record, effective: "2021-01-01", by: clerk)
        try register.write(by: Attribution(actor: "市委统战部", reason: "认定")) { tx in
            try tx.change(id, effective: "2022-05-01") { $0.politicalStatus = .nonPartisan }
            try tx.enter(id, category: .nonPartisan, tier: .representative, source: .nominated, effective: "2022-05-01")
        }
        try register.changeSource(id, category: .nonPartisan, to: .certified, effective: "2023-01-01", by: clerk)
        try register.correct(id, by: clerk) { $0.workUnit = "市第二中学" }
        let other = try register.add(MemberRecord(name: "李四"), effective: "2021-01-01", by: clerk)
        try register.archive(other, effective: "2024-01-01", by: clerk)
        _ = try register.exportMembers(ExportRequest(actor: "张科员", format: "csv")) { _ in }
        return try dump(register)
    }

    /// Every row of every table, in a fixed order: what `sqlite3 .dump` shows, compared in-process.
    func dump(_ register: Register) throws -> String {
        try register.read { snapshot in
            let db = snapshot.connection
            let tables = try db.fetchAll("SELECT name, sql FROM sqlite_schema WHERE type = 'table' ORDER BY name") {
                ($0.text(0), $0.text(1))
            }
            var lines: [String] = []
            for (table, sql) in tables {
                lines.append(sql)
                let columns = try db.fetchAll("SELECT name FROM pragma_table_info(?) ORDER BY cid", [table]) { $0.text(0) }
                let row = columns.map { "quote(\"\($0)\")" }.joined(separator: " || ',' || ")
                lines += try db.fetchAll("SELECT \(row) FROM \"\(table)\" ORDER BY 1") { $0.text(0) }
            }
            return lines.joined(separator: "\n")
        }
    }

    @Test("the same scripted writes twice with a fixed clock give byte-identical databases")
    func sameScriptSameDatabase() throws {
        let directory = try TemporaryDirectory()
        let first = try scriptedDatabase(in: directory, named: "first.sqlite")
        let second = try scriptedDatabase(in: directory, named: "second.sqlite")
        #expect(first == second)
        #expect(first.contains("'2026-03-01T01:00:00.000Z'"), "changesets, migrations and the export log use the clock")
        #expect(!first.contains("2026-11"), "no wall-clock time leaked in")
    }
}
