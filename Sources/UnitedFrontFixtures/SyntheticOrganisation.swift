public import UnitedFront

/// One organisation of a population: per district a 工商联 (with two terms, the second from its 换届), a
/// 乡镇商会 for every few 街道 and 乡镇 (its area that unit, under the 工商联), an industry 商会 covering
/// the district, a 新联会 and a 侨联 (each with two terms). People hold seats in them and enterprises
/// belong to the 商会 and the 工商联 (``SyntheticRecord/seat(_:organisation:term:)``,
/// ``SyntheticRecord/enterpriseMembership(_:enterprise:organisation:)``).
///
/// Like the org units, organisations depend only on the districts and the years of the spec, never on
/// the seed or the size. They are identified by their index in ``Population/organisations``.
///
/// **Threading.** An immutable value; `Sendable`.
public struct SyntheticOrganisation: Sendable, Hashable, Identifiable, CustomStringConvertible {
    /// 届次: a name and the dates it runs.
    public struct Term: Sendable, Hashable {
        /// `第十二届`.
        public let name: String
        /// The first day.
        public let from: LocalDate
        /// The day the next term begins; nil for the current one.
        public let to: LocalDate?
    }

    /// The index in ``Population/organisations``.
    public let id: Int
    /// 名称: `呼和浩特市新城区工商业联合会`.
    public let name: String
    /// 类型.
    public let kind: OrganisationKind
    /// The 工商联 a 商会 belongs under, by index.
    public let parent: Int?
    /// The org unit whose area it covers (the district's 统战部, or a 街道 or 乡镇), by index in ``Population/orgUnits``.
    public let area: Int
    /// The org unit that works with it (the district's 统战部), by index.
    public let orgUnit: Int
    /// The 6-digit code of the district.
    public let regionCode: String
    /// The first day it is in the register.
    public let established: LocalDate
    /// Its terms, oldest first; empty for a 商会.
    public let terms: [Term]
    /// For an industry 商会, the GB/T 4754 门类 letters of the enterprises it admits.
    public let industries: [String]

    /// The index of the term in force on `date`, if any.
    public func term(on date: LocalDate) -> Int? {
        terms.indices.last { terms[$0].from <= date && terms[$0].to.map { date < $0 } ?? true }
    }

    /// The record to add, its references resolved through `units` and `organisations` (ids by index).
    func record(units: [OrgUnitID], organisations: [OrganisationID]) -> OrganisationRecord {
        var record = OrganisationRecord(name: name, kind: kind)
        record.parent = parent.map { organisations[$0] }
        record.area = units[area]
        record.orgUnit = units[orgUnit]
        return record
    }

    /// `3 新城区海拉尔东路街道商会 (CHAMBER_TOWNSHIP) under 0`.
    public var description: String {
        "\(id) \(name) (\(kind))" + (parent.map { " under \($0)" } ?? "")
    }
}

/// The organisations of a spec's districts, and the lookups the generators need.
struct OrganisationPlan: Sendable, Hashable {
    private(set) var organisations: [SyntheticOrganisation] = []
    private var byRegion: [String: [OrganisationKind: Int]] = [:]
    private var townChambers: [String: Int] = [:]

    /// The industry 商会 a district may have, with the 门类 they admit.
    static let industryChambers: [(name: String, industries: [String])] = [
        ("餐饮行业商会", ["H"]), ("建筑业商会", ["E", "K"]), ("科技商会", ["I", "M"]), ("商贸流通商会", ["F", "G"]),
        ("食品行业商会", ["C", "A"]),
    ]

    init(regions: [RegionProfile], units: OrgUnitPlan, firstYear: Int) {
        for region in regions {
            var random = SeededRandom(seed: Paperwork.fnv("organisations" + region.code))
            let root = units.root(of: region.code)
            let established = LocalDate(year: firstYear - 1, month: 1, day: 1)!
            func terms(first: Int) -> [SyntheticOrganisation.Term] {
                let start = LocalDate(year: firstYear - 1, month: random.integer(in: 3...11), day: random.integer(in: 1...28))!
                let next = LocalDate(year: start.year + 5, month: random.integer(in: 3...11), day: random.integer(in: 1...28))!
                return [.init(name: "第\(Occupation.chineseNumber(first))届", from: start, to: next),
                        .init(name: "第\(Occupation.chineseNumber(first + 1))届", from: next, to: nil)]
            }
            let district = region.city + region.district
            let federation = add(region, "\(district)工商业联合会", .federation, parent: nil, area: root, orgUnit: root,
                                 established: established, terms: terms(first: random.integer(in: 9...14)))
            for (index, town) in region.townships.enumerated() where index % 3 == 0 {
                let chamber = add(region, "\(region.district)\(town.name)商会", .townshipChamber, parent: federation,
                                  area: units.town(town.code), orgUnit: root, established: established, terms: [])
                townChambers[town.code] = chamber
            }
            let industry = Self.industryChambers[Int(Paperwork.fnv(region.code) % UInt64(Self.industryChambers.count))]
            add(region, "\(district)\(industry.name)", .industryChamber, parent: federation, area: root, orgUnit: root,
                established: established, terms: [], industries: industry.industries)
            add(region, "\(district)新的社会阶层人士联合会", .newStratumAssociation, parent: nil, area: root, orgUnit: root,
                established: established, terms: terms(first: random.integer(in: 1...3)))
            add(region, "\(district)归国华侨联合会", .overseasChineseFederation, parent: nil, area: root, orgUnit: root,
                established: established, terms: terms(first: random.integer(in: 6...10)))
        }
    }

