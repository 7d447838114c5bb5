// united-front-bench: WORKLOAD.md's W1–W6 and issue #11's W7–W10 through UnitedFront's public API.
// Usage: united-front-bench data-N.tsv [--reps 5] [--import-reps 1] [--only W1,W3]
import Foundation
import UnitedFront
import UnitedFrontExchange

// MARK: Arguments

var arguments = Array(CommandLine.arguments.dropFirst())
var reps = 5, importReps = 1
var only: Set<String>? = nil
var dataPath: String? = nil
while !arguments.isEmpty {
    let argument = arguments.removeFirst()
    switch argument {
    case "--reps": reps = Int(arguments.isEmpty ? "" : arguments.removeFirst()) ?? 0
    case "--import-reps": importReps = Int(arguments.isEmpty ? "" : arguments.removeFirst()) ?? 0
    case "--only": only = Set((arguments.isEmpty ? "" : arguments.removeFirst()).split(separator: ",").map { $0.uppercased() })
    default: dataPath = argument
    }
}
guard let dataPath, reps > 0, importReps > 0 else {
    FileHandle.standardError.write(Data("usage: united-front-bench data-N.tsv [--reps 5] [--import-reps 1] [--only W1,W3]\n".utf8))
    exit(2)
}
@MainActor func selected(_ op: String) -> Bool { only?.contains(op) ?? true }

// MARK: Data and output

let text = try String(contentsOfFile: dataPath, encoding: .utf8)
let people = try text.split(separator: "\n").map { try Person(line: $0) }
let n = people.count
FileHandle.standardOutput.write(Data("# united-front-bench library N=\(n) reps=\(reps) import_reps=\(importReps)\n".utf8))

nonisolated(unsafe) var sink = 0  // every result is folded in here, so that nothing is optimised away

