import UnitedFront

/// Writes synthetic events into a register in global recorded order, one changeset per event, and
/// keeps track of the ids the registrations return.
enum HistoryWriter {
    /// Writes `events` (any order; they are sorted here) for `personCount` people and returns each
    /// person's id by index.
    /// - Throws: the register's errors; ``UnitedFront/RegisterError/recordedBeforeLatest(recordedAt:latest:)``
    ///   when the register already holds a later changeset and `recording` is ``Recording/asGenerated``.
    static func write(_ events: [SyntheticEvent], personCount: Int, to register: Register,
                      recording: Recording) throws -> [MemberID] {
        var ids = [MemberID?](repeating: nil, count: personCount)
        for event in events.sorted(by: SyntheticEvent.precedes) {
            var attribution = event.attribution
            if recording == .registerClock { attribution.recordedAt = nil }
            let known = ids[event.person]
            ids[event.person] = try register.write(by: attribution) { transaction in
                try event.apply(to: transaction, member: known)
            }
        }
        return ids.enumerated().map { index, id in
            guard let id else { preconditionFailure("person \(index) has no registration event") }
            return id
        }
    }
}
