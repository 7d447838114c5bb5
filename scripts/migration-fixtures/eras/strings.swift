// Era of schema 003 (stop 4, 5043ff3): codes are text, the population writes members only.
import UnitedFront
import UnitedFrontFixtures

let eraName = "strings"

func categoryArgument(_ code: String) -> String { code }
func tierArgument(_ code: String) -> String { code }

func writePopulation(_ register: Register) throws {
    try Population(PopulationSpec(seed: 2026, size: 30, regions: [.hohhotXincheng])).write(to: register)
}

func eraEdits(_ register: Register, ids: [MemberID], edit: (String, (RegisterTransaction) throws -> Void) -> Void) throws {}

func eraReads(_ snapshot: RegisterSnapshot, ids: [MemberID], grid: [(LocalDate, Timestamp?)], into reads: inout Reads) throws {}
