/// Writing engagements and their participants (see ``EngagementRecord`` and ``ParticipantRecord``):
/// an engagement is added like any record nobody holds, `add(_:effective:)` on its date; a participant is
/// added to it on the same date.
extension RegisterTransaction {
    /// Adds `participant` to `engagement`, dated the engagement's date, and returns its id.
    /// - Throws: ``ValidationError`` (no one or more than one named, a bad session, someone taking part
    ///   twice); ``RegisterError/recordNotFound(_:id:)`` for an unknown engagement, enterprise or household;
    ///   ``RegisterError/memberNotFound(_:)``; ``RegisterError/recordNotInForce(_:id:on:)`` for a withdrawn
    ///   engagement.
    @discardableResult
    public func add(_ participant: ParticipantRecord, to engagement: EngagementID) throws -> ParticipantID {
        try add(participant, for: engagement, effective: try date(of: engagement))
    }

    /// The engagement's date: the first day of its record.
    /// - Throws: ``RegisterError/recordNotFound(_:id:)``.
    func date(of engagement: EngagementID) throws -> LocalDate {
        guard let first = try recordHistory(EngagementRecord.self).rows(of: engagement.rawValue).first else {
            throw RegisterError.recordNotFound(.engagement, id: engagement.rawValue)
        }
        return try LocalDate.stored(first.validFrom)
    }
}
