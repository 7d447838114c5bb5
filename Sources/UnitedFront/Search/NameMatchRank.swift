/// How well a name search matched, best first: the order of ``MemberMatch`` and ``EnterpriseMatch``
/// results (ties in pinyin order of the current name, then by id).
public enum NameMatchRank: Int, Sendable, Hashable, Comparable, CaseIterable, Codable {
    /// The current name is the text (after folding: 乌云·其木格 is 乌云其木格, 陳 is 陈).
    case exactName = 0
    /// The current name begins with the text.
    case namePrefix
    /// The current name contains the text.
    case nameSubstring
    /// An earlier name or a 曾用名 is the text.
    case exactFormerName
    /// An earlier name or a 曾用名 contains the text.
    case formerName
    /// The pinyin of a name (full or initials) begins with the text.
    case pinyinPrefix
    /// The pinyin of a name contains the text.
    case pinyinSubstring
    /// A work unit contains the text.
    case workUnit

    /// The field a match of this rank is in: the name, a former name, the pinyin of a name or a work unit.
    public var field: NameMatchField {
        switch self {
        case .exactName, .namePrefix, .nameSubstring: .name
        case .exactFormerName, .formerName: .formerName
        case .pinyinPrefix, .pinyinSubstring: .pinyin
        case .workUnit: .workUnit
        }
    }

    /// Orders by raw value: best first.
    public static func < (lhs: NameMatchRank, rhs: NameMatchRank) -> Bool { lhs.rawValue < rhs.rawValue }
}
