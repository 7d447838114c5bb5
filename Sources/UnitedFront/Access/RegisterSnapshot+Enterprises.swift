/// Enterprises, organisations and households read from their own end: who holds roles in an
/// enterprise, who sits in an organisation, which 商会 cover a 街道, who lives in a household.
extension RegisterSnapshot {
    /// The roles held in `enterprise` on `date` (出资人, 法定代表人 …), by record id, optionally as known
    /// at `knownAt`; each names its member (``Tenure/member``).
    public func people(of enterprise: EnterpriseID, asOf date: LocalDate, knownAt: Timestamp? = nil) throws -> [Tenure<EnterpriseRoleRecord>] {
        try records(EnterpriseRoleRecord.self, asOf: date, knownAt: knownAt).filter { $0.enterprise == enterprise }
    }

    /// The members with a seat in `organisation` on `date`, only in `roles` when given ("who sits on the
    /// 工商联 执委": `roles: [.executiveCommittee]`), by record id, optionally as known at `knownAt`.
    /// - Throws: ``ValidationError`` for an unknown role.
    public func members(of organisation: OrganisationID, roles: Set<OrganisationRole> = [], asOf date: LocalDate,
                        knownAt: Timestamp? = nil) throws -> [Tenure<OrganisationMembershipRecord>] {
        let roles = Set(try roles.map { try codes.resolve($0, field: "role") })
        return try records(OrganisationMembershipRecord.self, asOf: date, knownAt: knownAt)
            .filter { $0.organisation == organisation && (roles.isEmpty || roles.contains($0.role)) }
    }

    /// The enterprises that belong to `organisation` on `date` (a 商会's 会员企业), by record id, optionally
    /// as known at `knownAt`; each names its enterprise (``Tenure/holder``).
    public func enterprises(of organisation: OrganisationID, asOf date: LocalDate,
                            knownAt: Timestamp? = nil) throws -> [Tenure<EnterpriseMembershipRecord>] {
        try records(EnterpriseMembershipRecord.self, asOf: date, knownAt: knownAt).filter { $0.organisation == organisation }
    }

    /// The 商会 (of every chamber kind; a 工商联 is not one) in force on `date` whose area is `unit` or a
    /// unit above it that day: "which 商会 cover this 街道". By record id, optionally as known at `knownAt`.
    public func chambers(covering unit: OrgUnitID, asOf date: LocalDate, knownAt: Timestamp? = nil) throws -> [Tenure<OrganisationRecord>] {
        let knowledge = try Knowledge.at(knownAt, connection)
        var areas: Set<OrgUnitID> = []
        var next: OrgUnitID? = unit
        let units = OrgUnitReader(connection: connection, codes: codes)
        while let current = next, areas.insert(current).inserted {
            next = try units.unit(current, asOf: date, knowledge: knowledge)?.parent
        }
        return try records(OrganisationRecord.self, asOf: date, knownAt: knownAt).filter { organisation in
            OrganisationRecord.chamberKinds.contains(organisation.kind.rawValue) && organisation.area.map(areas.contains) == true
        }
    }

    /// The members of `household` on `date` (the 户主 has no relation), by record id, optionally as known
    /// at `knownAt`.
    public func members(of household: HouseholdID, asOf date: LocalDate,
                        knownAt: Timestamp? = nil) throws -> [Tenure<HouseholdMembershipRecord>] {
        try records(HouseholdMembershipRecord.self, asOf: date, knownAt: knownAt).filter { $0.household == household }
    }
}
