import Foundation
import Testing

@Suite("The README")
struct ReadmeTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test("every block of the tour program appears in the README verbatim, so the README's examples compile and run")
    func tourMatchesReadme() throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let tour = try String(contentsOf: Self.root.appendingPathComponent("examples/readme-tour/main.swift"), encoding: .utf8)
        let blocks = tour.components(separatedBy: "// README: ").dropFirst().compactMap { part -> String? in
            guard !part.hasPrefix("end") else { return nil }
            let body = part.drop { $0 != "\n" }.dropFirst()
            return String(body)
        }
        #expect(blocks.count == 10)
        for block in blocks {
            #expect(readme.contains("```swift\n" + block + "```"), "README lacks:\n\(block)")
        }
    }

    @Test("the command-line tour in the README is the script CI runs")
    func cliTourMatchesReadme() throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let script = try String(contentsOf: Self.root.appendingPathComponent("examples/cli-tour.sh"), encoding: .utf8)
        let start = try #require(script.range(of: "# README: cli\n"))
        let end = try #require(script.range(of: "# README: end\n"))
        let block = String(script[start.upperBound..<end.lowerBound])
        #expect(block.contains("united-front import"))
        #expect(readme.contains("```sh\n" + block + "```"))
    }
}
