/// What joining a democratic party does to a 无党派人士 standing (see ``PartyMembershipRecord``).
extension RegisterTransaction {
    /// Ends `member`'s 无党派人士 standing from `effective`, because they join `party`: each 无党派人士认定
    /// in force that day gets a 撤销 step (reason 加入<party>, political status the party's), and a
    /// 无党派人士 membership still in force (one entered without a certification) ends that day.
    func endNonPartisanStanding(of member: MemberID, effective: LocalDate, joining party: PoliticalStatus) throws {
        try endCertifications(of: member, effective: effective, reason: "加入\(PartyMembershipRecord.partyName(party, codes))", politicalStatus: party)
        if try categoryHistory().categories(of: member, on: effective.iso8601).contains(.nonPartisan) {
            try leave(member, category: .nonPartisan, effective: effective)
        }
    }
}
