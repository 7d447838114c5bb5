import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

/// `EXPLAIN QUERY PLAN` of members queries: every history table is searched through an index, never
/// scanned, for the main filters, the org-unit subtree and as-of reads of members and records, both
/// for what the register knows now and as known at a past instant.
@Suite("Members queries use indexes")
struct QueryPlanTests {
    let world: QueryPopulation

    init() throws { world = try QueryPopulation() }

    /// The plan's lines for `query`'s page statement (or its count).
    func plan(_ query: MemberQuery, count: Bool = false) throws -> [String] {
        try world.register.read { snapshot in
            let sql = MemberQuerySQL(query: query, codes: snapshot.codes, date: query.asOf ?? snapshot.today,
                                     knowledge: try Knowledge.at(query.knownAt, snapshot.connection))
            let statement = count ? try sql.count() : try sql.list()
            return try snapshot.connection.fetchAll("EXPLAIN QUERY PLAN " + statement.sql, statement.arguments) { $0.text(3) }
        }
    }

    /// The full scans of history tables (and of the tables naming a member) in a plan.
    func historyScans(_ lines: [String]) -> [String] {
        lines.filter { line in
            guard line.hasPrefix("SCAN ") else { return false }
            let table = line.dropFirst(5).split(separator: " ").first.map(String.init) ?? ""
            return !["m", "subtree", "s"].contains(table)   // the member table drives; the CTE's own queue
        }
    }

    static let filters: [(String, MemberFilter)] = [
        ("category", .category(.nonPartisan, tiers: [.representative], sources: [.certified])),
        ("tier", .tier([.representative])),
        ("under", .under(OrgUnitID(rawValue: 1))),
        ("region", .region("150100")),
        ("person", .sex(.female) && .minorityEthnicity && .age(30...45) && .education(atLeast: "本科")),
        ("ladders", .rank(atLeast: .deputySection) || .grade(atLeast: "四级主任科员") || .politicalStatus(["12"])),
        ("workflow", .workflow(.nonPartisanCertification, in: ["推荐"])),
        ("organisation", .organisation(OrganisationID(rawValue: 1), roles: [.executiveCommittee])),
        ("enterprise", .enterpriseIndustry("C") && .enterpriseScale(.medium)),
        ("overseas", .overseasType([.huaqiao]) || .overseasCountry("USA")),
        ("engaged", .engaged(from: "2022-01-01", through: "2022-12-31", kinds: [.visit])),
        ("not", !.category(.nonPartisan)),
    ]

    @Test("each main filter, by every order, now and as known at a past instant, scans no history table")
    func filters() throws {
        for (name, filter) in Self.filters {
            for order in MemberOrder.allCases {
                for knownAt in [nil, Timestamp(endOf: "2022-12-31")] {
                    let lines = try plan(MemberQuery(filter, asOf: "2022-12-31", knownAt: knownAt, order: order, limit: 10))
                    #expect(historyScans(lines).isEmpty, "\(name) by \(order), knownAt \(String(describing: knownAt)): \(lines)")
                }
            }
            let counted = try plan(MemberQuery(filter, asOf: "2022-12-31"), count: true)
            #expect(historyScans(counted).isEmpty, "count of \(name): \(counted)")
        }
    }

    @Test("the as-of read of members drives from the member table and finds each row in force by index")
    func asOfMembers() throws {
        let lines = try plan(MemberQuery(asOf: "2022-12-31"))
        #expect(lines.contains { $0.hasPrefix("SCAN m") })
        #expect(lines.contains { $0.contains("SEARCH h USING INDEX member_history_by_member") })
        let after = try plan(MemberQuery(asOf: "2022-12-31", after: MemberCursor("id.3")!))
        #expect(after.contains { $0.contains("SEARCH m USING INTEGER PRIMARY KEY") }, "\(after)")
    }

    @Test("a query of one region, as known now, walks that region's current rows; as known at a past instant, every member")
    func region() throws {
        for filter in [MemberFilter.region("150100"), .region("150102") && .sex(.female), .sex(.female) && (.age(30...45) && .region("150102"))] {
            let now = try plan(MemberQuery(filter, asOf: "2022-12-31", order: .name, limit: 50))
            #expect(now.contains { $0.contains("SEARCH h USING INDEX member_history_current_by_region (region>? AND region<?)") }, "\(now)")
            #expect(now.contains { $0.contains("SEARCH m USING INTEGER PRIMARY KEY") }, "\(now)")
            #expect(!now.contains { $0.hasPrefix("SCAN") }, "\(now)")
            let counted = try plan(MemberQuery(filter, asOf: "2022-12-31"), count: true)
            #expect(counted.contains { $0.contains("member_history_current_by_region") }, "\(counted)")
        }
        let then = try plan(MemberQuery(.region("150100"), asOf: "2022-12-31", knownAt: Timestamp(endOf: "2022-12-31")))
        #expect(then.contains { $0.hasPrefix("SCAN m") } && !then.contains { $0.contains("by_region") }, "\(then)")
        let either = try plan(MemberQuery(.region("150100") || .sex(.female), asOf: "2022-12-31"))
        #expect(!either.contains { $0.contains("by_region") }, "a region in an || does not narrow the query: \(either)")
    }

    @Test("the subtree walks org-unit rows by parent, now and as known at a past instant")
    func subtree() throws {
        for knownAt in [nil, Timestamp(endOf: "2022-12-31")] {
            let lines = try plan(MemberQuery(.under(OrgUnitID(rawValue: 1)), asOf: "2022-12-31", knownAt: knownAt))
            #expect(lines.contains { $0.contains("org_unit_history_by_parent") }, "\(lines)")
            #expect(lines.contains { $0.contains("SEARCH u USING INDEX org_unit_history_by_unit") }, "\(lines)")
        }
    }

    @Test("records as of a date are searched by holder, then by record")
    func records() throws {
        let lines = try plan(MemberQuery(.overseasType([.huaqiao]), asOf: "2022-12-31", knownAt: Timestamp(endOf: "2022-12-31")))
        #expect(lines.contains { $0.contains("SEARCH r USING") && $0.contains("overseas_by_member") }, "\(lines)")
        #expect(lines.contains { $0.contains("SEARCH x USING INDEX overseas_history_by_record") }, "\(lines)")
    }
}
