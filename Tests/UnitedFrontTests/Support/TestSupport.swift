import Foundation
import Testing
@testable import UnitedFront

/// A GB 11643 citizen ID for the given address code, birth date and sequence, with its check character
/// computed here, independently of the library.
func citizenID(_ address: String = "110105", born: String, sequence: Int) -> String {
    let seventeen = address + born.replacingOccurrences(of: "-", with: "") + String(format: "%03d", sequence)
    let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    let sum = zip(seventeen, weights).reduce(0) { $0 + Int(String($1.0))! * $1.1 }
    return seventeen + String(Array("10X98765432")[sum % 11])
}

/// A clock the test moves by hand, so that `recorded_at` is known.
final class TestClock: Sendable {
    private let now = Mutex(Timestamp(iso8601Literal: "2020-01-01T09:00:00+08:00"))
    func set(_ text: String) { now.withLock { $0 = Timestamp(iso8601Literal: text) } }
    var read: @Sendable () -> Timestamp { { [self] in self.now.withLock { $0 } } }
}

import Synchronization

extension Timestamp {
    init(iso8601Literal text: String) {
        self = try! Timestamp(iso8601: text)
    }
}

/// A temporary directory removed when the test ends.
final class TemporaryDirectory {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("unitedfront-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
    deinit { try? FileManager.default.removeItem(at: url) }
}

let clerk = Attribution(actor: "统战部 张科员", reason: "年度摸底")

/// Counts the rows of `table`: tests use it to prove that a refused write wrote nothing.
func count(_ table: String, in register: Register) throws -> Int {
    try register.read { snapshot in
        try snapshot.connection.fetchOne("SELECT count(*) FROM \(table)") { Int($0.int64(0)) } ?? 0
    }
}
