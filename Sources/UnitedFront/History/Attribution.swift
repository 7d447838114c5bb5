/// Who makes a change, why, and from what source: recorded on the changeset of every write.
///
/// ```swift
/// let who = Attribution(actor: "统战部 张科员", reason: "2021年任命文件", source: "区委组织部")
/// ```
public struct Attribution: Hashable, Sendable {
    /// The person or process making the change; required.
    public var actor: String
    /// Why: a document number, an approval, "年度摸底".
    public var reason: String?
    /// Where the information came from: a unit, a file, an import.
    public var source: String?
    /// When the register learned it. Nil means now. Set it to enter records learned earlier (a paper
    /// archive, say) in the order they were learned: a changeset may not precede the latest one.
    public var recordedAt: Timestamp?

    /// Creates an attribution.
    public init(actor: String, reason: String? = nil, source: String? = nil, recordedAt: Timestamp? = nil) {
        self.actor = actor
        self.reason = reason
        self.source = source
        self.recordedAt = recordedAt
    }
}
