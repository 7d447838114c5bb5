/// Reading org units and the members under them, in one snapshot.
extension RegisterSnapshot {
    /// The unit's latest record; nil when no unit has this id.
    public func orgUnit(_ id: OrgUnitID) throws -> OrgUnit? { try units.unit(id) }

    /// The unit as of `date`, optionally as the register knew it at `knownAt`; nil when it was not
    /// established (or not yet recorded) then.
    public func orgUnit(_ id: OrgUnitID, asOf date: LocalDate, knownAt: Timestamp? = nil) throws -> OrgUnit? {
        try units.unit(id, asOf: date, knowledge: try Knowledge.at(knownAt, connection))
    }

    /// The units that exist on `date` (not dissolved), in id order.
    public func orgUnits(asOf date: LocalDate, knownAt: Timestamp? = nil) throws -> [OrgUnit] {
        try units.units(asOf: date, knowledge: try Knowledge.at(knownAt, connection))
    }

    /// `root` and every unit below it on `date`, in tree order: a unit before its children, siblings by
    /// id. Empty when `root` does not exist that day.
    public func orgUnits(under root: OrgUnitID, asOf date: LocalDate, knownAt: Timestamp? = nil) throws -> [OrgUnit] {
        try units.subtree(of: root, asOf: date, knowledge: try Knowledge.at(knownAt, connection))
    }

    /// The active members owned on `date` by `root` or a unit below it that day ("everyone under
    /// 新城区 as of 2022-12-31"), ordered by id, optionally only those in `category` and `tiers`.
    /// - Throws: ``ValidationError`` for an unknown category or tier.
    public func members(asOf date: LocalDate, under root: OrgUnitID, in category: Category? = nil, tiers: Set<Tier> = [],
                        knownAt: Timestamp? = nil) throws -> [Member] {
        let knowledge = try Knowledge.at(knownAt, connection)
        let ids = try units.subtree(of: root, asOf: date, knowledge: knowledge).map { String($0.id.rawValue) }
        let category = try category.map { try codes.resolve($0, field: .category).rawValue }
        let tiers = Set(try tiers.map { try codes.resolve($0, field: .tier).rawValue })
        return try reader.members(asOf: date, category: category, tiers: tiers, orgUnits: ids, knowledge: knowledge)
    }

    private var units: OrgUnitReader { OrgUnitReader(connection: connection, codes: codes) }
}
