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

    /// The latest record, after every change.
    public var currentRecord: MemberRecord { replay(through: nil).record! }

    /// The record in force on `date` (archived people included, with status archived); nil before
    /// the registration.
    public func record(asOf date: LocalDate) -> MemberRecord? { replay(through: date).record }

    /// The memberships in force on `date`, in the order they were entered.
    public func memberships(asOf date: LocalDate) -> [SyntheticMembership] { replay(through: date).memberships }

    private func replay(through date: LocalDate?) -> (record: MemberRecord?, memberships: [SyntheticMembership]) {
        var record: MemberRecord?
        var memberships: [SyntheticMembership] = []
        for event in events where date.map({ event.effective <= $0 }) ?? true {
            for step in event.steps { step.apply(to: &record, memberships: &memberships) }
            if event.steps.contains(.archive) { record = record.map(Self.archived) }
        }
        return (record, memberships)
    }

    /// `record` with status archived. The status setter is the register's own; build the value
    /// through the public subscript.
    private static func archived(_ record: MemberRecord) -> MemberRecord {
        var copy = record
        copy[.status] = MemberStatus.archived.rawValue
        return copy
    }
}
