import Testing
@testable import UnitedFront

/// The planners compute an edit as plain values, so the history rules are tested here without SQL.
@Suite("History planners, without a database")
struct PlannerTests {
    func row(_ id: Int64, _ from: String, _ to: String?, post: String?, points: Set<MemberField> = []) -> HistoryRow {
        var record = MemberRecord(name: "甲")
        record.post = post
        return HistoryRow(id: id, validFrom: from, validTo: to, values: record.values, points: points)
    }

    func record(post: String?) -> MemberRecord {
        var record = MemberRecord(name: "甲")
        record.post = post
        return record
    }

    @Test("a back-dated change stops at the next recorded point even when the values there are equal")
    func stopsAtRecordedPoint() {
        let rows = [row(1, "2020-01-01", "2021-01-01", post: "科员"),
                    row(2, "2021-01-01", "2022-01-01", post: "主任", points: [.post]),
                    row(3, "2022-01-01", nil, post: "主任", points: [.post])]
        let edit = MemberHistoryPlanner.change(rows, effective: "2021-06-01", to: record(post: "副主任"))
        #expect(edit.superseded == [2])
        #expect(edit.inserted.map(\.validFrom) == ["2021-01-01", "2021-06-01"])
        #expect(edit.inserted.map { $0[.post] } == ["主任", "副主任"])
        #expect(edit.inserted[1].validTo == "2022-01-01" && edit.inserted[1].points == [.post])
        #expect(edit.log == [LogLine(kind: .change, effective: "2021-06-01", subject: .field(.post), from: "主任", to: "副主任")])
    }

    @Test("a change carries past rows that are no point of its field")
    func carriesPastOtherFieldsPoints() {
        let rows = [row(1, "2020-01-01", "2021-01-01", post: "科员"),
                    row(2, "2021-01-01", nil, post: "科员", points: [.workUnit])]
        let edit = MemberHistoryPlanner.change(rows, effective: "2020-06-01", to: record(post: "主任"))
        #expect(edit.superseded == [1, 2])
        #expect(edit.inserted.map { $0[.post] } == ["科员", "主任", "主任"])
        #expect(edit.inserted.last?.points == [.workUnit], "the later row keeps its own points")
    }

    @Test("restating the value in force plans nothing")
    func restatementIsEmpty() {
        let rows = [row(1, "2020-01-01", nil, post: "科员")]
        #expect(MemberHistoryPlanner.change(rows, effective: "2023-01-01", to: record(post: "科员")).isEmpty)
    }

    @Test("a tier change stops at the next tier point and carries past a source point")
    func membershipTier() {
        let rows = [MembershipRow(id: 1, validFrom: "2020-01-01", validTo: "2021-01-01", tier: "GENERAL", source: nil, points: [.entry]),
                    MembershipRow(id: 2, validFrom: "2021-01-01", validTo: "2022-01-01", tier: "GENERAL", source: "CERTIFIED", points: [.source]),
                    MembershipRow(id: 3, validFrom: "2022-01-01", validTo: nil, tier: "GENERAL", source: "CERTIFIED", points: [.tier])]
        let edit = MembershipPlanner(category: .nonPartisan).change(rows, on: "2020-06-01", tier: "RESERVE", source: nil)
        #expect(edit?.superseded == [1, 2])
        #expect(edit?.inserted.map(\.tier) == ["GENERAL", "RESERVE", "RESERVE"])
        #expect(edit?.inserted.map(\.source) == [nil, nil, "CERTIFIED"])
        #expect(edit?.log.map(\.subject) == [.category(.nonPartisan)])
    }
}