func report(_ label: String, _ result: (times: [Double], rows: Int), perQuery: Int = 1, rowsPerSecond: Bool = false) {
    let times = result.times.map { $0 / Double(perQuery) }
    let median = times[times.count / 2]
    var line = "\(label) N=\(n) median_s=\(String(format: "%.6f", median)) min_s=\(String(format: "%.6f", times.first!))"
        + " max_s=\(String(format: "%.6f", times.last!)) rows=\(result.rows)"
    if rowsPerSecond { line += " rows_per_s=\(String(format: "%.0f", Double(n) / median))" }
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

// MARK: Files

let directory = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("uf-bench-\(getpid())")
try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
// UF_BENCH_KEEP=1 keeps the folder (bench.sqlite: the register after the operations run), for EXPLAIN and profiling.
let keep = ProcessInfo.processInfo.environment["UF_BENCH_KEEP"] == "1"
defer {
    if keep { FileHandle.standardError.write(Data("# kept \(directory.path)\n".utf8)) }
    else { try? FileManager.default.removeItem(at: directory) }
}

/// A new, empty register in `name` (any earlier file of that name deleted first).
func freshRegister(_ name: String) throws -> Register {
    for suffix in ["", "-wal", "-shm"] {
        try? FileManager.default.removeItem(at: directory.appendingPathComponent(name + suffix))
    }
    let clock = BenchClock()
    return try Register(path: directory.appendingPathComponent(name).path, clock: { clock.now() })
}

let importer = Attribution(actor: "bench", reason: "initial import")

// MARK: W1 import

var register: Register? = nil
var ids: [MemberID] = []
/// A new empty register (opening it creates the schema: untimed, as bench.c's fresh_db).
@MainActor func freshImportRegister() throws {
    register = nil
    register = try freshRegister("bench.sqlite")
}
@MainActor func importAll() throws -> Int {
    ids = try register!.write(by: importer) { tx in
        var ids: [MemberID] = []
        ids.reserveCapacity(n)
        for person in people {
            let id = try tx.add(person.record, effective: person.joined)
            try tx.enter(id, category: person.category, effective: person.joined)
            ids.append(id)
        }
        return ids
    }
    return ids.count
}
// The register W2–W6 and W8–W10 read; `--only W7` runs without it, so that its peak RSS is the import's own.
let needsRegister = ["W1", "W2", "W3", "W4", "W5", "W6", "W8", "W9", "W10"].contains(where: selected)
if selected("W1") {
    report("W1 import", try Stopwatch.measure(warmups: importReps > 1 ? 1 : 0, reps: importReps,
                                              setup: freshImportRegister) { _ in try importAll() },
           rowsPerSecond: true)
} else if needsRegister {
    try freshImportRegister()
    _ = try importAll()
}
if needsRegister {
    let registered = try register!.read { try $0.count(matching: MemberQuery(asOf: "2024-12-31")) }
    guard registered == n else { throw BenchError("W1 registered \(registered) of \(n) people") }
}
let library = try register ?? freshRegister("empty.sqlite")

// MARK: W2 lookup (10,000 by document number, each one read as `register.member(documentNumber:)` does)

if selected("W2") {
    var rng = SplitMix64(state: 2)
    report("W2 lookup", try Stopwatch.measure(warmups: 1, reps: reps) { _ in
        var found = 0
        for _ in 0..<10_000 {
            let person = people[Int(rng.next() % UInt64(n))]
            if let member = try library.member(documentNumber: person.documentNumber) {
                found += 1
                sink &+= member.record.name.utf8.count
            }
        }
        return found
    })
    // The same lookups inside one snapshot (one read transaction for all 10,000).
    rng = SplitMix64(state: 2)
    report("W2s lookup-1-snapshot", try Stopwatch.measure(warmups: 1, reps: reps) { _ in
        try library.read { snapshot in
            var found = 0
            for _ in 0..<10_000 {
                let person = people[Int(rng.next() % UInt64(n))]
                if let member = try snapshot.member(documentNumber: person.documentNumber) {
                    found += 1
                    sink &+= member.record.name.utf8.count
                }
            }
            return found
        }
    })
}

// MARK: W3 filter (×200)

// No birth-date range filter exists: born 1960-01-01…1979-12-31 is exactly "45 to 64 full years on 2024-12-31".
let w3 = MemberQuery(.category(.nonPublicEconomy) && .region("440103") && .age(45...64), asOf: "2024-12-31",
                     order: .name, limit: 50)
if selected("W3") {
    report("W3 filter", try Stopwatch.measure(warmups: 1, reps: reps) { _ in
        var rows = 0
        for _ in 0..<200 {
            let page = try library.read { try $0.members(matching: w3) }
            rows += page.members.count
            sink &+= page.members.last.map { Int($0.id.rawValue) } ?? 0
        }
        return rows
    })
}

// MARK: W4 search (3-character fragment ×200, every match as bench.c reads every match)

if selected("W4") {
    report("W4 search", try Stopwatch.measure(warmups: 1, reps: reps) { _ in
        var rows = 0
        for _ in 0..<200 {
            let matches = try library.read { try $0.searchMembers("王伟芳", limit: n) }
            rows += matches.count
        }
        return rows
    })
}

// MARK: W5 update with history (10,000 post changes, one write per 100)

let newPosts = ["副主任", "主任", "副处长", "处长", "副局长", "局长"]
if selected("W5") {
    var rng = SplitMix64(state: 5)
    let attribution = Attribution(actor: "bench", reason: "position change")
    report("W5 update", try Stopwatch.measure(warmups: 1, reps: reps) { rep in
        let day = try LocalDate(iso8601: "2025-01-\(10 + rep)")
        for _ in 0..<100 {
            try library.write(by: attribution) { tx in
                for _ in 0..<100 {
                    let id = ids[Int(rng.next() % UInt64(n))]
                    let post = newPosts[Int(rng.next() % 6)]
                    _ = try tx.change(id, effective: day) { $0.post = post }
                }
            }
        }
        return 10_000
    })
}

// MARK: W6 as-of (one county on 2025-01-12, after W5) ×50

if selected("W6") {
    let query = MemberQuery(.region("440103"), asOf: "2025-01-12")
    report("W6 asof", try Stopwatch.measure(warmups: 1, reps: reps) { _ in
        var rows = 0
        for _ in 0..<50 {
            let page = try library.read { try $0.members(matching: query) }
            rows += page.members.count
        }
        return rows
    })
}

// MARK: W7 CSV import end to end

if selected("W7") {
    let sheet = directory.appendingPathComponent("members.csv")
    var csv = "name,sex,birth_date,ethnicity,document_number,mobile,education,political_status,work_unit,post,rank,"
        + "region,categories,category_since\n"
    csv.reserveCapacity(n * 160)
    for person in people {
        csv += person.columns.joined(separator: ",")
        csv += "\n"
    }
    try csv.write(to: sheet, atomically: false, encoding: .utf8)
    csv = ""
    // What the harness itself holds (parsed rows, and W1's register when it ran), to read W7's peak against.
    FileHandle.standardOutput.write(Data("# peak_rss_mb before W7=\(String(format: "%.1f", Stopwatch.peakRSSMegabytes()))\n".utf8))
    var imported = ImportResult()
    var target: Register? = nil
    report("W7 csv-import", try Stopwatch.measure(warmups: importReps > 1 ? 1 : 0, reps: importReps, setup: {
        target = nil
        target = try freshRegister("sheet.sqlite")  // untimed, as W1's
    }) { _ in
        imported = try MemberSheetImporter(register: target!)
            .importSheet(at: sheet, options: MemberImportOptions(effective: "2025-01-01"), by: importer)
        return imported.imported
    }, rowsPerSecond: true)
    guard imported.imported == n, imported.committed else {
        throw BenchError("W7 imported \(imported.imported) of \(n): \(imported.errors.prefix(3))")
    }
    target = nil
    for suffix in ["", "-wal", "-shm"] {
        try? FileManager.default.removeItem(at: directory.appendingPathComponent("sheet.sqlite" + suffix))
    }
}

// MARK: W8 statistics as of a past date, category × ethnicity

if selected("W8") {
    report("W8 statistics", try Stopwatch.measure(warmups: 1, reps: reps) { _ in
        try library.read { try $0.statistics(asOf: "2022-12-31", by: [.category, .ethnicity]).rows.count }
    })
}

// MARK: W9 2-character and pinyin-initials name search (seconds per query; a page of 50 as a UI asks)

if selected("W9") {
    for (label, text) in [("W9a search-2char", "张伟"), ("W9b search-initials", "wwf")] {
        report(label, try Stopwatch.measure(warmups: 1, reps: reps) { _ in
            try library.read { try $0.searchMembers(text).count }
        })
    }
}

// MARK: W10 change report and work report for 2024 (whole register: gen.py's people have no org units)

if selected("W10") {
    report("W10a change-report", try Stopwatch.measure(warmups: 1, reps: reps) { _ in
        try library.read { snapshot in
            let changes = try snapshot.changeReport(from: "2024-01-01", through: "2024-12-31")
            return changes.sections.count + changes.changes.count
        }
    })
    report("W10b work-report", try Stopwatch.measure(warmups: 1, reps: reps) { _ in
        try library.read { try $0.workReport(year: 2024).figures.count }
    })
}

FileHandle.standardOutput.write(Data("peak_rss_mb=\(String(format: "%.1f", Stopwatch.peakRSSMegabytes()))\n".utf8))
FileHandle.standardError.write(Data("# sink \(sink)\n".utf8))