    @discardableResult
    private mutating func add(_ region: RegionProfile, _ name: String, _ kind: OrganisationKind, parent: Int?, area: Int, orgUnit: Int,
                              established: LocalDate, terms: [SyntheticOrganisation.Term], industries: [String] = []) -> Int {
        let id = organisations.count
        organisations.append(SyntheticOrganisation(id: id, name: name, kind: kind, parent: parent, area: area, orgUnit: orgUnit,
                                                   regionCode: region.code, established: established, terms: terms,
                                                   industries: industries))
        if kind != .townshipChamber { byRegion[region.code, default: [:]][kind] = id }
        return id
    }

    /// The organisation of `kind` (not a 乡镇商会) of the district `code`.
    func organisation(_ kind: OrganisationKind, of code: String) -> Int? { byRegion[code]?[kind] }

    /// The 乡镇商会 whose area is the township `code`, if it has one.
    func townChamber(of townCode: String) -> Int? { townChambers[townCode] }

    /// The changesets of the organisations: all of them with their first terms, recorded right after the
    /// org units (at `recordedAt`), then each 换届 on its day, before the day's other changes.
    static func events(_ organisations: [SyntheticOrganisation], actor: (SyntheticOrganisation) -> String, recordedAt: Timestamp,
                       through: LocalDate) -> [OrganisationEvent] {
        var result = [OrganisationEvent(
            effective: organisations.map(\.established).min() ?? through,
            attribution: Attribution(actor: organisations.first.map(actor) ?? "统战部 系统管理员",
                                     reason: "登记工商联、商会、新联会和侨联", source: "统战成员信息管理平台",
                                     recordedAt: Timestamp(millisecondsSince1970: recordedAt.millisecondsSince1970 + 3_600_000)),
            operations: organisations.flatMap { organisation in
                [OrganisationEvent.Operation.establish(organisation.id)]
                    + (organisation.terms.isEmpty ? [] : [.beginTerm(organisation.id, 0)])
            })]
        for organisation in organisations {
            for (index, term) in organisation.terms.enumerated() where index > 0 && term.from <= through {
                result.append(OrganisationEvent(
                    effective: term.from,
                    attribution: Attribution(actor: actor(organisation), reason: "\(organisation.name)换届，\(term.name)开始",
                                             source: organisation.name,
                                             recordedAt: Timestamp(millisecondsSince1970: Timestamp(startOf: term.from).millisecondsSince1970
                                                                   + 8 * 3_600_000 + Int64(organisation.id) * 1_000)),
                    operations: [.endTerm(organisation.id, index - 1), .beginTerm(organisation.id, index)]))
            }
        }
        return result
    }
}

/// A changeset about organisations alone: establishing them, or a 换届.
struct OrganisationEvent: Sendable, Hashable {
    enum Operation: Sendable, Hashable {
        case establish(Int)
        case beginTerm(Int, Int)
        case endTerm(Int, Int)
    }

    let effective: LocalDate
    let attribution: Attribution
    let operations: [Operation]

    /// Applies the operations, resolving through and adding to `context`.
    func apply(to transaction: RegisterTransaction, organisations: [SyntheticOrganisation], context: inout WriteContext) throws {
        for operation in operations {
            switch operation {
            case .establish(let index):
                let organisation = organisations[index]
                let id = try transaction.add(organisation.record(units: context.orgUnits, organisations: context.organisations),
                                             effective: organisation.established)
                context.organisations.append(id)
                context.terms.append([TermID?](repeating: nil, count: organisation.terms.count))
            case .beginTerm(let index, let term):
                let value = organisations[index].terms[term]
                context.terms[index][term] = try transaction.add(TermRecord(name: value.name), for: context.organisation(index),
                                                                 effective: value.from)
            case .endTerm(let index, let term):
                let id = try context.term(term, of: index)
                try transaction.end(id, effective: organisations[index].terms[term].to!)
            }
        }
    }
}
