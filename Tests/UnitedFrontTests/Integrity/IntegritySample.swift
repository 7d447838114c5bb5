import UnitedFrontTestSupport
@testable import UnitedFront

/// A small register with history in every kind of table the check reads: org units, members who moved,
/// changed and were archived, memberships, posts, a party membership, an enterprise with a role.
enum IntegritySample {
    /// Fills `register`; returns the members' ids.
    @discardableResult
    static func populate(_ register: Register) throws -> [MemberID] {
        let district = try register.addOrgUnit(OrgUnitRecord(name: "新城区委统战部", kind: .unitedFrontDepartment),
                                               effective: "2019-01-01", by: clerk)
        let street = try register.addOrgUnit(OrgUnitRecord(name: "锡林路街道", kind: .subdistrict, parent: district),
                                             effective: "2019-01-01", by: clerk)
        var members: [MemberID] = []
        for (index, name) in ["乌云其木格", "王建国", "巴特尔", "张丽"].enumerated() {
            var record = MemberRecord(name: name)
            record.workUnit = "区财政局"
            record.orgUnit = index % 2 == 0 ? district : street
            members.append(try register.add(record, effective: "2020-01-01", by: clerk))
        }
        try register.write(by: clerk) { tx in
            try tx.enter(members[0], category: .nonPartyCadre, tier: .representative, effective: "2020-02-01")
            try tx.enter(members[1], category: .nonPartisan, effective: "2020-03-01")
        }
        _ = try register.change(members[0], effective: "2021-06-01", by: clerk) { $0.notes = "调任" }
        let post = try register.add(PostRecord(unit: "区财政局", title: "副局长", rank: .deputySection, leadership: true),
                                    for: members[0], effective: "2020-05-01", by: clerk)
        try register.write(by: clerk) { _ = try $0.change(post, effective: "2022-01-01") { $0.rank = .section } }
        _ = try register.add(PartyMembershipRecord(party: .jiusan), for: members[2], effective: "2021-01-01", by: clerk)
        try register.archive(members[3], effective: "2023-01-01", by: clerk)
        var enterprise = EnterpriseRecord(creditCode: "91150102ma0n2xy1a8", name: "锡林乳业有限公司")
        enterprise.orgUnit = street
        let dairy = try register.add(enterprise, effective: "2019-01-01", by: clerk)
        _ = try register.add(EnterpriseRoleRecord(enterprise: dairy, role: .legalRepresentative), for: members[1],
                             effective: "2020-01-01", by: clerk)
        _ = try register.add(PairingRecord(village: "150102001201"), for: dairy, effective: "2021-01-01", by: clerk)
        return members
    }

    /// Runs raw SQL on the register's writer, bypassing the library (and, where the SQL drops them, its
    /// append-only triggers): how the tests damage a register's history on purpose.
    static func tamper(_ register: Register, _ sql: String) throws {
        try register.pool.write { try $0.execute(sql) }
    }
}
