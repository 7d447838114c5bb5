/// 政治面貌, GB/T 4762.
///
/// A ``CodedValue``: a static member holds the code; text (a code, name or alias) is resolved by the
/// register. See the `political_status` code list for every entry.
public struct PoliticalStatus: CodedValue {
    /// The `political_status` code list.
    public static let list: CodeListID = .politicalStatus
    /// The code, or text still to be resolved.
    public let rawValue: String

    /// Wraps a code, or text still to be resolved.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// 中国共产党党员 (`01`).
    public static let cpcMember: PoliticalStatus = "01"
    /// 中国共产党预备党员 (`02`).
    public static let cpcProbationaryMember: PoliticalStatus = "02"
    /// 中国共产主义青年团团员 (`03`).
    public static let youthLeagueMember: PoliticalStatus = "03"
    /// 中国国民党革命委员会会员 (`04`).
    public static let revolutionaryCommittee: PoliticalStatus = "04"
    /// 中国民主同盟盟员 (`05`).
    public static let democraticLeague: PoliticalStatus = "05"
    /// 中国民主建国会会员 (`06`).
    public static let democraticNationalConstruction: PoliticalStatus = "06"
    /// 中国民主促进会会员 (`07`).
    public static let promotionOfDemocracy: PoliticalStatus = "07"
    /// 中国农工民主党党员 (`08`).
    public static let peasantsAndWorkers: PoliticalStatus = "08"
    /// 中国致公党党员 (`09`).
    public static let zhiGong: PoliticalStatus = "09"
    /// 九三学社社员 (`10`).
    public static let jiusan: PoliticalStatus = "10"
    /// 台湾民主自治同盟盟员 (`11`).
    public static let taiwanLeague: PoliticalStatus = "11"
    /// 无党派民主人士 (`12`).
    public static let nonPartisan: PoliticalStatus = "12"
    /// 群众 (`13`).
    public static let masses: PoliticalStatus = "13"
}
