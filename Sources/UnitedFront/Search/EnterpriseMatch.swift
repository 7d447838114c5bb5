/// An enterprise found by ``RegisterSnapshot/searchEnterprises(_:limit:)``: which, by which name, and how well.
public struct EnterpriseMatch: Sendable, Hashable {
    /// The enterprise.
    public var enterprise: EnterpriseID
    /// Its current name.
    public var name: String
    /// The name that matched, as written (for a pinyin match, the name whose pinyin matched).
    public var matchedText: String
    /// Which of its names matched.
    public var field: NameMatchField
    /// How well: results come best first.
    public var rank: NameMatchRank

    /// A match; the register makes these.
    public init(enterprise: EnterpriseID, name: String, matchedText: String, field: NameMatchField, rank: NameMatchRank) {
        self.enterprise = enterprise
        self.name = name
        self.matchedText = matchedText
        self.field = field
        self.rank = rank
    }
}
