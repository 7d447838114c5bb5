public import UnitedFront

/// A seeded, deterministic synthetic population: realistic people with valid, unique identity
/// documents, consistent categories and multi-year histories, ready to be written into a
/// ``UnitedFront/Register``.
///
/// ```swift
/// let population = Population(seed: 2024, size: 2_000)
/// let register = try Register.inMemory()
/// let ids = try population.write(to: register)          // ids[n] is population.people[n]
/// let cadres = try register.members(asOf: "2024-12-31", in: "NON_PARTY_CADRE")
/// ```
///
/// **Determinism.** The same ``PopulationSpec`` gives byte-identical people and events on every
/// platform and Swift version (see ``SeededRandom``). Person *n* does not depend on the size, so
/// smaller populations are prefixes of larger ones.
///
/// **Size.** A `Population` holds every person and event in memory, which suits tests of up to a
/// few hundred thousand people; for a million records use ``people(_:)`` or ``records(seed:count:)``,
/// which generate lazily.
///
/// **Threading.** An immutable value; `Sendable`. Generating is pure computation; writing blocks the
/// calling thread on the register's writer.
public struct Population: Sendable, Hashable {
    /// What was generated.
    public let spec: PopulationSpec
    /// The people, by index.
    public let people: [SyntheticPerson]

    /// Generates the population `spec` describes.
    public init(_ spec: PopulationSpec) {
        self.spec = spec
        people = Array(PersonSequence(spec))
    }

    /// Generates `size` people with seed `seed` and the default settings of ``PopulationSpec``.
    public init(seed: UInt64, size: Int) {
        self.init(PopulationSpec(seed: seed, size: size))
    }

    /// Every event of every person, in the order they are written: by recorded time, then person,
    /// then position in the person's history. Recorded times never go backwards.
    public var events: [SyntheticEvent] { people.flatMap(\.events).sorted(by: SyntheticEvent.precedes) }

    /// Writes every person's history into `register`, one changeset per event in recorded order, and
    /// returns the member ids by person index.
    ///
    /// With ``Recording/asGenerated`` (the default) the register must not yet hold a changeset
    /// recorded after the population's first event (an empty register is fine).
    /// - Throws: the register's errors; nothing is left half-written within an event, but events
    ///   written before a failure stay.
    @discardableResult
    public func write(to register: Register, recording: Recording = .asGenerated) throws -> [MemberID] {
        try HistoryWriter.write(people.flatMap(\.events), personCount: people.count, to: register, recording: recording)
    }

    /// The people of `spec`, generated lazily: the same people as `Population(spec).people`.
    public static func people(_ spec: PopulationSpec) -> PersonSequence { PersonSequence(spec) }

    /// The registration records of `count` people with seed `seed` and the default settings,
    /// generated lazily: a million records never need a million-element array.
    public static func records(seed: UInt64, count: Int) -> some Sequence<MemberRecord> & Sendable {
        PersonSequence(PopulationSpec(seed: seed, size: count)).lazy.map(\.record)
    }
}
