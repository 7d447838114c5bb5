/// Which ``MaskingRule`` applies to each member field when records leave the register: the field axis
/// of the masking design (the purpose axis is ``DisclosurePurpose``; ``policy(for:)`` joins them).
///
/// Exports are masked by default (``standard``): document numbers keep the first 6 and last 4
/// characters (`150102********1234`), mobiles the first 3 and last 4 (`138****8000`), addresses the
/// first 6 characters then `****`, e-mail the first 2. A policy weaker than ``standard`` on any of those
/// fields counts as *unmasked*: ``Register/exportMembers(_:_:)`` refuses it without a reason and the
/// export log records it as unmasked.
///
/// ```swift
/// let policy = MaskingPolicy.policy(for: .statistics)
/// let shown = policy.apply(to: member.record)     // shown.documentNumber == "150102********1234"
/// ```
///
/// **Threading.** A value type: `Sendable`.
public struct MaskingPolicy: Hashable, Sendable, CustomStringConvertible {
    /// The rule for each field; a field without one is revealed.
    public var rules: [MemberField: MaskingRule]

    /// A policy with these rules; fields without a rule are revealed.
    public init(rules: [MemberField: MaskingRule]) {
        self.rules = rules.filter { $0.value != .reveal }
    }

    /// The rule for `field` (``MaskingRule/reveal`` when the policy has none).
    public func rule(for field: MemberField) -> MaskingRule { rules[field] ?? .reveal }

    /// The record with each field masked by its rule. Coded fields are masked as codes; callers that
    /// show names should mask after translating (see ``apply(_:to:)``).
    public func apply(to record: MemberRecord) -> MemberRecord {
        var masked = record
        for (field, rule) in rules { masked[field] = record[field].map(rule.apply(to:)) }
        return masked
    }

    /// `value` of `field` as this policy shows it.
    public func apply(_ field: MemberField, to value: String?) -> String? { value.map(rule(for: field).apply(to:)) }

    /// Whether the policy hides at least what ``standard`` hides, field by field: the meaning of
    /// "masked" in the export log.
    public var isMasked: Bool {
        Self.standard.rules.keys.allSatisfy { rule(for: $0) != .reveal }
    }

    /// `document_number: keep 6+4; mobile: keep 3+4; …` in field order, or `unmasked`.
    public var description: String {
        let parts = MemberField.allCases.compactMap { field in rules[field].map { "\(field.rawValue): \($0)" } }
        return parts.isEmpty ? "unmasked" : parts.joined(separator: "; ")
    }

    /// The default for exports: document numbers 6+4, mobiles 3+4, addresses first 6, e-mail first 2;
    /// religious belief, 教职 and 宗教活动场所 (sensitive personal information, PIPL Art. 28) redacted.
    public static let standard = MaskingPolicy(rules: [
        .documentNumber: Masking.documentNumberRule,
        .mobile: Masking.mobileRule,
        .address: Masking.addressRule,
        .email: Masking.emailRule,
        .religion: .redact,
        .clergyPost: .redact,
        .venue: .redact,
    ])

    /// Everything in full. Exports with it need a reason and are logged as unmasked.
    public static let unmasked = MaskingPolicy(rules: [:])

    /// The default policy of each built-in purpose.
    public static let defaultPolicies: [DisclosurePurpose: MaskingPolicy] = [
        .workList: standard,
        .transfer: standard,
        .statistics: MaskingPolicy(rules: standard.rules.merging([
            .name: Masking.nameRule,
            .formerNames: .redact,
            .notes: .redact,
        ]) { $1 }),
    ]

    /// The default policy for `purpose`: its entry in ``defaultPolicies``, or ``standard`` for a
    /// purpose without one, so that an unknown purpose is never less masked than a work list.
    public static func policy(for purpose: DisclosurePurpose) -> MaskingPolicy {
        defaultPolicies[purpose] ?? standard
    }
}
