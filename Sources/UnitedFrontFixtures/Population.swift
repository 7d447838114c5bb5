public import UnitedFront

/// A seeded, deterministic synthetic population: realistic people with valid, unique identity
/// documents, consistent categories and multi-year histories, ready to be written into a
/// ``UnitedFront/Register``.
///
/// ```swift
/// let population = Population(seed: 2024, size: 2_000)
/// let register = try Register.inMemory()
/// let ids = try population.write(to: register)          // ids[n] is population.people[n]
/// let cadres = try register.members(asOf: "2024-12-31", in: "NON_PARTY_CADRE")
/// ```
///
/// **Determinism.** The same ``PopulationSpec`` gives byte-identical people and events on every
/// platform and Swift version (see ``SeededRandom``). Person *n* does not depend on the size, so
/// smaller populations are prefixes of larger ones.
///
/// **Size.** A `Population` holds every person and event in memory, which suits tests of up to a
/// few hundred thousand people; for a million records use ``people(_:)`` or ``records(seed:count:)``,
/// which generate lazily.
///
/// **Threading.** An immutable value; `Sendable`. Generating is pure computation; writing blocks the
/// calling thread on the register's writer.
public struct Population: Sendable, Hashable {
    /// What was generated.
    public let spec: PopulationSpec
    /// The people, by index.
    public let people: [SyntheticPerson]
    /// The org-unit trees of the spec's districts, parents before children: each district's 统战部, its
    /// 街道 and 乡镇, and their 社区 and 村. People refer to units by index (``SyntheticPerson/orgUnit(asOf:)``).
    public let orgUnits: [SyntheticOrgUnit]
    /// The organisations of the spec's districts: per district a 工商联, 乡镇商会, an industry 商会, a
    /// 新联会 and a 侨联 (see ``SyntheticOrganisation``). People's seats and enterprises' memberships
    /// refer to them by index.
    public let organisations: [SyntheticOrganisation]
    /// The engagements (工作记录) of the spec's districts, in date order per district: 走访 of enterprises
    /// and 侨界 households, 问题诉求 raised at visits (some solved later), 建言 (some adopted), 培训 with their
    /// sessions and attendances, 座谈, 联谊, 慰问, 社会服务 and 捐赠 with amounts, 宣讲; dense in the last full
    /// year of the history, lighter before (see ``SyntheticEngagement``). Unlike the people, they depend
    /// on the population's size: volumes scale with each district's members and enterprises.
    public let engagements: [SyntheticEngagement]

    /// The ids a written population got, by index.
    public struct IDs: Sendable, Hashable {
        /// The member ids, by person index.
        public let members: [MemberID]
        /// The org-unit ids, by index in ``Population/orgUnits``.
        public let orgUnits: [OrgUnitID]
        /// The organisation ids, by index in ``Population/organisations``.
        public let organisations: [OrganisationID]
        /// The ids of each organisation's terms, by organisation index, then term index (nil for a term
        /// that begins after ``PopulationSpec/historyThrough``).
        public let terms: [[TermID?]]
        /// The enterprise ids, by index in ``Population/enterprises``.
        public let enterprises: [EnterpriseID]
        /// The household ids, by index in ``Population/households``.
        public let households: [HouseholdID]
        /// The engagement ids, by index in ``Population/engagements``.
        public let engagements: [EngagementID]
    }

    /// An entity a person's history brings along (an enterprise or a household): which person's
    /// history, the record as added and its dates.
    public struct Entity<Record: Sendable & Hashable>: Sendable, Hashable {
        /// The index in ``Population/enterprises`` or ``Population/households``.
        public let index: Int
        /// The person whose history adds it.
        public let person: Int
        /// The values, the final ones once ended (an enterprise's ``UnitedFront/EnterpriseRecord/orgUnit``
        /// is nil: see ``orgUnit``).
        public let record: Record
        /// The owning org unit, an index into ``Population/orgUnits``.
        public let orgUnit: Int?
        /// The first day in force.
        public let from: LocalDate
        /// The day it ended (注销); nil while in force.
        public let to: LocalDate?
    }

    /// Generates the population `spec` describes.
    public init(_ spec: PopulationSpec) {
        self.spec = spec
        people = Array(PersonSequence(spec))
        let units = OrgUnitPlan(regions: spec.regions)
        orgUnits = units.units
        organisations = OrganisationPlan(regions: spec.regions, units: units, firstYear: spec.registrationYears.lowerBound).organisations
        engagements = EngagementPlan(spec: spec, people: people, units: units.units).engagements
    }

