/// 职务层次, GB/T 12407: the post-level ladder (乡科级副职 …). Compare on the ladder with ``CodeList/code(_:)``'s `position`.
///
/// A ``CodedValue``: a static member holds the code; text (a code, name or alias) is resolved by the
/// register. See the `cadre_rank` code list for every entry.
public struct CadreRank: CodedValue {
    /// The `cadre_rank` code list.
    public static let list: CodeListID = .cadreRank
    /// The code, or text still to be resolved.
    public let rawValue: String

    /// Wraps a code, or text still to be resolved.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// 办事员级 (`160`).
    public static let clerk: CadreRank = "160"
    /// 科员级 (`150`).
    public static let staffMember: CadreRank = "150"
    /// 乡科级副职 (`142`).
    public static let deputySection: CadreRank = "142"
    /// 乡科级正职 (`141`).
    public static let section: CadreRank = "141"
    /// 县处级副职 (`132`).
    public static let deputyCounty: CadreRank = "132"
    /// 县处级正职 (`131`).
    public static let county: CadreRank = "131"
    /// 厅局级副职 (`122`).
    public static let deputyBureau: CadreRank = "122"
    /// 厅局级正职 (`121`).
    public static let bureau: CadreRank = "121"
    /// 省部级副职 (`112`).
    public static let deputyProvincial: CadreRank = "112"
    /// 省部级正职 (`111`).
    public static let provincial: CadreRank = "111"
    /// 国家级副职 (`102`).
    public static let deputyNational: CadreRank = "102"
    /// 国家级正职 (`101`).
    public static let national: CadreRank = "101"
}
