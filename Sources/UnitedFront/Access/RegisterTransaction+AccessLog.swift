extension RegisterTransaction {
    /// Appends `event` to the access log inside this transaction, at ``now`` (never earlier than the
    /// latest entry): it commits with the transaction's writes or not at all. The entry is not part of
    /// the changeset (it records use of data, not a change), and an entry alone records no changeset.
    ///
    /// See ``Register/recordAccess(_:)`` for the chain and its limits.
    /// - Throws: ``RegisterError/missingActor`` for an empty actor; ``ValidationError`` on field `reason`
    ///   when the event reveals sensitive data (``AccessEvent/revealsUnmasked``) without one, or on
    ///   `actor`, `role`, `purpose`, `action` holding a control character, on `members` for an id below 1;
    ///   ``DatabaseError``.
    @discardableResult
    public func recordAccess(_ event: AccessEvent) throws -> AccessLogEntry {
        try AccessLog(connection: connection).append(event, at: now)
    }
}