    /// Every enterprise, by index: the enterprises of the 民营企业家 and of some 新的社会阶层人士.
    public var enterprises: [Entity<EnterpriseRecord>] {
        entities { held in
            if case .enterprise(let record, let index, let unit, _) = held.value { (index, record, unit) } else { nil }
        }
    }

    /// Every household (户) of an overseas family, by index.
    public var households: [Entity<HouseholdRecord>] {
        entities { held in
            if case .household(let record, let index, let unit) = held.value { (index, record, unit) } else { nil }
        }
    }

    private func entities<Record>(_ pick: (SyntheticState.Held) -> (Int, Record, Int?)?) -> [Entity<Record>] {
        people.flatMap { person in
            person.allRecords.values.compactMap { held in
                pick(held).map { Entity(index: $0.0, person: person.id, record: $0.1, orgUnit: $0.2, from: held.from, to: held.to) }
            }
        }.sorted { $0.index < $1.index }
    }

    /// Generates `size` people with seed `seed` and the default settings of ``PopulationSpec``.
    public init(seed: UInt64, size: Int) {
        self.init(PopulationSpec(seed: seed, size: size))
    }

    /// Every event of every person, in the order they are written: by recorded time, then person,
    /// then position in the person's history. Recorded times never go backwards.
    public var events: [SyntheticEvent] { people.flatMap(\.events).sorted(by: SyntheticEvent.precedes) }

    /// Writes every person's history into `register`, one changeset per event in recorded order, and
    /// returns the member ids by person index.
    ///
    /// With ``Recording/asGenerated`` (the default) the register must not yet hold a changeset
    /// recorded after the population's first event (an empty register is fine).
    /// - Throws: the register's errors; nothing is left half-written within an event, but events
    ///   written before a failure stay.
    @discardableResult
    public func write(to register: Register, recording: Recording = .asGenerated) throws -> [MemberID] {
        try writeAll(to: register, recording: recording).members
    }

    /// Writes the org units (one changeset, effective 1 January of the year before the first
    /// registration year and recorded a few days before that year begins), the organisations with
    /// their first terms (one changeset, an hour later), then every person's history as
    /// ``write(to:recording:)`` does, with each organisation's 换届 on its day and each engagement (one
    /// changeset for the record and its participants, one for its outcome) at its recorded time, and
    /// returns the ids.
    /// - Throws: as ``write(to:recording:)``.
    @discardableResult
    public func writeAll(to register: Register, recording: Recording = .asGenerated) throws -> IDs {
        let firstYear = spec.registrationYears.lowerBound
        let recordedAt = Timestamp(millisecondsSince1970: Timestamp(startOf: LocalDate(year: firstYear - 1, month: 12, day: 27)!)
            .millisecondsSince1970 + 10 * 3_600_000)
        let actor = spec.regions.count == 1 ? "\(spec.regions[0].city)\(spec.regions[0].district)委统战部 系统管理员" : "统战部 系统管理员"
        let units = HistoryWriter.Units(units: orgUnits, effective: LocalDate(year: firstYear - 1, month: 1, day: 1)!,
                                        attribution: Attribution(actor: actor, reason: "建立统战工作组织架构",
                                                                 source: "统战成员信息管理平台", recordedAt: recordedAt))
        let plan = HistoryWriter.Organisations(
            organisations: organisations,
            events: OrganisationPlan.events(organisations, actor: { "\(orgUnits[$0.orgUnit].name) 系统管理员" }, recordedAt: recordedAt,
                                            through: spec.historyThrough))
        let written = try HistoryWriter.write(people.flatMap(\.events), personCount: people.count, units: units, organisations: plan,
                                              engagements: engagements, to: register, recording: recording)
        let context = written.context
        return IDs(members: written.members, orgUnits: context.orgUnits, organisations: context.organisations, terms: context.terms,
                   enterprises: context.enterprises.keys.sorted().map { context.enterprises[$0]! },
                   households: context.households.keys.sorted().map { context.households[$0]! },
                   engagements: context.engagements.keys.sorted().map { context.engagements[$0]! })
    }

    /// The people of `spec`, generated lazily: the same people as `Population(spec).people`.
    public static func people(_ spec: PopulationSpec) -> PersonSequence { PersonSequence(spec) }

    /// The registration records of `count` people with seed `seed` and the default settings,
    /// generated lazily: a million records never need a million-element array.
    public static func records(seed: UInt64, count: Int) -> some Sequence<MemberRecord> & Sendable {
        PersonSequence(PopulationSpec(seed: seed, size: count)).lazy.map(\.record)
    }
}
