/// What joining a democratic party does to a 无党派人士 standing (see ``PartyMembershipRecord``).
extension RegisterTransaction {
    /// Ends `member`'s 无党派人士 standing from `effective`, because they join `party`: the 无党派人士
    /// membership ends that day.
    func endNonPartisanStanding(of member: MemberID, effective: LocalDate, joining party: PoliticalStatus) throws {
        let categories = categoryHistory()
        if try categories.categories(of: member, on: effective.iso8601).contains(.nonPartisan) {
            try leave(member, category: .nonPartisan, effective: effective)
        }
    }
}
