/// How one field's value is shown when it leaves the register: in full, partly hidden, or not at all.
///
/// The patterns follow common Chinese practice (no pattern is mandated by law; see DOMAIN.md,
/// "Personal information"): ID numbers keep the first 6 and last 4 characters, mobiles the first 3 and
/// last 4, names their first character, addresses their first few characters. Apply a rule with
/// ``apply(to:)`` or through a ``MaskingPolicy``.
///
/// **Threading.** A value type: `Sendable`.
public enum MaskingRule: Hashable, Sendable, CustomStringConvertible {
    /// The value in full.
    case reveal
    /// Keeps `prefix` leading and `suffix` trailing characters and replaces each character between
    /// them with `*`: `150102********1234`, `138****8000`. A value too short to hide anything is
    /// replaced by `*`s entirely.
    case keepEnds(prefix: Int, suffix: Int)
    /// Keeps `count` leading characters, then writes `****` whatever the length: `呼和浩特市****`.
    /// Used for addresses, whose length itself says something.
    case keepPrefix(Int)
    /// Replaces the whole value with `***`.
    case redact

    /// The value as this rule shows it; the empty string stays empty.
    public func apply(to value: String) -> String {
        guard !value.isEmpty else { return value }
        switch self {
        case .reveal:
            return value
        case .keepEnds(let prefix, let suffix):
            let characters = Array(value)
            let kept = max(0, prefix) + max(0, suffix)
            guard characters.count > kept else { return String(repeating: "*", count: characters.count) }
            return String(characters.prefix(max(0, prefix)))
                + String(repeating: "*", count: characters.count - kept)
                + String(characters.suffix(max(0, suffix)))
        case .keepPrefix(let count):
            let characters = Array(value)
            guard characters.count > count else {
                return String(characters.prefix(max(0, min(count, characters.count - 1)))) + "****"
            }
            return String(characters.prefix(max(0, count))) + "****"
        case .redact:
            return "***"
        }
    }

    /// Whether the rule hides anything.
    public var masks: Bool { self != .reveal }

    /// `keep 6+4`, `keep first 6`, `reveal`, `redact`: for the export log.
    public var description: String {
        switch self {
        case .reveal: "reveal"
        case .keepEnds(let prefix, let suffix): "keep \(prefix)+\(suffix)"
        case .keepPrefix(let count): "keep first \(count)"
        case .redact: "redact"
        }
    }
}
