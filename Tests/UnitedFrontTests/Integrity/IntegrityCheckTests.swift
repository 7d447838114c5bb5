import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

/// `check()`: SQLite's checks and the history model's invariants, on a sound register and on registers
/// whose history was damaged on purpose with raw SQL (what another tool, a bug or a bad restore could do).
@Suite("Integrity check")
struct IntegrityCheckTests {
    /// A populated in-memory register, damaged by `sql`, and its report.
    func report(afterTampering sql: String) throws -> IntegrityReport {
        let register = try Register.inMemory()
        try IntegritySample.populate(register)
        try IntegritySample.tamper(register, sql)
        return try register.check()
    }

    func failed(_ report: IntegrityReport) -> Set<String> {
        Set(report.findings.map { "\($0.check.rawValue) \($0.table ?? "-")" })
    }

    @Test("a register written only through the library passes every check, with progress reported")
    func soundRegister() throws {
        let register = try Register.inMemory()
        try IntegritySample.populate(register)
        var steps: [(Int, Int)] = []
        let report = try register.check { steps.append(($0, $1)) }
        #expect(report.isSound, "\(report)")
        #expect(report.checksRun > 80, "every history table is checked: \(report.checksRun)")
        #expect(steps.count == report.checksRun && steps.last.map { $0 == (report.checksRun, report.checksRun) } == true)
        #expect(steps.map(\.0) == Array(1...report.checksRun))
        #expect(report.description.hasSuffix("all hold"))
        let quick = try register.read { try $0.check(quick: true) }
        #expect(quick.isSound && quick.quick && !report.quick)
    }

    @Test("an empty register passes, and so does one on a file")
    func emptyAndFile() async throws {
        #expect(try await Register.inMemory().check().isSound)
        let directory = try TemporaryDirectory()
        let register = try Register(path: directory.path("r.sqlite"))
        try IntegritySample.populate(register)
        #expect(try await register.check().isSound)
        #expect(try await register.check(quick: true).isSound)
    }

    @Test("a second open interval of a member's history is found, with the overlap it makes")
    func secondOpenInterval() throws {
        let report = try report(afterTampering: """
            INSERT INTO member_history (member_id, valid_from, valid_to, changeset_id, name, document_type, status)
            SELECT member_id, '2024-01-01', NULL, changeset_id, name, document_type, status FROM member_history
            WHERE member_id = 1 AND superseded_by IS NULL AND valid_to IS NULL
            """)
        #expect(failed(report).isSuperset(of: ["one_open_interval member", "no_overlap member_history"]), "\(report)")
        let finding = try #require(report.findings.first { $0.check == .oneOpenInterval })
        #expect(finding.rowIDs == [1] && finding.detail.contains("1 row of member"))
    }

    @Test("an interval that ends before it begins is found (check constraints off)")
    func emptyInterval() throws {
        let report = try report(afterTampering: """
            PRAGMA ignore_check_constraints = ON;
            INSERT INTO member_category_history (member_id, category, valid_from, valid_to, tier, changeset_id, superseded_by)
            VALUES (2, 'NEW_STRATUM', '2021-01-01', '2020-01-01', 'GENERAL', 3, 2);
            PRAGMA ignore_check_constraints = OFF
            """)
        #expect(failed(report) == ["sqlite_integrity -", "interval_order member_category_history",
                                   "superseded_order member_category_history"], "\(report)")
        #expect(report.findings.first?.detail.contains("CHECK constraint failed in member_category_history") == true)
    }

    @Test("a current row edited behind the history's back is found, and the name index no longer matches")
    func currentRowEdited() throws {
        let report = try report(afterTampering: "UPDATE member SET name = '乌云' WHERE id = 1")
        #expect(failed(report) == ["current_equals_history member", "name_index member"], "\(report)")
        #expect(report.findings.allSatisfy { $0.rowIDs == [1] })
    }

    @Test("a changeset recorded before its predecessor is found")
    func changesetOrder() throws {
        let report = try report(afterTampering: """
            INSERT INTO changeset (recorded_at, actor) VALUES ('2000-01-01T00:00:00.000Z', '外部工具')
            """)
        #expect(failed(report) == ["changeset_order changeset"], "\(report)")
    }

    @Test("a journal row naming a changeset that does not exist is found by both checks")
    func missingChangeset() throws {
        let report = try report(afterTampering: """
            PRAGMA foreign_keys = OFF;
            INSERT INTO change_log (changeset_id, member_id, kind, effective_on, subject) VALUES (9999, 1, 'change', '2020-01-01', 'notes');
            PRAGMA foreign_keys = ON
            """)
        #expect(failed(report) == ["foreign_keys change_log", "changeset_exists change_log"], "\(report)")
    }

    @Test("a membership on a day its member is archived is found, and it is missing from the current table")
    func membershipWhileArchived() throws {
        let report = try report(afterTampering: """
            INSERT INTO member_category_history (member_id, category, valid_from, tier, changeset_id)
            VALUES (4, 'NON_PARTISAN', '2023-06-01', 'GENERAL', 1)
            """)
        #expect(failed(report) == ["membership_while_archived member_category_history",
                                   "current_equals_history member_category_history"], "\(report)")
    }

    @Test("a record's second open row, and a post held while its holder is archived, are found")
    func recordHistory() throws {
        let overlap = try report(afterTampering: """
            INSERT INTO post_history (record_id, valid_from, changeset_id, status, title, leadership)
            VALUES (1, '2023-01-01', 1, 'active', '局长', '1')
            """)
        #expect(failed(overlap).isSuperset(of: ["one_open_interval post", "no_overlap post_history"]), "\(overlap)")
        let archived = try report(afterTampering: """
            INSERT INTO post (member_id, created_in) VALUES (4, 1);
            INSERT INTO post_history (record_id, valid_from, changeset_id, status, title, leadership)
            VALUES (last_insert_rowid(), '2022-06-01', 1, 'active', '主任', '0')
            """)
        #expect(failed(archived) == ["record_holder post_history"], "\(archived)")
    }

    @Test("a 万企兴万村 pairing in force after its enterprise ended is found")
    func entityEnded() throws {
        let report = try report(afterTampering: """
            DROP TRIGGER IF EXISTS enterprise_history_only_superseded;
            UPDATE enterprise_history SET valid_to = '2022-01-01' WHERE record_id = 1 AND valid_to IS NULL;
            INSERT INTO enterprise_history (record_id, valid_from, changeset_id, status, credit_code, name)
            SELECT record_id, '2022-01-01', changeset_id, 'ended', credit_code, name FROM enterprise_history WHERE record_id = 1
            """)
        #expect(failed(report) == ["record_holder pairing_history"], "\(report)")
    }

    @Test("an org unit whose current row disagrees with its history is found")
    func orgUnitCurrent() throws {
        let report = try report(afterTampering: "UPDATE org_unit SET name = '旧名' WHERE id = 2")
        #expect(failed(report) == ["current_equals_history org_unit"], "\(report)")
    }
}
