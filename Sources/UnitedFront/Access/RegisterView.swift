/// The register as one person may see it: scoped to an org-unit subtree, masked by an ``AccessPolicy``
/// for their role and purpose, writing under their name, and logging every unmasked read.
///
/// ``Register`` stays the trusted owner's handle (imports, migrations, sync). Applications that serve
/// people hand each of them a view:
///
/// ```swift
/// let view = try register.view(for: AccessGrant(actor: "锡林路街道 李干事", role: .streetClerk, scope: street))
/// let people = try view.read { try $0.members(asOf: "2024-06-30") }      // only the street, masked
/// try view.write(reason: "走访核实") { try $0.change(id, effective: "2024-07-01") { $0.post = "主任" } }
/// let full = try view.revealing([.mobile], reason: "走访前电话预约")           // each read that shows one is logged
/// ```
///
/// See ``ScopedSnapshot`` for the scope rule and what each read shows, ``ScopedTransaction`` for the
/// writes a view allows.
///
/// **Threading.** `Sendable`, immutable: share it. Its methods block like the register's; `async`
/// forms run off the cooperative pool. Don't call the view or its register from inside one of its
/// closures (``RegisterError/nestedAccess``).
///
/// **Errors.** As the register's, plus ``RegisterError/outsideScope(subject:scope:)`` for a member,
/// unit or enterprise outside the scope named directly, and ``PrivacyError`` for a reveal or an export
/// without a reason.
public final class RegisterView: Sendable {
    let register: Register
    /// Who reads, in what role, for what purpose, over which subtree.
    public let grant: AccessGrant
    /// The masking table.
    public let policy: AccessPolicy
    /// The fields this view shows in full although the policy masks them; every read call that hands
    /// one out is logged (``AccessAction/unmaskedRead``).
    public let revealedFields: Set<MemberField>
    /// Why the fields are revealed: logged with each unmasked read and export.
    public let revealReason: String?

    init(register: Register, grant: AccessGrant, policy: AccessPolicy, revealedFields: Set<MemberField>, revealReason: String?) {
        self.register = register
        self.grant = grant
        self.policy = policy
        self.revealedFields = revealedFields
        self.revealReason = revealReason
    }

    /// The masking of member fields this view applies: the policy's for the grant's role and purpose,
    /// with ``revealedFields`` in full.
    public var masking: MaskingPolicy { makeMasking().shown }

    /// Whether this view hides category memberships (``FieldSensitivity/membership``).
    public var hidesMemberships: Bool { policy.membershipRule(role: grant.role, purpose: grant.purpose).masks }

    /// The same view with `fields` (and the ones it already reveals) shown in full, for `reason`.
    ///
    /// Nothing is logged yet: each later read call that hands out a revealed field the policy masks logs
    /// one access-log entry (who, when, which fields, which members, why). Revealing a field the policy
    /// does not mask changes nothing and logs nothing.
    /// - Throws: ``PrivacyError/unmaskedWithoutReason(_:)`` when `reason` is empty or blank.
    public func revealing(_ fields: Set<MemberField>, reason: String) throws(PrivacyError) -> RegisterView {
        let reason = reason.trimmingSpaces()
        let all = revealedFields.union(fields)
        guard !reason.isEmpty else {
            throw PrivacyError.unmaskedWithoutReason(ViewMasking(base: basePolicy, revealed: all, hidesMemberships: false).shown)
        }
        return RegisterView(register: register, grant: grant, policy: policy, revealedFields: all, revealReason: reason)
    }

    var basePolicy: MaskingPolicy { policy.maskingPolicy(role: grant.role, purpose: grant.purpose) }

    func makeMasking() -> ViewMasking {
        ViewMasking(base: basePolicy, revealed: revealedFields, hidesMemberships: hidesMemberships)
    }

    // MARK: Reading and writing

    /// Runs `body` on one consistent, scoped and masked snapshot. When it returns (or throws), each of
    /// its read calls that handed out a revealed field is recorded in the access log.
    /// - Throws: whatever `body` throws; ``DatabaseError`` when the access log cannot be written (then
    ///   the result is not returned).
    public func read<T: Sendable>(_ body: (ScopedSnapshot) throws -> T) throws -> T {
        try read(logging: true, body)
    }

