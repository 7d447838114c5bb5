import UnitedFront

/// Writes synthetic events into a register in global recorded order, one changeset per event, and
/// keeps track of the ids the registrations, org units, organisations, enterprises, households,
/// engagements and dated records get.
enum HistoryWriter {
    /// The org units to establish before any event, in one changeset.
    struct Units {
        var units: [SyntheticOrgUnit]
        var effective: LocalDate
        var attribution: Attribution
    }

    /// The organisations, and the changesets that establish them and run their 换届.
    struct Organisations {
        var organisations: [SyntheticOrganisation]
        var events: [OrganisationEvent]
    }

    /// What was written: ids by index.
    struct Written {
        var members: [MemberID]
        var context: WriteContext
    }

    /// Writes `units` (if any), then `events` (any order; they are sorted here) for `personCount` people
    /// merged with the organisations' and the engagements' changesets by recorded time (those first), and
    /// returns the ids by index.
    /// - Throws: the register's errors; ``UnitedFront/RegisterError/recordedBeforeLatest(recordedAt:latest:)``
    ///   when the register already holds a later changeset and `recording` is ``Recording/asGenerated``.
    static func write(_ events: [SyntheticEvent], personCount: Int, units: Units? = nil, organisations: Organisations? = nil,
                      engagements: [SyntheticEngagement] = [], to register: Register, recording: Recording) throws -> Written {
        var context = WriteContext()
        context.members = [MemberID?](repeating: nil, count: personCount)
        if let units, !units.units.isEmpty {
            var attribution = units.attribution
            if recording == .registerClock { attribution.recordedAt = nil }
            context.orgUnits = try register.write(by: attribution) { transaction in
                var ids: [OrgUnitID] = []
                for unit in units.units { ids.append(try transaction.addOrgUnit(unit.record(parentIDs: ids), effective: units.effective)) }
                return ids
            }
        }
        // The changesets of organisations and engagements, by recorded time (an organisation's before an
        // engagement's at the same time; an engagement's outcome is always recorded after the engagement).
        enum Changeset {
            case organisation(OrganisationEvent)
            case engagement(SyntheticEngagement)
            case outcome(SyntheticEngagement)

            var attribution: Attribution {
                switch self {
                case .organisation(let event): event.attribution
                case .engagement(let engagement): engagement.attribution
                case .outcome(let engagement): engagement.outcome!.attribution
                }
            }

            var order: (Timestamp, Int, Int, Int) {
                switch self {
                case .organisation(let event): (attribution.recordedAt!, 0, event.effective.daysSince1970, 0)
                case .engagement(let engagement): (attribution.recordedAt!, 1, engagement.id, 0)
                case .outcome(let engagement): (attribution.recordedAt!, 1, engagement.id, 1)
                }
            }
        }
        let changesets = (organisations?.events ?? []).map(Changeset.organisation)
            + engagements.map(Changeset.engagement) + engagements.filter { $0.outcome != nil }.map(Changeset.outcome)
        var pending = changesets.sorted { $0.order < $1.order }[...]
        func flush(through time: Timestamp?) throws {
            while let next = pending.first, time.map({ next.attribution.recordedAt! <= $0 }) ?? true {
                pending.removeFirst()
                var attribution = next.attribution
                if recording == .registerClock { attribution.recordedAt = nil }
                try register.write(by: attribution) { transaction in
                    switch next {
                    case .organisation(let event):
                        try event.apply(to: transaction, organisations: organisations!.organisations, context: &context)
                    case .engagement(let engagement): try engagement.add(in: transaction, context: &context)
                    case .outcome(let engagement): try engagement.applyOutcome(in: transaction, context: context)
                    }
                }
            }
        }
        var records = [[Int: Int64]](repeating: [:], count: personCount)
        for event in events.sorted(by: SyntheticEvent.precedes) {
            try flush(through: event.recordedAt)
            var attribution = event.attribution
            if recording == .registerClock { attribution.recordedAt = nil }
            let known = context.members[event.person]
            var keys = records[event.person]
            context.members[event.person] = try register.write(by: attribution) { transaction in
                try event.apply(to: transaction, member: known, context: &context, records: &keys)
            }
            records[event.person] = keys
        }
        try flush(through: nil)
        let members = context.members.enumerated().map { index, id in
            guard let id else { preconditionFailure("person \(index) has no registration event") }
            return id
        }
        return Written(members: members, context: context)
    }
}
