import ArgumentParser
import Foundation
import UnitedFront

/// `united-front demo`: builds a small register with history in a local file and prints it.
///
/// The register it leaves behind can be explored with the other commands:
/// `united-front history 1 --db united-front-demo.sqlite`.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Build a small register with five years of history in a local file, and print it."
    )

    /// The file to (re)create: its own default, so that the demo never replaces `./united-front.sqlite`.
    @Option(name: .long, help: ArgumentHelp("The database file to (re)create.", valueName: "path"))
    var db = "united-front-demo.sqlite"

    func run() throws {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
        let register = try Register(path: db)
        let ids = try DemoRegister.populate(register)
        print("Built \(db) with \(ids.count) members.\n")

        let presenter = MemberPresenter(codes: register.codes, showCodes: false)
        for date: LocalDate in ["2022-12-31", "2025-12-31"] {
            print("Members as of \(date):")
            print(try presenter.rendered(try register.members(asOf: date), as: .table) + "\n")
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
