public import UnitedFront

/// A generated population of one district with every kind of person in it: cadres, 民主党派成员,
/// 无党派人士, entrepreneurs, 新的社会阶层人士, 侨界, 港澳台, returnees, minority and religious figures.
///
/// The same seed always gives the same people (see ``Population``).
public struct MixedDistrictScenario: Sendable, Hashable {
    /// The member ids, all of them and by kind of person.
    public struct Roles: Sendable, Hashable {
        /// Every member id, by person index.
        public let all: [MemberID]
        /// The ids of each kind of person present, in person order.
        public let byArchetype: [Archetype: [MemberID]]

        /// The ids of `archetype` (empty when there are none).
        public subscript(archetype: Archetype) -> [MemberID] { byArchetype[archetype] ?? [] }
    }

    /// The generated population.
    public let population: Population

    /// `size` people of `region` with seed `seed`; every kind of person is drawn, 少数民族代表人士
    /// only among minority people.
    public init(seed: UInt64, size: Int, region: RegionProfile) {
        population = Population(PopulationSpec(seed: seed, size: size, regions: [region.weighted(1)]))
    }

    /// Writes the population and returns the ids.
    /// - Throws: the register's errors (see ``Scenario`` on recording times).
    @discardableResult
    public func write(to register: Register, recording: Recording = .asGenerated) throws -> Roles {
        let ids = try population.write(to: register, recording: recording)
        var byArchetype: [Archetype: [MemberID]] = [:]
        for (person, id) in zip(population.people, ids) { byArchetype[person.archetype, default: []].append(id) }
        return Roles(all: ids, byArchetype: byArchetype)
    }
}
