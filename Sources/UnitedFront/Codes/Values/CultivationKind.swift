/// 培养方式: how a member of the reserve pool (后备干部库) is cultivated and assessed.
///
/// A ``CodedValue``: a static member holds the code; text (a code, name or alias) is resolved by the
/// register. See the `cultivation_kind` code list for every entry.
public struct CultivationKind: CodedValue {
    /// The `cultivation_kind` code list.
    public static let list: CodeListID = .cultivationKind
    /// The code, or text still to be resolved.
    public let rawValue: String

    /// Wraps a code, or text still to be resolved.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// 培训 (`TRAINING`).
    public static let training: CultivationKind = "TRAINING"
    /// 挂职 (`SECONDMENT`).
    public static let secondment: CultivationKind = "SECONDMENT"
    /// 实践锻炼 (`PRACTICE`).
    public static let practice: CultivationKind = "PRACTICE"
    /// 考察 (`ASSESSMENT`).
    public static let assessment: CultivationKind = "ASSESSMENT"
}
