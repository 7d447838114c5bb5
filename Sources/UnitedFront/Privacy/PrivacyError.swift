/// An export the register refuses to make or to log. Nothing was disclosed and nothing was logged.
///
/// **Threading.** A value type: `Sendable`.
public enum PrivacyError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The masking policy reveals what the standard policy hides, and no reason was given.
    case unmaskedWithoutReason(MaskingPolicy)
    /// Every export names who made it.
    case missingActor

    /// An English sentence for logs and the CLI.
    public var description: String {
        switch self {
        case .unmaskedWithoutReason:
            "an unmasked export needs a reason (who approved it, for what)"
        case .missingActor:
            "an export needs an actor"
        }
    }
}
