/// What joining a democratic party does to a 无党派人士 standing (see ``PartyMembershipRecord``).
extension RegisterTransaction {
    /// Ends `member`'s 无党派人士 standing from `effective`, because they join `party`: the 无党派人士
    /// membership in force that day ends with reason ``ExitReason/joinedParty`` (加入民主党派), and each
    /// 无党派人士认定 in force that day gets a 撤销 step (opinion 加入<party>, political status the party's),
    /// whose own leave then finds no membership to end.
    func endNonPartisanStanding(of member: MemberID, effective: LocalDate, joining party: PoliticalStatus) throws {
        if try categoryHistory().categories(of: member, on: effective.iso8601).contains(.nonPartisan) {
            try leave(member, category: .nonPartisan, effective: effective, reason: .joinedParty)
        }
        try endCertifications(of: member, effective: effective, reason: "加入\(PartyMembershipRecord.partyName(party, codes))", politicalStatus: party)
    }
}
