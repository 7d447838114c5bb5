/// What a ``RegisterView`` shows of each value it hands out: the grant's masking (from its
/// ``AccessPolicy``) with the fields it reveals, applied to every kind of result a read returns, and a
/// note of every member whose revealed field it handed out unmasked (for the access log).
///
/// **Threading.** A class that accumulates notes: use it on one thread (inside one read).
final class ViewMasking {
    /// The masking of the grant's role and purpose, before any field is revealed.
    let base: MaskingPolicy
    /// What is shown: ``base`` with the revealed fields in full.
    let shown: MaskingPolicy
    /// Whether category memberships are hidden.
    let hidesMemberships: Bool
    /// The revealed fields that ``base`` would mask: the ones whose disclosure is logged.
    let loggedFields: Set<MemberField>
    /// Members whose logged fields were handed out since the last ``takeDisclosures()``.
    private(set) var disclosed: [MemberID: Set<MemberField>] = [:]

    init(base: MaskingPolicy, revealed: Set<MemberField>, hidesMemberships: Bool) {
        self.base = base
        var rules = base.rules
        for field in revealed { rules[field] = nil }
        self.shown = MaskingPolicy(rules: rules)
        self.hidesMemberships = hidesMemberships
        self.loggedFields = Set(revealed.filter { base.rule(for: $0).masks })
    }

    /// The disclosures noted so far, cleared.
    func takeDisclosures() -> [MemberID: Set<MemberField>] {
        defer { disclosed = [:] }
        return disclosed
    }

    private func note(_ member: MemberID, _ field: MemberField, _ values: String?...) {
        guard loggedFields.contains(field), values.contains(where: { !($0 ?? "").isEmpty }) else { return }
        disclosed[member, default: []].insert(field)
    }

    /// The member as the view shows them.
    func member(_ member: Member) -> Member {
        var shownMember = member
        shownMember.record = shown.apply(to: member.record)
        if hidesMemberships { shownMember.categories = [] }
        for field in loggedFields { note(member.id, field, member.record[field]) }
        return shownMember
    }

    /// A member's name as the view shows it.
    func name(_ name: String, of member: MemberID) -> String {
        note(member, .name, name)
        return shown.apply(.name, to: name) ?? name
    }

    /// A change of `member` as the view shows it: field values by the field's rule (names included),
    /// the name of a registration by the name rule, membership changes hidden when memberships are.
    func change(_ change: ValueChange, of member: MemberID) -> ValueChange {
        let rule: MaskingRule
        switch change.subject {
        case .field(let field):
            note(member, field, change.from, change.to)
            rule = shown.rule(for: field)
        case .registration:
            note(member, .name, change.from, change.to)
            rule = shown.rule(for: .name)
        case .category, .categorySource, .categorySince:
            rule = hidesMemberships ? .redact : .reveal
        default:
            rule = .reveal
        }
        guard rule.masks else { return change }
        var masked = ValueChange(subject: change.subject, from: change.from.map(rule.apply(to:)), to: change.to.map(rule.apply(to:)),
                                 fromName: change.fromName.map(rule.apply(to:)), toName: change.toName.map(rule.apply(to:)),
                                 label: change.label)
        masked.reason = change.reason
        masked.reasonName = change.reasonName
        return masked
    }

    /// A timeline entry of `member` as the view shows it.
    func entry(_ entry: TimelineEntry, of member: MemberID) -> TimelineEntry {
        TimelineEntry(changeset: entry.changeset, kind: entry.kind, effectiveOn: entry.effectiveOn,
                      changes: entry.changes.map { change($0, of: member) })
    }

    /// A change event as the view shows it.
    func event(_ event: ChangeEvent) -> ChangeEvent {
        ChangeEvent(memberID: event.memberID, effectiveOn: event.effectiveOn, change: change(event.change, of: event.memberID))
    }

    /// Free text about a person held in a record (a relation's note): masked like 备注.
    func notes(_ text: String?, of member: MemberID) -> String? {
        note(member, .notes, text)
        return shown.apply(.notes, to: text)
    }

    /// An address held in a record (a household's 住址): masked like a member's 住址.
    func address(_ text: String?) -> String? { shown.apply(.address, to: text) }
}
