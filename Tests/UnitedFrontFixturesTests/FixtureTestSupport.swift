import UnitedFront
import UnitedFrontFixtures

/// A 2,000-person population written once into an in-memory register and shared by the tests that
/// read it (global lets are initialised lazily and exactly once).
struct WrittenPopulation: Sendable {
    let population: Population
    let register: Register
    let ids: [MemberID]
    let orgUnits: [OrgUnitID]
    /// Every id the population got: organisations, terms, enterprises, households.
    let all: Population.IDs

    static let shared: WrittenPopulation = {
        let population = Population(seed: 2024, size: 2_000)
        do {
            let register = try Register.inMemory()
            let written = try population.writeAll(to: register)
            return WrittenPopulation(population: population, register: register, ids: written.members, orgUnits: written.orgUnits,
                                     all: written)
        } catch {
            preconditionFailure("the shared population could not be written: \(error)")
        }
    }()
}

/// FNV-1a over the UTF-8 of `text`: a fingerprint that is the same on every platform.
func fingerprint(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    return hash
}

/// Every field of every record and every event of `people`, one line each.
func canonicalText(_ people: [SyntheticPerson]) -> String {
    var lines: [String] = []
    for person in people {
        lines.append("\(person.id)|\(person.archetype.rawValue)|\(person.regionCode)|"
                     + MemberField.allCases.map { person.record[$0] ?? "" }.joined(separator: "|"))
        for event in person.events {
            let who = event.attribution
            lines.append("  \(event.ordinal)|\(event.kind.rawValue)|\(event.effective)|\(event.recordedAt)|\(who.actor)|"
                         + "\(who.reason ?? "")|\(who.source ?? "")|" + event.steps.map(\.description).joined(separator: ";"))
        }
    }
    return lines.joined(separator: "\n")
}

let democraticParties: Set<String> = ["04", "05", "06", "07", "08", "09", "10", "11"]
