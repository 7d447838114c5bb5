import UnitedFront

/// Writes synthetic events into a register in global recorded order, one changeset per event, and
/// keeps track of the ids the registrations, org units and dated records get.
enum HistoryWriter {
    /// The org units to establish before any event, in one changeset.
    struct Units {
        var units: [SyntheticOrgUnit]
        var effective: LocalDate
        var attribution: Attribution
    }

    /// Writes `units` (if any), then `events` (any order; they are sorted here) for `personCount` people,
    /// and returns each person's id by index and each unit's id by index.
    /// - Throws: the register's errors; ``UnitedFront/RegisterError/recordedBeforeLatest(recordedAt:latest:)``
    ///   when the register already holds a later changeset and `recording` is ``Recording/asGenerated``.
    static func write(_ events: [SyntheticEvent], personCount: Int, units: Units? = nil, to register: Register,
                      recording: Recording) throws -> (members: [MemberID], orgUnits: [OrgUnitID]) {
        var unitIDs: [OrgUnitID] = []
        if let units, !units.units.isEmpty {
            var attribution = units.attribution
            if recording == .registerClock { attribution.recordedAt = nil }
            unitIDs = try register.write(by: attribution) { transaction in
                var ids: [OrgUnitID] = []
                for unit in units.units { ids.append(try transaction.addOrgUnit(unit.record(parentIDs: ids), effective: units.effective)) }
                return ids
            }
        }
        var ids = [MemberID?](repeating: nil, count: personCount)
        var records = [[Int: Int64]](repeating: [:], count: personCount)
        for event in events.sorted(by: SyntheticEvent.precedes) {
            var attribution = event.attribution
            if recording == .registerClock { attribution.recordedAt = nil }
            let known = ids[event.person]
            var keys = records[event.person]
            ids[event.person] = try register.write(by: attribution) { transaction in
                try event.apply(to: transaction, member: known, orgUnits: unitIDs, records: &keys)
            }
            records[event.person] = keys
        }
        let members = ids.enumerated().map { index, id in
            guard let id else { preconditionFailure("person \(index) has no registration event") }
            return id
        }
        return (members, unitIDs)
    }
}
