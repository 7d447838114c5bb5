public import UnitedFront

/// One generated person: the record they were registered with and their whole history.
///
/// The person is a model of what the register should say: ``record(asOf:)`` and
/// ``memberships(asOf:)`` replay the history up to a date, so a test can compare them with
/// ``UnitedFront/Register/member(_:asOf:knownAt:)`` after the population was written.
///
/// **Threading.** An immutable value; `Sendable`.
public struct SyntheticPerson: Sendable, Hashable, Identifiable {
    /// The index of the person in the population (0-based, in generation order).
    public let id: Int
    /// What kind of person they are.
    public let archetype: Archetype
    /// The district profile's 6-digit code.
    public let regionCode: String
    /// The record as registered: coded fields hold codes, birth date and sex agree with the document.
    public let record: MemberRecord
    /// Every changeset of the person's history, the registration first, in effective and recorded order.
    public let events: [SyntheticEvent]

    /// Creates a person. `events` must start with the registration.
    public init(id: Int, archetype: Archetype, regionCode: String, record: MemberRecord, events: [SyntheticEvent]) {
        precondition(events.first?.kind == .registration, "a history starts with the registration")
        self.id = id
        self.archetype = archetype
        self.regionCode = regionCode
        self.record = record
        self.events = events
    }

    /// The registration event.
    public var registration: SyntheticEvent { events[0] }

    /// The effective date the person entered the register.
    public var registeredOn: LocalDate { registration.effective }

    /// The memberships the person entered the register with.
    public var initialMemberships: [SyntheticMembership] { memberships(asOf: registeredOn) }

    /// The latest record, after every change (its ``UnitedFront/MemberRecord/orgUnit`` is nil: see
    /// ``orgUnit(asOf:)``).
    public var currentRecord: MemberRecord { state(asOf: nil).record! }

    /// The record in force on `date` (archived people included, with status archived); nil before
    /// the registration. Its ``UnitedFront/MemberRecord/orgUnit`` is nil: the owning unit is
    /// ``orgUnit(asOf:)``, an index that ``Population/writeAll(to:recording:)`` maps to an id.
    public func record(asOf date: LocalDate) -> MemberRecord? { state(asOf: date).record }

    /// The record in force on `date` with its owning unit resolved through `orgUnits` (the ids
    /// ``Population/writeAll(to:recording:)`` returns): what ``UnitedFront/Register/member(_:asOf:knownAt:)``
    /// reads back.
    public func record(asOf date: LocalDate, orgUnits: [OrgUnitID]) -> MemberRecord? {
        let state = state(asOf: date)
        guard var record = state.record else { return nil }
        record.orgUnit = state.orgUnit.map { orgUnits[$0] }
        return record
    }

    /// The memberships in force on `date`, in the order they were entered.
    public func memberships(asOf date: LocalDate) -> [SyntheticMembership] { state(asOf: date).memberships }

    /// The owning unit on `date`, an index into ``Population/orgUnits``; nil before the registration or
    /// for people of a scenario without units.
    public func orgUnit(asOf date: LocalDate) -> Int? { state(asOf: date).orgUnit }

    /// The dated records in force on `date`, by key (the order they were added).
    public func records(asOf date: LocalDate) -> [(key: Int, record: SyntheticRecord)] {
        let state = state(asOf: date)
        return state.records.keys.sorted().compactMap { key in
            let held = state.records[key]!
            return held.isInForce(on: date) ? (key, held.value) : nil
        }
    }

    /// Every dated record the person ever holds, by key, with its final values and dates.
    public var allRecords: [Int: SyntheticState.Held] { state(asOf: nil).records }

    /// The state after every event effective on or before `date` (all of them for nil).
    public func state(asOf date: LocalDate?) -> SyntheticState {
        var state = SyntheticState()
        for event in events where date.map({ event.effective <= $0 }) ?? true {
            state.apply(event.steps, effective: event.effective)
        }
        return state
    }
}
