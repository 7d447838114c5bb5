public import ArgumentParser
import UnitedFront

// Coded values parse from the command line as typed by a person: a code, a Chinese name or an alias
// (`--category 无党派人士`, `--tier 代表人士`, `--source 认定`). The register resolves them when it uses them
// and names the option's value in its error when it cannot.

extension UnitedFront.Category: ExpressibleByArgument {
    init?(argument: String) { self.init(argument) }
}

extension Tier: ExpressibleByArgument {
    init?(argument: String) { self.init(argument) }
}

extension CategorySource: ExpressibleByArgument {
    init?(argument: String) { self.init(argument) }
}

extension OrgUnitKind: ExpressibleByArgument {
    init?(argument: String) { self.init(argument) }
}

extension CadreRank: ExpressibleByArgument {
    init?(argument: String) { self.init(argument) }
}

extension CivilServiceGrade: ExpressibleByArgument {
    init?(argument: String) { self.init(argument) }
}

extension ArrangementKind: ExpressibleByArgument {
    init?(argument: String) { self.init(argument) }
}

extension ArrangementLevel: ExpressibleByArgument {
    init?(argument: String) { self.init(argument) }
}

extension ArrangementRole: ExpressibleByArgument {
    init?(argument: String) { self.init(argument) }
}

extension CultivationKind: ExpressibleByArgument {
    init?(argument: String) { self.init(argument) }
}

extension PartyExit: ExpressibleByArgument {
    init?(argument: String) { self.init(argument) }
}

extension PoliticalStatus: ExpressibleByArgument {
    init?(argument: String) { self.init(argument) }
}

extension OverseasType: ExpressibleByArgument {
    init?(argument: String) { self.init(argument) }
}

extension Country: ExpressibleByArgument {
    init?(argument: String) { self.init(argument) }
}

extension ResidenceRight: ExpressibleByArgument {
    init?(argument: String) { self.init(argument) }
}

extension NewStratumGroup: ExpressibleByArgument {
    init?(argument: String) { self.init(argument) }
}

extension Relation: ExpressibleByArgument {
    init?(argument: String) { self.init(argument) }
}

extension HonourLevel: ExpressibleByArgument {
    init?(argument: String) { self.init(argument) }
}

extension Industry: ExpressibleByArgument {
    init?(argument: String) { self.init(argument) }
}

extension EnterpriseScale: ExpressibleByArgument {
    init?(argument: String) { self.init(argument) }
}

extension OwnershipType: ExpressibleByArgument {
    init?(argument: String) { self.init(argument) }
}

extension EnterpriseRole: ExpressibleByArgument {
    init?(argument: String) { self.init(argument) }
}

extension OrganisationKind: ExpressibleByArgument {
    init?(argument: String) { self.init(argument) }
}

extension OrganisationRole: ExpressibleByArgument {
    init?(argument: String) { self.init(argument) }
}

extension EngagementKind: ExpressibleByArgument {
    init?(argument: String) { self.init(argument) }
}

extension StatisticsDimension: ExpressibleByArgument {
    init?(argument: String) { self.init(named: argument) }
}

extension Sex: ExpressibleByArgument {
    init?(argument: String) { self.init(argument) }
}

extension Ethnicity: ExpressibleByArgument {
    init?(argument: String) { self.init(argument) }
}

extension Education: ExpressibleByArgument {
    init?(argument: String) { self.init(argument) }
}

extension ExitReason: ExpressibleByArgument {
    init?(argument: String) { self.init(argument) }
}
