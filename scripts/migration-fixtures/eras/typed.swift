// Era of schema 009 (stop 13, 0f97c99): typed codes, org units, archived members; the population writes
// members only, so the org units and transfers are written here by hand.
@testable import UnitedFront
import UnitedFrontFixtures

let eraName = "typed"

func categoryArgument(_ code: String) -> Category { Category(rawValue: code) }
func tierArgument(_ code: String) -> Tier { Tier(rawValue: code) }

func writePopulation(_ register: Register) throws {
    try Population(PopulationSpec(seed: 2026, size: 30, regions: [.hohhotXincheng])).write(to: register)
}

func eraEdits(_ register: Register, ids: [MemberID], edit: (String, (RegisterTransaction) throws -> Void) -> Void) throws {
    var units: [OrgUnitID] = []
    edit("建立统战工作组织架构") { tx in
        let department = try tx.addOrgUnit(OrgUnitRecord(name: "新城区委统战部", kind: .unitedFrontDepartment), effective: "2017-01-01")
        var streetA = OrgUnitRecord(name: "锡林路街道", kind: .subdistrict, parent: department)
        streetA[.region] = "150102001"
        var streetB = OrgUnitRecord(name: "海拉尔东路街道", kind: .subdistrict, parent: department)
        streetB[.region] = "150102002"
        units = [department, try tx.addOrgUnit(streetA, effective: "2017-01-01"), try tx.addOrgUnit(streetB, effective: "2019-07-01")]
    }
    guard units.count == 3 else { return }
    edit("街道更名") { tx in _ = try tx.changeOrgUnit(units[2], effective: "2022-01-01") { $0[.name] = "海拉尔东路街道办事处" } }
    edit("补记街道成立日期") { tx in _ = try tx.changeOrgUnit(units[1], effective: "2021-05-01") { $0[.region] = "150102003" } }
    for id in ids where id.rawValue % 3 != 1 {
        guard let member = try register.member(id) else { continue }
        let first: LocalDate = member.registeredOn < "2020-01-01" ? "2020-01-01" : member.registeredOn
        edit("划入街道") { tx in _ = try tx.transfer(id, to: units[1 + Int(id.rawValue % 2)], effective: first) }
        if id.rawValue % 3 == 0 {
            edit("调整所属街道") { tx in _ = try tx.transfer(id, to: units[2 - Int(id.rawValue % 2)], effective: "2023-07-01") }
        }
    }
}

func orgUnitJSON(_ unit: OrgUnit) -> Json {
    var fields: [String: Json] = [:]
    for field in OrgUnitField.allCases { fields[field.rawValue] = json(unit.record[field]) }
    return .object(["id": .int(unit.id.rawValue), "establishedOn": .string(unit.establishedOn.iso8601), "fields": .object(fields)])
}

func eraReads(_ snapshot: RegisterSnapshot, ids: [MemberID], grid: [(LocalDate, Timestamp?)], into reads: inout Reads) throws {
    try orgUnitReads(snapshot, grid: grid, into: &reads)
}

func orgUnitReads(_ snapshot: RegisterSnapshot, grid: [(LocalDate, Timestamp?)], into reads: inout Reads) throws {
    for (date, known) in grid {
        let asOf: [String: Json] = ["asOf": .string(date.iso8601), "knownAt": knownJSON(known)]
        let units = try snapshot.orgUnits(asOf: date, knownAt: known)
        reads.add("orgUnits", asOf, .array(units.map(orgUnitJSON)))
        reads.add("archivedMembers", asOf, idsJSON(try snapshot.archivedMembers(asOf: date, knownAt: known)))
        for unit in units {
            var arguments = asOf
            arguments["under"] = .int(unit.id.rawValue)
            reads.add("membersUnder", arguments, idsJSON(try snapshot.members(asOf: date, under: unit.id, knownAt: known)))
        }
    }
}
