import UnitedFront

/// What the people generated so far leave for the people after them: the enterprises a later 高管
/// may work in, the 华侨 and 归侨 a later 侨眷 may be a relative of (with the family's household), the
/// organisation chairs already taken, and the counters that number enterprises and households and
/// keep credit codes unique. Person *n* reads only what people before it left, so a smaller population
/// is still a prefix of a larger one. The lists keep the latest notes per district only, so that
/// streaming a million people stays within a small memory.
struct EntityLedger: Sendable {
    /// An enterprise someone else may hold a role in.
    struct Enterprise: Sendable {
        var index: Int
        var regionCode: String
        var name: String
        /// When the changeset that adds it was recorded.
        var recordedAt: Timestamp
    }

    /// A household of an overseas family.
    struct Household: Sendable {
        var index: Int
        var recordedAt: Timestamp
        /// Whether the 户主 is the 华侨/归侨 themself.
        var headIsAnchor: Bool
        /// The 户主's generation relative to the 华侨/归侨 (0 for the same, 1 for a parent, -1 for a child).
        var headGeneration: Int
        /// Whether the 户主 is a sibling (or the 华侨/归侨 themself).
        var headIsSibling: Bool
        var headSex: String
        var headBirthYear: Int
    }

    /// A 华侨 or 归侨.
    struct Anchor: Sendable {
        var person: Int
        var regionCode: String
        var name: String
        var sex: String
        var birthYear: Int
        /// `HUAQIAO` or `GUIQIAO` when registered.
        var type: String
        /// Where they live(d) abroad.
        var country: String
        /// When the registration was recorded.
        var recordedAt: Timestamp
        var household: Household?
    }

    private(set) var enterprises: [Enterprise] = []
    private(set) var anchors: [Anchor] = []
    /// The next enterprise and household numbers.
    var nextEnterprise = 0
    var nextHousehold = 0
    /// The number of credit codes issued.
    var creditCodes = 0
    /// Organisations whose chair (主席) of the current term is taken.
    var chairs: Set<Int> = []

    /// How many notes of each kind a district keeps.
    static let kept = 400

    mutating func note(_ enterprise: Enterprise) {
        enterprises.append(enterprise)
        if enterprises.count > Self.kept * 8 { enterprises.removeFirst(Self.kept) }
    }

    mutating func note(_ anchor: Anchor) {
        anchors.append(anchor)
        if anchors.count > Self.kept * 8 { anchors.removeFirst(Self.kept) }
    }

    /// Records that the family of anchor `person` now has `household`.
    mutating func setHousehold(_ household: Household, of person: Int) {
        if let index = anchors.lastIndex(where: { $0.person == person }) { anchors[index].household = household }
    }

    /// A credit code (GB 32100) for an enterprise registered in district `region`: `91` (市场监管, 企业),
    /// the district code, a 9-character body unique in the population, and the check character.
    mutating func creditCode(region: String, seed: UInt64) -> String {
        let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
        let space: UInt64 = 27_512_614_111  // 31^7
        var value = (UInt64(creditCodes) &* 2_654_435_761 &+ seed % space) % space
        creditCodes += 1
        var body: [Character] = []
        for _ in 0..<7 {
            body.append(alphabet[Int(value % 31)])
            value /= 31
        }
        let first17 = Array("91" + region + "MA") + body.reversed()
        let values = first17.map { alphabet.firstIndex(of: $0)! }
        let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
        let sum = zip(values, weights).reduce(0) { $0 + $1.0 * $1.1 }
        return String(first17) + String(alphabet[(31 - sum % 31) % 31])
    }
}