    func read<T: Sendable>(logging: Bool, _ body: (ScopedSnapshot) throws -> T) throws -> T {
        let session = ViewSession(grant: grant, masking: makeMasking(), reason: revealReason)
        let result: Result<T, any Error> = Result { try register.read { try body(ScopedSnapshot(base: $0, session: session)) } }
        if logging {
            for event in session.takePending() { try register.recordAccess(event) }
        }
        return try result.get()
    }

    /// Async form of ``read(_:)``.
    public func read<T: Sendable>(_ body: @escaping @Sendable (ScopedSnapshot) throws -> T) async throws -> T {
        try await register.perform { [self] _ in try self.read(body) }
    }

    /// Runs `body` as one changeset attributed to the grant's actor with `reason`, allowing only writes
    /// inside the scope (see ``ScopedTransaction``). Nothing is written when it throws.
    /// - Throws: whatever `body` throws; ``RegisterError/outsideScope(subject:scope:)`` from its writes.
    @discardableResult
    public func write<T: Sendable>(reason: String? = nil, _ body: (ScopedTransaction) throws -> T) throws -> T {
        let session = ViewSession(grant: grant, masking: makeMasking(), reason: revealReason)
        return try register.write(by: Attribution(actor: grant.actor, reason: reason)) { transaction in
            try body(ScopedTransaction(base: transaction, session: session))
        }
    }

    /// Async form of ``write(reason:_:)``.
    @discardableResult
    public func write<T: Sendable>(reason: String? = nil, _ body: @escaping @Sendable (ScopedTransaction) throws -> T) async throws -> T {
        try await register.perform { [self] _ in try self.write(reason: reason, body) }
    }

    // MARK: Export

    /// Hands the members `query` matches inside the view to `body`, one at a time, masked as the view
    /// masks (its policy for the grant, with the revealed fields), and records the export in the export
    /// log under the grant's actor and purpose, with the scope and role in its filter: the view's form of
    /// ``Register/exportMembers(_:_:)``. An export that reveals what ``MaskingPolicy/standard`` hides
    /// needs the view's reveal reason. The export is logged as an export, not as unmasked reads.
    /// - Returns: the log entry.
    /// - Throws: ``PrivacyError`` (nothing disclosed, nothing logged); as ``ScopedSnapshot/forEachMember(matching:_:)``;
    ///   whatever `body` throws (the export is logged first, as not completed).
    @discardableResult
    public func exportMembers(_ query: MemberQuery = MemberQuery(), format: String,
                              _ body: (Member) throws -> Void) throws -> ExportLogEntry {
        var request = ExportRequest(actor: grant.actor, format: format, asOf: query.asOf ?? register.today,
                                    purpose: grant.purpose, masking: masking, reason: revealReason,
                                    note: "scope=" + (grant.scope.map { String($0.rawValue) } ?? "all") + "; role=\(grant.role.rawValue)")
        request.knownAt = query.knownAt
        try request.validate()
        var count = 0
        var failure: (any Error)?
        do {
            try read(logging: false) { scoped in
                try scoped.forEachMember(matching: query) { member in
                    try body(member)
                    count += 1
                }
            }
        } catch {
            failure = error
        }
        let entry = try register.recordExport(request, rowCount: count, completed: failure == nil)
        if let failure { throw failure }
        return entry
    }
}

extension Register {
    /// A view of the register for one person: scoped to `grant.scope`'s subtree, masked by `policy` for
    /// the grant's role and purpose, writing under the grant's actor. See ``RegisterView``.
    /// - Throws: ``PrivacyError/missingActor`` for an empty or blank actor;
    ///   ``RegisterError/orgUnitNotFound(_:)`` when no org unit has the scope's id.
    public func view(for grant: AccessGrant, policy: AccessPolicy = .standard) throws -> RegisterView {
        guard !grant.actor.trimmingSpaces().isEmpty else { throw PrivacyError.missingActor }
        if let scope = grant.scope, try read({ try $0.orgUnit(scope) }) == nil { throw RegisterError.orgUnitNotFound(scope) }
        var grant = grant
        grant.actor = grant.actor.trimmingSpaces()
        return RegisterView(register: self, grant: grant, policy: policy, revealedFields: [], revealReason: nil)
    }
}
