import Dispatch
import Foundation
import Testing

/// Several processes opening one new register file at once all succeed (the outside client saw
/// `table code_list already exists` and `database is locked`).
@Suite("Opening one new file from several processes at once")
struct ConcurrentInitTests {
    @Test("four `united-front init` processes on the same new file all exit 0, five times over", .timeLimit(.minutes(3)))
    func fourProcesses() throws {
        let cli = try CLI()
        for round in 0..<5 {
            let path = cli.directory.appendingPathComponent("fresh-\(round).sqlite").path
            let statuses = Statuses()
            DispatchQueue.concurrentPerform(iterations: 4) { _ in
                do {
                    let result = try CLI().run(["init", "--db", path, "--format", "json"])
                    statuses.add(result.status == 0 ? "ok" : result.stderr)
                } catch {
                    statuses.add("\(error)")
                }
            }
            #expect(statuses.all == ["ok", "ok", "ok", "ok"], "round \(round)")
        }
    }
}

/// The outcomes of concurrent runs, gathered under a lock.
private final class Statuses: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String] = []
    func add(_ value: String) { lock.withLock { values.append(value) } }
    var all: [String] { lock.withLock { values } }
}
