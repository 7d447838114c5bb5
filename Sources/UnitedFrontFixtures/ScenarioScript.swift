import UnitedFront

/// Writes down a scenario by hand: people, and for each a dated history with attributions and
/// recorded-at times given as literals.
struct ScenarioScript {
    private var archetypes: [Archetype] = []
    private var regions: [String] = []
    private var histories: [[SyntheticEvent]] = []

    /// A citizen ID for a scenario person, with the check character computed.
    static func citizenID(_ address: String, born: LocalDate, sequence: Int) -> String {
        CitizenIDMaker.make(address: address, birthDate: born, sequence: sequence)
    }

    /// Adds a person registered `registered` (recorded at `recorded`, ISO 8601 with offset) and
    /// returns their index; `steps` follow the registration and the memberships in the same changeset
    /// (dated records, a workflow's first step).
    mutating func person(_ archetype: Archetype, region: String, record: MemberRecord, registered: LocalDate,
                         recorded: String, actor: String, reason: String, source: String?,
                         memberships: [SyntheticMembership], steps: [SyntheticEvent.Step] = []) -> Int {
        archetypes.append(archetype)
        regions.append(region)
        histories.append([])
        let index = histories.count - 1
        event(index, .registration, effective: registered, recorded: recorded, actor: actor, reason: reason, source: source,
              steps: [.register(record)] + memberships.map { .enter($0) } + steps)
        return index
    }

    /// Adds an event to person `person`'s history.
    mutating func event(_ person: Int, _ kind: SyntheticEvent.Kind, effective: LocalDate, recorded: String, actor: String,
                        reason: String, source: String?, steps: [SyntheticEvent.Step]) {
        let recordedAt: Timestamp
        do { recordedAt = try Timestamp(iso8601: recorded) } catch { preconditionFailure("bad literal \(recorded)") }
        histories[person].append(SyntheticEvent(
            person: person, ordinal: histories[person].count, kind: kind, effective: effective,
            attribution: Attribution(actor: actor, reason: reason, source: source, recordedAt: recordedAt), steps: steps))
    }

    /// The people with their histories.
    var people: [SyntheticPerson] {
        histories.indices.map { index in
            guard case .register(let record) = histories[index][0].steps[0] else { preconditionFailure("no registration") }
            return SyntheticPerson(id: index, archetype: archetypes[index], regionCode: regions[index], record: record,
                                   events: histories[index])
        }
    }
}
