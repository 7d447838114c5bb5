// Builds one migration fixture against the library of the commit it is compiled with
// (scripts/build-migration-fixtures.sh copies this folder and one file of ../eras into a worktree of that
// commit): a register with a seeded population and hand-made corrections and back-dated changes, an empty
// register of the same schema version, and the as-of reads that library gives.
//
// Usage: migration-fixture-generator REGISTER FRESH READS_JSON VERSION COMMIT
//
// This file uses only the API every shipped version has (or spells the same way: string literals for codes);
// what differs by era is in the era files (Era-*.swift here): how the population is written, what codes are
// typed as, and the reads that era has beyond members, timelines and changes.
import Foundation
@testable import UnitedFront
import UnitedFrontFixtures

func note(_ text: String) { FileHandle.standardError.write((text + "\n").data(using: .utf8)!) }

do {
    try generate(CommandLine.arguments)
} catch {
    note("error: \(error)")
    exit(1)
}

// Codes were text in 003 and typed values (RawRepresentable) later; either reads as its code.
func code(_ text: String) -> String { text }
func code(_ text: String?) -> String? { text }
func code<T: RawRepresentable>(_ value: T) -> String where T.RawValue == String { value.rawValue }
func code<T: RawRepresentable>(_ value: T?) -> String? where T.RawValue == String { value?.rawValue }

// MARK: Normal forms (Tests/UnitedFrontTests/Migrations/MigrationReads.swift writes the same shapes)

func memberJSON(_ member: Member) -> Json {
    var record: [String: Json] = [:]
    for field in MemberField.allCases { record[field.rawValue] = json(member.record[field]) }
    let categories = member.categories.map { membership -> Json in
        .array([.string(code(membership.category)), .string(code(membership.tier)), json(code(membership.source)),
                .string(membership.since.iso8601), .string(membership.validFrom.iso8601), json(membership.validTo?.iso8601)])
    }
    return .object(["id": .int(member.id.rawValue), "registeredOn": .string(member.registeredOn.iso8601),
                    "record": .object(record), "categories": .array(categories)])
}

func changesetJSON(_ changeset: Changeset) -> Json {
    .array([.int(changeset.id), .int(changeset.recordedAt.millisecondsSince1970), .string(changeset.actor),
            json(changeset.reason), json(changeset.source)])
}

func valueChangeJSON(_ change: ValueChange) -> Json {
    .array([.string(change.subject.description), json(change.from), json(change.to)])
}

func timelineJSON(_ entries: [TimelineEntry]) -> Json {
    .array(entries.map { entry in
        .array([changesetJSON(entry.changeset), .string(entry.kind.rawValue), .string(entry.effectiveOn.iso8601),
                .array(entry.changes.map(valueChangeJSON))])
    })
}

func changesJSON(_ events: [ChangeEvent]) -> Json {
    .array(events.map { .array([.int($0.memberID.rawValue), .string($0.effectiveOn.iso8601), valueChangeJSON($0.change)]) })
}

func idsJSON(_ members: [Member]) -> Json { .array(members.map { .int($0.id.rawValue) }) }

func knownJSON(_ instant: Timestamp?) -> Json { json(instant?.millisecondsSince1970) }

