/// 家庭成员及社会关系: what another person is to the member (GB/T 4761-2008 家庭关系代码, and two project codes).
///
/// A relation is read from the member's side: ``spouse`` says the other person is the member's spouse, ``father``
/// that the other person is the member's father. The list's group codes (10 配偶, 20 子, 30 女, 40 孙子女, 50 父母, 60
/// 祖父母, 70 兄弟姐妹, 80 其他) are the ``Code/parent`` of the detailed codes (11 夫, 51 父亲 …). ``qiaojuanBasis`` lists
/// the relations that make the member a 侨眷 of a 华侨 or 归侨.
///
/// A ``CodedValue``: a static member holds the code; text (a code, name or alias) is resolved by the
/// register. See the `relation` code list for every entry.
public struct Relation: CodedValue {
    /// The `relation` code list.
    public static let list: CodeListID = .relation
    /// The code, or text still to be resolved.
    public let rawValue: String

    /// Wraps a code, or text still to be resolved.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// 配偶 (`10`).
    public static let spouse: Relation = "10"

    /// 夫 (`11`).
    public static let husband: Relation = "11"

    /// 妻 (`12`).
    public static let wife: Relation = "12"

    /// 子 (`20`).
    public static let son: Relation = "20"

    /// 女婿 (`28`).
    public static let sonInLaw: Relation = "28"

    /// 女 (`30`).
    public static let daughter: Relation = "30"

    /// 儿媳 (`38`).
    public static let daughterInLaw: Relation = "38"

    /// 孙子、孙女或外孙子、外孙女 (`40`).
    public static let grandchild: Relation = "40"

    /// 孙子 (`41`).
    public static let grandson: Relation = "41"

    /// 孙女 (`42`).
    public static let granddaughter: Relation = "42"

    /// 外孙子 (`43`).
    public static let daughtersSon: Relation = "43"

    /// 外孙女 (`44`).
    public static let daughtersDaughter: Relation = "44"

    /// 父母 (`50`).
    public static let parent: Relation = "50"

    /// 父亲 (`51`).
    public static let father: Relation = "51"

    /// 母亲 (`52`).
    public static let mother: Relation = "52"

    /// 祖父母或外祖父母 (`60`).
    public static let grandparent: Relation = "60"

    /// 祖父 (`61`).
    public static let paternalGrandfather: Relation = "61"

    /// 祖母 (`62`).
    public static let paternalGrandmother: Relation = "62"

    /// 外祖父 (`63`).
    public static let maternalGrandfather: Relation = "63"

    /// 外祖母 (`64`).
    public static let maternalGrandmother: Relation = "64"

    /// 兄弟姐妹 (`70`).
    public static let sibling: Relation = "70"

    /// 兄 (`71`).
    public static let elderBrother: Relation = "71"

    /// 弟 (`73`).
    public static let youngerBrother: Relation = "73"

    /// 姐姐 (`75`).
    public static let elderSister: Relation = "75"

    /// 妹妹 (`77`).
    public static let youngerSister: Relation = "77"

    /// 其他 (`80`).
    public static let other: Relation = "80"

    /// 其他亲属 (`97`).
    public static let otherRelative: Relation = "97"

    /// 非亲属 (`99`).
    public static let nonRelative: Relation = "99"

    /// 有长期扶养关系的其他亲属 (`SUPPORTED_RELATIVE`).
    public static let supportedRelative: Relation = "SUPPORTED_RELATIVE"

    /// 介绍人 (`INTRODUCER`).
    public static let introducer: Relation = "INTRODUCER"

    /// The relations by which a member is a 侨眷 of a 华侨 or 归侨 (归侨侨眷权益保护法 第二条: the 华侨's or 归侨's spouse,
    /// parents, children and their spouses, siblings, grandparents, grandchildren, and other relatives with a
    /// long-term 扶养 relationship), written from the member's side: the codes saying what the 华侨 or 归侨 is to the
    /// member.
    ///
    /// The law lists the 侨眷 from the 华侨's side, so each relation turns round: the 华侨 is the member's spouse (10–12),
    /// child (20–27, 29, 30–37, 39: the member is the parent), parent (50–52, 57–59: the member is the child), parent-in-law
    /// (53–56: the member is the child's spouse), sibling (70, 71, 73, 75, 77, 79), grandchild (40–44, 49: the member is the
    /// grandparent), grandparent (60–64, 69) or ``supportedRelative``. Not included: 女婿 and 儿媳 (28, 38: the member
    /// would be the 华侨's parent-in-law), siblings' spouses (72, 74, 76, 78), grandchildren's spouses and
    /// great-grandchildren (45–48), a spouse's grandparents and great-grandparents (65–68), and 80–99.
    public static let qiaojuanBasis: [Relation] = [
        "10", "11", "12", "20", "21", "22", "23", "24", "25", "26", "27", "29",
        "30", "31", "32", "33", "34", "35", "36", "37", "39", "40", "41", "42",
        "43", "44", "49", "50", "51", "52", "53", "54", "55", "56", "57", "58",
        "59", "60", "61", "62", "63", "64", "69", "70", "71", "73", "75", "77",
        "79", "SUPPORTED_RELATIVE",
    ]
}
