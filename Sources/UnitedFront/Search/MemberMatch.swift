/// A member found by ``RegisterSnapshot/searchMembers(_:limit:)``: who, by which text, and how well.
public struct MemberMatch: Sendable, Hashable {
    /// The member.
    public var member: MemberID
    /// The member's current name.
    public var name: String
    /// The text that matched, as written: the name, a former name or a work unit (for a pinyin match,
    /// the name whose pinyin matched).
    public var matchedText: String
    /// Which of the member's texts matched.
    public var field: NameMatchField
    /// How well: results come best first.
    public var rank: NameMatchRank

    /// A match; the register makes these.
    public init(member: MemberID, name: String, matchedText: String, field: NameMatchField, rank: NameMatchRank) {
        self.member = member
        self.name = name
        self.matchedText = matchedText
        self.field = field
        self.rank = rank
    }
}
