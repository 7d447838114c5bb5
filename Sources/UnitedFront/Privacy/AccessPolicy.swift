/// Masking as a policy over field × purpose × role: which ``MaskingRule`` each member field (and the
/// category-membership pseudo-field) gets when a ``RegisterView`` hands data to a reader.
///
/// A policy is a list of ``Rule``s. Each names what it covers (a ``FieldSensitivity`` class or one
/// ``MemberField``), optionally a role and a purpose, and the masking. For a field, role and purpose the
/// most specific matching rule wins: a rule naming the field beats one naming its class; then a rule
/// naming role and purpose beats one naming the role, which beats one naming the purpose, which beats
/// one naming neither; among equals the later rule wins. A field no rule covers is revealed.
///
/// ``standard`` is built from ``MaskingPolicy/standard`` and ``MaskingPolicy/defaultPolicies``: for the
/// officer, leader and street-clerk roles, ``maskingPolicy(role:purpose:)`` is exactly
/// ``MaskingPolicy/policy(for:)`` of the purpose, so the export path reads the same through a view.
///
/// | class | every role | `statistics` purpose | `auditor` role |
/// |---|---|---|---|
/// | identifier | keep 6+4 | | redact |
/// | contact | 手机 keep 3+4, 电子邮箱 keep first 2 | | redact |
/// | location | keep first 6 | | redact |
/// | special | redact | | redact |
/// | political | reveal | | reveal |
/// | membership | reveal | | reveal |
/// | personal | reveal | 姓名 keep 1, 曾用名 and 备注 redact | 姓名 keep 1, 曾用名 and 备注 redact |
/// | general | reveal | | reveal |
///
/// **Threading.** A value type: `Sendable`.
public struct AccessPolicy: Hashable, Sendable {
    /// What a rule covers: a class of fields or one field.
    public enum Subject: Hashable, Sendable, CustomStringConvertible {
        /// Every field of the class (``FieldSensitivity/membership``: the categories).
        case sensitivity(FieldSensitivity)
        /// One field.
        case field(MemberField)

        /// `identifier`, `field:mobile`.
        public var description: String {
            switch self {
            case .sensitivity(let sensitivity): sensitivity.rawValue
            case .field(let field): "field:\(field.rawValue)"
            }
        }
    }

    /// One line of the policy: the masking of `subject` for `role` (nil: any) and `purpose` (nil: any).
    public struct Rule: Hashable, Sendable {
        /// The fields covered.
        public var subject: Subject
        /// The role it applies to; nil for every role.
        public var role: AccessRole?
        /// The purpose it applies to; nil for every purpose.
        public var purpose: DisclosurePurpose?
        /// How the values are shown.
        public var masking: MaskingRule

        /// A rule.
        public init(_ subject: Subject, role: AccessRole? = nil, purpose: DisclosurePurpose? = nil, masking: MaskingRule) {
            self.subject = subject
            self.role = role
            self.purpose = purpose
            self.masking = masking
        }

        func specificity(for field: MemberField?, role: AccessRole, purpose: DisclosurePurpose) -> Int? {
            switch subject {
            case .field(let named): guard named == field else { return nil }
            case .sensitivity(let sensitivity):
                guard sensitivity == (field.map(FieldSensitivity.of) ?? .membership) else { return nil }
            }
            if let own = self.role, own != role { return nil }
            if let own = self.purpose, own != purpose { return nil }
            var score = 0
            if case .field = subject { score += 4 }
            if self.role != nil { score += 2 }
            if self.purpose != nil { score += 1 }
            return score
        }
    }

    /// The rules, in order (later rules win among equally specific ones).
    public var rules: [Rule]

    /// A policy of these rules.
    public init(rules: [Rule]) { self.rules = rules }

    /// The masking of `field` for `role` and `purpose`: the most specific matching rule's, or
    /// ``MaskingRule/reveal`` when none matches.
    public func rule(for field: MemberField, role: AccessRole, purpose: DisclosurePurpose) -> MaskingRule {
        winner(for: field, role: role, purpose: purpose)
    }

    /// The masking of category membership (the pseudo-field) for `role` and `purpose`: anything but
    /// ``MaskingRule/reveal`` hides the categories a member is in (``Member/categories`` is empty, and
    /// membership changes read `***`).
    public func membershipRule(role: AccessRole, purpose: DisclosurePurpose) -> MaskingRule {
        winner(for: nil, role: role, purpose: purpose)
    }

    /// The member-field part of the policy for `role` and `purpose`, as a ``MaskingPolicy`` (what
    /// exports and ``MaskingPolicy/apply(to:)`` take).
    public func maskingPolicy(role: AccessRole, purpose: DisclosurePurpose) -> MaskingPolicy {
        MaskingPolicy(rules: Dictionary(uniqueKeysWithValues: MemberField.allCases.map {
            ($0, rule(for: $0, role: role, purpose: purpose))
        }))
    }

    private func winner(for field: MemberField?, role: AccessRole, purpose: DisclosurePurpose) -> MaskingRule {
        var best: (score: Int, masking: MaskingRule)?
        for rule in rules {
            guard let score = rule.specificity(for: field, role: role, purpose: purpose) else { continue }
            if best == nil || score >= best!.score { best = (score, rule.masking) }
        }
        return best?.masking ?? .reveal
    }

    /// The documented default (see the table above), consistent with ``MaskingPolicy/standard``: for every
    /// role but ``AccessRole/auditor`` and every purpose, ``maskingPolicy(role:purpose:)`` equals
    /// ``MaskingPolicy/policy(for:)``.
    public static let standard: AccessPolicy = {
        var rules: [Rule] = [
            Rule(.sensitivity(.identifier), masking: Masking.documentNumberRule),
            Rule(.sensitivity(.contact), masking: Masking.mobileRule),
            Rule(.field(.email), masking: Masking.emailRule),
            Rule(.sensitivity(.location), masking: Masking.addressRule),
            Rule(.sensitivity(.special), masking: .redact),
            Rule(.sensitivity(.political), masking: .reveal),
            Rule(.sensitivity(.membership), masking: .reveal),
            Rule(.sensitivity(.personal), masking: .reveal),
            Rule(.sensitivity(.general), masking: .reveal),
        ]
        // Purposes with a default policy of their own: their differences from the standard, field by field.
        for (purpose, policy) in MaskingPolicy.defaultPolicies.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            for field in MemberField.allCases where policy.rule(for: field) != MaskingPolicy.standard.rule(for: field) {
                rules.append(Rule(.field(field), purpose: purpose, masking: policy.rule(for: field)))
            }
        }
        for sensitivity in [FieldSensitivity.identifier, .contact, .location, .special] {
            rules.append(Rule(.sensitivity(sensitivity), role: .auditor, masking: .redact))
        }
        rules.append(Rule(.field(.email), role: .auditor, masking: .redact))
        rules.append(Rule(.field(.name), role: .auditor, masking: Masking.nameRule))
        rules.append(Rule(.field(.formerNames), role: .auditor, masking: .redact))
        rules.append(Rule(.field(.notes), role: .auditor, masking: .redact))
        return AccessPolicy(rules: rules)
    }()
}
