/// The state of one read or write through a ``RegisterView``: the scope's subtree on each date (cached),
/// the masking, and the unmasked reads to log when the read ends.
///
/// The scope rule is the one `under root:` parameters and ``MemberFilter/under(_:)`` use: a member is
/// inside on date D as known at K when the org unit owning them on D (as known at K) is the scope's unit
/// or below it in the tree as it stood on D (as known at K).
///
/// **Threading.** Not `Sendable`: one per read or write, on its thread.
final class ViewSession {
    let grant: AccessGrant
    let masking: ViewMasking
    let reason: String?
    private(set) var pending: [AccessEvent] = []
    private var subtrees: [SubtreeKey: Set<OrgUnitID>] = [:]

    private struct SubtreeKey: Hashable {
        let date: LocalDate
        let knownAt: Timestamp?
    }

    init(grant: AccessGrant, masking: ViewMasking, reason: String?) {
        self.grant = grant
        self.masking = masking
        self.reason = reason
    }

    var scope: OrgUnitID? { grant.scope }

    /// The units of the scope's subtree on `date` as known at `knownAt`; nil for a view of the whole register.
    func units(_ base: RegisterSnapshot, on date: LocalDate, knownAt: Timestamp?) throws -> Set<OrgUnitID>? {
        guard let scope else { return nil }
        let key = SubtreeKey(date: date, knownAt: knownAt)
        if let cached = subtrees[key] { return cached }
        let units = Set(try base.orgUnits(under: scope, asOf: date, knownAt: knownAt).map(\.id))
        subtrees[key] = units
        return units
    }

    /// Forgets the subtrees read so far (a write may have changed the tree).
    func forgetUnits() { subtrees = [:] }

    /// Whether `unit` lies in the scope's subtree on `date` (always, for a view of the whole register).
    func contains(unit: OrgUnitID?, _ base: RegisterSnapshot, on date: LocalDate, knownAt: Timestamp?) throws -> Bool {
        guard let units = try units(base, on: date, knownAt: knownAt) else { return true }
        return unit.map(units.contains) ?? false
    }

    /// Whether `member`, read as of `date` (nil: not registered then), is inside the scope that day.
    func contains(_ member: Member?, _ base: RegisterSnapshot, on date: LocalDate, knownAt: Timestamp?) throws -> Bool {
        guard let member else { return false }
        return try contains(unit: member.record.orgUnit, base, on: date, knownAt: knownAt)
    }

    /// Whether the member `id` is inside the scope on `date` as known at `knownAt`.
    func contains(_ id: MemberID, _ base: RegisterSnapshot, on date: LocalDate, knownAt: Timestamp?) throws -> Bool {
        if scope == nil { return true }
        return try contains(try base.member(id, asOf: date, knownAt: knownAt), base, on: date, knownAt: knownAt)
    }

    /// ``RegisterError/outsideScope(subject:scope:)`` for `subject`.
    func outside(_ subject: String) -> RegisterError {
        RegisterError.outsideScope(subject: subject, scope: scope ?? OrgUnitID(rawValue: 0))
    }

    /// Ends one read call: the members whose revealed fields it handed out become one access-log event.
    func endCall(_ detail: @autoclosure () -> String) {
        let disclosed = masking.takeDisclosures()
        guard !disclosed.isEmpty else { return }
        let fields = MemberField.allCases.filter { field in disclosed.values.contains { $0.contains(field) } }
        pending.append(AccessEvent(actor: grant.actor, role: grant.role.rawValue, purpose: grant.purpose,
                                   action: .unmaskedRead, fields: fields, members: disclosed.keys.sorted(),
                                   reason: reason, detail: scopeNote + "; " + detail()))
    }

    /// `scope=2; role=street_clerk`: how the log describes the view.
    var scopeNote: String {
        "scope=" + (scope.map { String($0.rawValue) } ?? "all") + "; role=\(grant.role.rawValue)"
    }

    /// The events collected, cleared.
    func takePending() -> [AccessEvent] {
        defer { pending = [] }
        return pending
    }
}
