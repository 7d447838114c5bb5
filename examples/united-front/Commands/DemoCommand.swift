import ArgumentParser
import Foundation
import UnitedFront

/// `united-front demo`: builds a small register with history in a local file and prints it.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Build a small register with five years of history in a local file, and print it."
    )

    @Option(name: .long, help: "The database file to (re)create.")
    var db = "united-front-demo.sqlite"

    func run() throws {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
        let register = try Register(path: db)
        let ids = try DemoRegister.populate(register)
        print("Built \(db) with \(ids.count) members.\n")

        let codes = register.codes
        func name(_ list: CodeListID, _ code: String?) -> String { code.map { codes[list]?.name(of: $0) ?? $0 } ?? "" }
        for date: LocalDate in ["2022-12-31", "2025-12-31"] {
            print("Members as of \(date):")
            var table = TextTable(["id", "姓名", "性别", "民族", "政治面貌", "工作单位", "职务", "职级", "统战类别"])
            for member in try register.members(asOf: date) {
                table.append([
                    "\(member.id)", member.name, name(.sex, member.sex), name(.ethnicity, member.ethnicity),
                    name(.politicalStatus, member.politicalStatus), member.workUnit ?? "", member.post ?? "",
                    name(.cadreRank, member.rank),
                    member.categories.map { "\(name(.category, $0.category))(\(name(.tier, $0.tier)))" }
                        .joined(separator: "、"),
                ])
            }
            print(table.render() + "\n")
        }

        print("Non-partisan figures (无党派人士) as of 2022-12-31: "
              + (try register.members(asOf: "2022-12-31", in: "无党派人士").map(\.name).joined(separator: "、")))
        print("\nWhat changed in 2023:")
        for event in try register.changes(from: "2023-01-01", through: "2023-12-31") {
            let who = try register.member(event.memberID)?.name ?? "\(event.memberID)"
            print("  \(event.effectiveOn)  \(who)  \(event.change)")
        }
        if let cadre = ids.first {
            print("\nTimeline of \(try register.member(cadre)?.name ?? ""):")
            for entry in try register.timeline(of: cadre) { print("  " + entry.description) }
        }
    }
}
