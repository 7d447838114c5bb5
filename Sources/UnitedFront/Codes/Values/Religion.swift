/// 宗教信仰, GA 214.12: a member's religious belief, sensitive personal information (PIPL Art. 28).
///
/// A ``CodedValue``: a static member holds the code; text (a code, name or alias) is resolved by the
/// register. See the `religion` code list.
public struct Religion: CodedValue {
    /// The `religion` code list.
    public static let list: CodeListID = .religion
    /// The code, or text still to be resolved.
    public let rawValue: String

    /// Wraps a code, or text still to be resolved.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// 无宗教信仰 (`00`).
    public static let noReligion: Religion = "00"
    /// 佛教 (`10`).
    public static let buddhism: Religion = "10"
    /// 喇嘛教, 藏传佛教 (`20`).
    public static let tibetanBuddhism: Religion = "20"
    /// 道教 (`30`).
    public static let taoism: Religion = "30"
    /// 天主教 (`40`).
    public static let catholicism: Religion = "40"
    /// 基督教 (`50`).
    public static let protestantism: Religion = "50"
    /// 东正教 (`60`).
    public static let orthodoxy: Religion = "60"
    /// 伊斯兰教 (`70`).
    public static let islam: Religion = "70"
    /// 其他 (`99`).
    public static let other: Religion = "99"
}
