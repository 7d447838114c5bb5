/// The kinds of ``DatedRecord``: each has its own pair of tables (`post` and `post_history` …) and a
/// Chinese name for timelines and reports.
public struct RecordKind: Hashable, Sendable, CustomStringConvertible {
    /// The table name: `post`, `arrangement`, `pool_entry`, `cultivation`, `party_membership`, `overseas`,
    /// `new_stratum`, `relation`, `honour`.
    public let id: String
    /// The Chinese name: 任职, 政治安排, 后备干部, 培养, 民主党派, 侨情, 新的社会阶层, 社会关系, 表彰 (任职
    /// rather than 职务, which names the
    /// member field that follows the posts).
    public let name: String

    /// The Chinese name.
    public var description: String { name }

    /// 任职 (a post held): ``PostRecord``.
    public static let post = RecordKind(id: "post", name: "任职")
    /// 政治安排: ``ArrangementRecord``.
    public static let arrangement = RecordKind(id: "arrangement", name: "政治安排")
    /// 后备干部: ``PoolRecord``.
    public static let poolEntry = RecordKind(id: "pool_entry", name: "后备干部")
    /// 培养: ``CultivationRecord``.
    public static let cultivation = RecordKind(id: "cultivation", name: "培养")
    /// 民主党派: ``PartyMembershipRecord``.
    public static let partyMembership = RecordKind(id: "party_membership", name: "民主党派")

    /// 侨情: ``OverseasRecord``.
    public static let overseas = RecordKind(id: "overseas", name: "侨情")
    /// 新的社会阶层人士: ``NewStratumRecord``.
    public static let newStratum = RecordKind(id: "new_stratum", name: "新的社会阶层")

    /// 亲属及社会关系: ``RelationRecord``.
    public static let relation = RecordKind(id: "relation", name: "社会关系")
    /// 表彰: ``HonourRecord``.
    public static let honour = RecordKind(id: "honour", name: "表彰")

    /// Every kind, in the order above.
    public static let all: [RecordKind] = [
        .post, .arrangement, .poolEntry, .cultivation, .partyMembership, .overseas, .newStratum, .relation, .honour,
    ]
}
