/// 离开民主党派的方式: how a democratic-party membership ends.
///
/// A ``CodedValue``: a static member holds the code; text (a code, name or alias) is resolved by the
/// register. See the `party_exit` code list for every entry.
public struct PartyExit: CodedValue {
    /// The `party_exit` code list.
    public static let list: CodeListID = .partyExit
    /// The code, or text still to be resolved.
    public let rawValue: String

    /// Wraps a code, or text still to be resolved.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// 退出 (`WITHDRAWN`).
    public static let withdrawal: PartyExit = "WITHDRAWN"
    /// 除名 (`STRUCK_OFF`).
    public static let strikeOff: PartyExit = "STRUCK_OFF"
    /// 开除 (`EXPELLED`).
    public static let expulsion: PartyExit = "EXPELLED"
    /// 去世 (`DECEASED`).
    public static let death: PartyExit = "DECEASED"
}
