import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

/// Orders, keyset pages, counts and streams of members queries.
@Suite("Members queries: orders, pages, counts and streams")
struct MemberPaginationTests {
    let world: QueryPopulation

    init() throws { world = try QueryPopulation() }

    /// Every page of `query`, read one after another, each of `size`.
    func pages(_ query: MemberQuery, size: Int, between: (Int) throws -> Void = { _ in }) throws -> [[String]] {
        var query = query
        query.limit = size
        var pages: [[String]] = []
        while true {
            let page = try world.register.members(matching: query)
            pages.append(page.members.map(\.name))
            try between(pages.count)
            guard let next = page.next else { return pages }
            #expect(MemberCursor(next.description) == next)
            query.after = MemberCursor(next.description)
        }
    }

    @Test("by name (the PINYIN collation), birth date (unknown last) and id; pages concatenate to the whole")
    func orders() throws {
        let all = try world.register.read { snapshot in
            try snapshot.members(asOf: "2022-12-31")
        }
        let byName = all.sorted { lhs, rhs in
            let order = NameOrder.compare(lhs.name, rhs.name)
            return order < 0 || (order == 0 && lhs.id < rhs.id)
        }.map(\.name)
        #expect(try world.names(.all, order: .name) == byName)
        let byBirth = try world.names(.all, order: .birthDate)
        #expect(byBirth.first == "其木格" && byBirth.last == "周杰")
        #expect(byBirth == all.filter { $0.birthDate != nil }.sorted { ($0.birthDate!, $0.id) < ($1.birthDate!, $1.id) }.map(\.name) + ["周杰"])
        for order in MemberOrder.allCases {
            let whole = try world.names(.all, order: order)
            for size in 1...4 {
                let read = try pages(MemberQuery(asOf: "2022-12-31", order: order), size: size)
                #expect(read.flatMap { $0 } == whole, "\(order) in pages of \(size)")
                #expect(read.dropLast().allSatisfy { $0.count == size } && read.last!.count <= size)
                #expect(read.count == (whole.count + size - 1) / size, "no empty last page when the results divide evenly")
            }
        }
        #expect(try world.register.members(matching: MemberQuery(asOf: "2022-12-31", limit: 0)).members.isEmpty)
    }

    @Test("a member added between pages is neither duplicated nor breaks the keyset; the count follows")
    func addedBetweenPages() throws {
        let before = try world.names(.all, order: .name)
        let read = try pages(MemberQuery(asOf: "2022-12-31", order: .name), size: 3) { page in
            guard page == 1 else { return }
            var record = MemberRecord(name: "阿木尔")      // sorts anywhere: it must appear at most once
            record.sex = .male
            _ = try world.register.add(record, effective: "2022-01-01", by: clerk)
            var late = MemberRecord(name: "龙")
            late.sex = .female
            _ = try world.register.add(late, effective: "2022-01-01", by: clerk)
        }.flatMap { $0 }
        #expect(Set(read).count == read.count)
        #expect(Set(before).isSubset(of: Set(read)))
        let after = try world.names(.all, order: .name)
        #expect(after.count == before.count + 2)
        // Whatever was added sorts after the first page's last name exactly when it was shown.
        let firstPage = Array(before.prefix(3))
        for added in ["阿木尔", "龙"] where NameOrder.compare(added, firstPage.last!) > 0 {
            #expect(read.contains(added))
        }
    }

    @Test("most recently changed first: the latest changeset in the timeline on or before the date, as known then")
    func recentlyChanged() throws {
        func model(asOf date: LocalDate, knownAt: Timestamp?) throws -> [String] {
            let members = try world.register.read { snapshot in try snapshot.members(asOf: date, knownAt: knownAt) }
            let keyed = try members.map { member -> (Int64, MemberID, String) in
                var latest: Int64 = 0
                for entry in try world.register.timeline(of: member.id) where entry.effectiveOn <= date {
                    if let knownAt, entry.changeset.recordedAt > knownAt { continue }
                    latest = max(latest, entry.changeset.id)
                }
                return (latest, member.id, member.name)
            }
            return keyed.sorted { ($0.0 > $1.0) || ($0.0 == $1.0 && $0.1 < $1.1) }.map(\.2)
        }
        let cases: [(LocalDate, Timestamp?)] = [("2023-02-01", nil), ("2023-02-01", Timestamp(endOf: "2023-01-31")),
                                                ("2022-06-30", nil), ("2021-12-31", nil)]
        for (date, knownAt) in cases {
            #expect(try world.names(.all, asOf: date, knownAt: knownAt, order: .recentlyChanged) == model(asOf: date, knownAt: knownAt),
                    "as of \(date), known at \(String(describing: knownAt))")
        }
        #expect(try world.names(.all, asOf: "2023-02-01", order: .recentlyChanged).first == "陈晨")   // the correction
        #expect(try world.names(.all, asOf: "2023-02-01", knownAt: Timestamp(endOf: "2023-01-31"), order: .recentlyChanged).first == "王强")
    }

    @Test("streaming visits the same members in order, after a cursor and up to a limit")
    func streaming() throws {
        let query = MemberQuery(.sex(.female) || .category(.nonPartisan), asOf: "2022-12-31", order: .birthDate)
        var streamed: [String] = []
        try world.register.read { snapshot in try snapshot.forEachMember(matching: query) { streamed.append($0.name) } }
        #expect(streamed == (try world.register.members(matching: query).members.map(\.name)))
        #expect(try world.register.count(matching: query) == streamed.count)
        var page = query
        page.limit = 2
        let first = try world.register.members(matching: page)
        page.after = first.next
        var rest: [String] = []
        try world.register.read { snapshot in try snapshot.forEachMember(matching: page) { rest.append($0.name) } }
        #expect(first.members.map(\.name) + rest == Array(streamed.prefix(4)))
        let memberships = try world.register.members(matching: MemberQuery(.category(.nonPartisan), asOf: "2022-12-31", order: .name))
            .members.map { $0.categories.map(\.category) }
        #expect(memberships.allSatisfy { $0.contains(.nonPartisan) }, "members come with their memberships that day")
    }

    @Test("the async one-call forms")
    func async() async throws {
        let register = world.register
        let page = try await register.members(matching: MemberQuery(.minorityEthnicity, asOf: "2022-12-31"))
        #expect(try await register.count(matching: MemberQuery(.minorityEthnicity, asOf: "2022-12-31")) == page.members.count)
    }
}