func generate(_ arguments: [String]) throws {
    guard arguments.count == 6 else {
        note("usage: migration-fixture-generator REGISTER FRESH READS_JSON VERSION COMMIT")
        exit(64)
    }
    let (registerPath, freshPath, readsPath, version, commit) = (arguments[1], arguments[2], arguments[3], arguments[4], arguments[5])
    /// A fixed clock, so that nothing in the fixture depends on when the script ran.
    let clockInstant = try Timestamp(iso8601: "2027-01-01T00:00:00.000Z")
    let clock: @Sendable () -> Timestamp = { clockInstant }

    // MARK: The register

    for path in [registerPath, freshPath] {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
    do { _ = try Register(path: freshPath, clock: clock) }   // the schema of this version with its code lists, no data

    let register = try Register(path: registerPath, clock: clock)
    try writePopulation(register)

    var ids: [MemberID] = []
    while try register.member(MemberID(rawValue: Int64(ids.count + 1))) != nil { ids.append(MemberID(rawValue: Int64(ids.count + 1))) }
    let populationChangesets = try register.read { try $0.changesets() }
    guard let lastPopulation = populationChangesets.last else { fatalError("the population wrote nothing") }
    precondition(lastPopulation.recordedAt < clockInstant, "the population was recorded after the fixed clock")
    note("\(version): \(ids.count) members, \(populationChangesets.count) changesets from the population")

    // MARK: Corrections and back-dated changes, recorded after the population, each in its own changeset

    var editCount: Int64 = 0
    func edit(_ reason: String, _ body: (RegisterTransaction) throws -> Void) {
        editCount += 1
        let at = Timestamp(millisecondsSince1970: lastPopulation.recordedAt.millisecondsSince1970 + editCount * 3_600_000)
        do {
            try register.write(by: Attribution(actor: "统战部 核查组", reason: reason, source: "核查", recordedAt: at)) { try body($0) }
        } catch {
            note("edit \(editCount) (\(reason)) refused: \(error)")
        }
    }

    let tiersSeen = Set(try ids.flatMap { id in try register.member(id)?.categories.map { code($0.tier) } ?? [] }).sorted()
    let historyEnd: LocalDate = "2024-12-31"
    for id in ids {
        guard let member = try register.member(id) else { continue }
        let registered = member.registeredOn
        switch id.rawValue % 7 {
        case 1:
            edit("核实工作单位") { tx in
                _ = try tx.correct(id, asOf: registered) { $0[.workUnit] = ($0[.workUnit] ?? "") + "（核实）" }
            }
        case 2:
            let day = registered.adding(days: 400)
            if day <= historyEnd {
                edit("补录手机号码") { tx in
                    _ = try tx.change(id, effective: day) { $0[.mobile] = "1390471" + String(1000 + id.rawValue) }
                }
            }
        case 3:
            edit("更正备注") { tx in _ = try tx.correct(id) { $0[.notes] = "经核查更正（\(id.rawValue)）" } }
        case 4:
            if let membership = member.categories.first,
               let other = tiersSeen.first(where: { $0 != code(membership.tier) }) {
                let day = membership.since.adding(days: 100)
                if day <= historyEnd {
                    edit("补记层级调整") { tx in
                        _ = try tx.changeTier(id, category: categoryArgument(code(membership.category)), to: tierArgument(other),
                                              effective: day)
                    }
                }
            }
        case 5:
            if let membership = member.categories.first, membership.since < "2023-03-01" {
                edit("补记退出类别") { tx in
                    try tx.leave(id, category: categoryArgument(code(membership.category)), effective: "2023-03-01")
                }
            }
        case 6:
            if registered < "2023-09-01" && id.rawValue % 2 == 0 {
                edit("补记迁出") { tx in try tx.archive(id, effective: "2023-09-01") }
                edit("补记迁回") { tx in try tx.reactivate(id, effective: "2024-03-01") }
            }
        default:
            edit("更正籍贯") { tx in _ = try tx.correct(id, asOf: registered) { $0[.nativePlace] = "内蒙古自治区呼和浩特市" } }
        }
    }
    try eraEdits(register, ids: ids, edit: edit)
    let allChangesets = try register.read { try $0.changesets() }
    note("\(version): \(allChangesets.count - populationChangesets.count) changesets of corrections and back-dated changes")

    // MARK: Reads

    /// What the register knew: now, before the corrections, and at a quarter and half of the population's history.
    let beforeEdits = lastPopulation.recordedAt
    let quarter = populationChangesets[populationChangesets.count / 4].recordedAt
    let half = populationChangesets[populationChangesets.count / 2].recordedAt
    let dates: [LocalDate] = ["2017-12-31", "2018-12-31", "2019-06-30", "2020-12-31", "2021-06-30", "2022-12-31",
                              "2023-06-30", "2023-09-01", "2024-01-01", "2024-12-31", "2025-06-30", "2026-12-31"]
    let someDates: [LocalDate] = ["2019-06-30", "2022-12-31", "2024-12-31"]
    /// (date, knowledge) pairs every as-of read is asked at.
    let grid: [(LocalDate, Timestamp?)] = dates.flatMap { [($0, nil), ($0, beforeEdits)] }
        + someDates.flatMap { [($0, quarter), ($0, half)] }

    var reads = Reads()
    var categoriesSeen = Set<String>()
    try register.read { snapshot in
        for id in ids {
            let latest = try snapshot.member(id)
            reads.add("member", ["id": .int(id.rawValue)], latest.map(memberJSON) ?? .null)
            for (date, known) in grid {
                let member = try snapshot.member(id, asOf: date, knownAt: known)
                for membership in member?.categories ?? [] { categoriesSeen.insert(code(membership.category)) }
                reads.add("member", ["id": .int(id.rawValue), "asOf": .string(date.iso8601), "knownAt": knownJSON(known)],
                          member.map(memberJSON) ?? .null)
            }
            reads.add("timeline", ["id": .int(id.rawValue)], timelineJSON(try snapshot.timeline(of: id)))
        }
        for (date, known) in grid {
            let asOf: [String: Json] = ["asOf": .string(date.iso8601), "knownAt": knownJSON(known)]
            reads.add("members", asOf, idsJSON(try snapshot.members(asOf: date, knownAt: known)))
            for category in categoriesSeen.sorted() {
                var arguments = asOf
                arguments["category"] = .string(category)
                reads.add("members", arguments, .array(try snapshot.members(asOf: date, in: categoryArgument(category), knownAt: known).map {
                    member in .array([.int(member.id.rawValue), json(member.categories.first { code($0.category) == category }.map { code($0.tier) })])
                }))
            }
        }
        for year in 2018...2025 {
            let from = LocalDate(year: year, month: 1, day: 1)!, through = LocalDate(year: year, month: 12, day: 31)!
            reads.add("changes", ["from": .string(from.iso8601), "through": .string(through.iso8601)],
                      changesJSON(try snapshot.changes(from: from, through: through)))
        }
        reads.add("changesets", [:], .array(try snapshot.changesets().map(changesetJSON)))
        try eraReads(snapshot, ids: ids, grid: grid, into: &reads)
    }

    let header: [String: Json] = [
        "version": .string(version), "commit": .string(commit), "era": .string(eraName),
        "members": .int(Int64(ids.count)), "changesets": .int(Int64(allChangesets.count)),
        "knownAt": .object(["beforeEdits": knownJSON(beforeEdits), "quarter": knownJSON(quarter), "half": knownJSON(half)]),
    ]
    try reads.text(header: header).write(toFile: readsPath, atomically: true, encoding: .utf8)
    note("\(version): \(reads.reads.count) reads, \(reads.results.count) distinct results")
}
