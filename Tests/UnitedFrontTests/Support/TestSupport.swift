import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

let clerk = Attribution(actor: "统战部 张科员", reason: "年度摸底")

/// Counts the rows of `table`: tests use it to prove that a refused write wrote nothing.
func count(_ table: String, in register: Register) throws -> Int {
    try register.read { snapshot in
        try snapshot.connection.fetchOne("SELECT count(*) FROM \(table)") { Int($0.int64(0)) } ?? 0
    }
}
