/// 民主党派 membership: which of the eight democratic parties, the 基层组织, the joining date (the day the
/// record begins), the introducers, party posts over time, whether the 统战部 has the new member on file
/// (备案), and how and when it ended (退出, 除名 …).
///
/// ```swift
/// var membership = PartyMembershipRecord(party: .democraticLeague, branch: "民盟锡林浩特市第一支部")
/// membership.introducers = "王某某, 李某某"
/// let id = try transaction.add(membership, for: member, effective: "2025-05-20")
/// try transaction.change(id, effective: "2026-01-08") { $0.partyPost = "支部副主委" }
/// ```
///
/// **Consistency with the political status.** Joining sets the member's ``MemberRecord/politicalStatus``
/// to the party from the joining date and ends a 无党派人士 standing in the same changeset: the
/// 无党派人士认定 is revoked and the 无党派人士 membership ends that day. Ending the membership returns
/// the political status to 群众 (13) from the end date, when it was still the party's. A political
/// status edited by hand is not checked against memberships (contradictions are data-quality findings).
public struct PartyMembershipRecord: StoredRecord {
    enum Field: String, RecordField {
        case status, party, branch, introducers
        case partyPost = "party_post"
        case filing
        case exit
        case exitReason = "exit_reason"
    }

    /// ``RecordKind/partyMembership``.
    public static let kind = RecordKind.partyMembership
    var values: [String?]

    init(values: [String?]) { self.values = values }

    /// Membership of `party` (a 民主党派 political status, 04–11) in the 基层组织 `branch`.
    public init(party: PoliticalStatus, branch: String? = nil) {
        self = .empty()
        self.party = party
        self.branch = branch
        self.isFiled = false
    }

    /// The party, as its GB/T 4762 political status: `.democraticLeague` (民盟, 05) …
    public var party: PoliticalStatus {
        get { PoliticalStatus(rawValue: self[.party] ?? "") }
        set { self[.party] = newValue.rawValue }
    }
    /// 基层组织: the branch or committee the member belongs to.
    public var branch: String? {
        get { self[.branch] }
        set { self[.branch] = newValue }
    }
    /// 介绍人.
    public var introducers: String? {
        get { self[.introducers] }
        set { self[.introducers] = newValue }
    }
    /// 党内职务 from the date it was taken: `支部主委`; nil for none.
    public var partyPost: String? {
        get { self[.partyPost] }
        set { self[.partyPost] = newValue }
    }
    /// 备案: whether the 统战部 has the new member on file, from the date that was recorded.
    public var isFiled: Bool {
        get { self[.filing] == "1" }
        set { self[.filing] = newValue ? "1" : "0" }
    }
    /// How the membership ended (退出, 除名, 开除, 去世), recorded when it ends.
    public var exit: PartyExit? {
        get { self[.exit].map(PartyExit.init(rawValue:)) }
        set { self[.exit] = newValue?.rawValue }
    }
    /// Why it ended.
    public var exitReason: String? {
        get { self[.exitReason] }
        set { self[.exitReason] = newValue }
    }

    /// The eight democratic parties' political-status codes (民革 04 … 台盟 11).
    static let parties: Set<String> = ["04", "05", "06", "07", "08", "09", "10", "11"]

    func normalized(in transaction: RegisterTransaction, for member: MemberID) throws -> PartyMembershipRecord {
        var result = self
        let party = try RecordText.code(party, field: "party", codes: transaction.codes, required: true)!
        guard Self.parties.contains(party) else {
            throw ValidationError(field: "party", value: self.party.rawValue, reason: .malformed(expected: "one of the eight democratic parties (04–11)"))
        }
        result[.party] = party
        result[.exit] = try RecordText.code(exit, field: "exit", codes: transaction.codes)
        result[.filing] = isFiled ? "1" : "0"
        for field in [Field.branch, .introducers, .partyPost, .exitReason] {
            result[field] = try RecordText.normalized(self[field], field: ValidationError.Field(rawValue: field.rawValue))
        }
        return result
    }

    /// The party's name: 中国民主同盟 for the political status 中国民主同盟盟员.
    static func partyName(_ party: PoliticalStatus, _ codes: CodeCatalog) -> String {
        let name = codes.name(of: party)
        return ["党员", "盟员", "会员", "社员"].contains(where: name.hasSuffix) ? String(name.dropLast(2)) : name
    }

    func summary(_ codes: CodeCatalog) -> String {
        var text = Self.partyName(party, codes)
        if let branch { text += " \(branch)" }
        if let partyPost { text += " \(partyPost)" }
        return text
    }

    static func didAdd(_ record: PartyMembershipRecord, for member: MemberID, effective: LocalDate,
                       in transaction: RegisterTransaction) throws {
        try transaction.endNonPartisanStanding(of: member, effective: effective, joining: record.party)
        try transaction.change(member, effective: effective) { $0.politicalStatus = record.party }
    }

    static func didEnd(_ record: PartyMembershipRecord, id: Int64, for member: MemberID, effective: LocalDate,
                       in transaction: RegisterTransaction) throws {
        guard try transaction.existingRecord(member, on: effective).politicalStatus == record.party else { return }
        try transaction.change(member, effective: effective) { $0.politicalStatus = .masses }
    }
}
