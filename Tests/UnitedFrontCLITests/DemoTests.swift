import Foundation
import Testing

/// The demo builds a small register with five years of history; the other commands read it.
@Suite("The demo")
struct DemoTests {
    @Test("demo builds its register and prints it; list and history then read the file it wrote")
    func demoRuns() throws {
        let cli = try CLI()
        let demo = cli.directory.appendingPathComponent("demo.sqlite").path
        let result = try cli.run(["demo", "--db", demo])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Built \(demo) with 4 members."))
        #expect(result.stdout.contains("What changed in 2023:"))
        #expect(result.stderr.isEmpty)

        let members = try #require(try cli.run(["list", "--db", demo, "--as-of", "2022-12-31", "--format", "json"]).json() as? [[String: Any]])
        #expect(members.count == 4)
        let history = try cli.run(["history", "1", "--db", demo])
        #expect(history.stdout.contains("晋升文件 2023-12号"))
        #expect(history.stdout.contains("更正"))
    }
}
