import Testing
import UnitedFrontTestSupport
@testable import UnitedFront

/// A filter tree as the model sees it: the same leaves as ``MemberFilter``, kept as plain values so the
/// model can evaluate them and a failing case can be printed.
indirect enum FilterTerm: CustomStringConvertible {
    case leaf(FilterLeaf)
    case and(FilterTerm, FilterTerm)
    case or(FilterTerm, FilterTerm)
    case not(FilterTerm)

    /// The engine's filter for this term, built through the public API only.
    var filter: MemberFilter {
        switch self {
        case .leaf(let leaf): return leaf.filter
        case .and(let l, let r): return l.filter && r.filter
        case .or(let l, let r): return l.filter || r.filter
        case .not(let t): return !t.filter
        }
    }

    /// The leaves of the tree, left to right.
    var leaves: [FilterLeaf] {
        switch self {
        case .leaf(let leaf): return [leaf]
        case .and(let l, let r), .or(let l, let r): return l.leaves + r.leaves
        case .not(let t): return t.leaves
        }
    }

    var description: String {
        switch self {
        case .leaf(let leaf): return "\(leaf)"
        case .and(let l, let r): return "(\(l) && \(r))"
        case .or(let l, let r): return "(\(l) || \(r))"
        case .not(let t): return "!\(t)"
        }
    }
}

/// One condition of a filter tree.
enum FilterLeaf: CustomStringConvertible {
    case all
    case category(Category?, tiers: Set<Tier>, sources: Set<CategorySource>)
    case under(OrgUnitID)
    case region(String)
    case sex(Sex)
    case ethnicity(Set<Ethnicity>)
    case minority
    case age(ClosedRange<Int>)
    case ageBand(String)
    case education(Education)
    case politicalStatus(Set<PoliticalStatus>)
    case rank(CadreRank)
    case grade(CivilServiceGrade)
    case enterpriseIndustry(Industry)
    case enterpriseScale(EnterpriseScale)
    case overseasType(Set<OverseasType>)
    case overseasCountry(Country)

    var filter: MemberFilter {
        switch self {
        case .all: return .all
        case .category(let c?, let tiers, let sources): return .category(c, tiers: tiers, sources: sources)
        case .category(nil, let tiers, let sources):
            return sources.isEmpty ? .tier(tiers) : .source(sources)
        case .under(let unit): return .under(unit)
        case .region(let code): return .region(code)
        case .sex(let sex): return .sex(sex)
        case .ethnicity(let values): return .ethnicity(values)
        case .minority: return .minorityEthnicity
        case .age(let years): return .age(years)
        case .ageBand(let band): return .ageBand(band)
        case .education(let floor): return .education(atLeast: floor)
        case .politicalStatus(let values): return .politicalStatus(values)
        case .rank(let floor): return .rank(atLeast: floor)
        case .grade(let floor): return .grade(atLeast: floor)
        case .enterpriseIndustry(let industry): return .enterpriseIndustry(industry)
        case .enterpriseScale(let scale): return .enterpriseScale(scale)
        case .overseasType(let types): return .overseasType(types)
        case .overseasCountry(let country): return .overseasCountry(country)
        }
    }

    var description: String {
        func set<T: RawRepresentable>(_ values: Set<T>) -> String where T.RawValue == String {
            "[" + values.map(\.rawValue).sorted().joined(separator: ",") + "]"
        }
        switch self {
        case .all: return "all"
        case .category(let c, let tiers, let sources): return "category(\(c?.rawValue ?? "any"), \(set(tiers)), \(set(sources)))"
        case .under(let unit): return "under(\(unit.rawValue))"
        case .region(let code): return "region(\(code))"
        case .sex(let sex): return "sex(\(sex.rawValue))"
        case .ethnicity(let values): return "ethnicity\(set(values))"
        case .minority: return "minority"
        case .age(let years): return "age(\(years.lowerBound)...\(years.upperBound))"
        case .ageBand(let band): return "ageBand(\(band))"
        case .education(let floor): return "education(atLeast: \(floor.rawValue))"
        case .politicalStatus(let values): return "politicalStatus\(set(values))"
        case .rank(let floor): return "rank(atLeast: \(floor.rawValue))"
        case .grade(let floor): return "grade(atLeast: \(floor.rawValue))"
        case .enterpriseIndustry(let industry): return "industry(\(industry.rawValue))"
        case .enterpriseScale(let scale): return "scale(\(scale.rawValue))"
        case .overseasType(let types): return "overseasType\(set(types))"
        case .overseasCountry(let country): return "overseasCountry(\(country.rawValue))"
        }
    }
}

/// The README's rules for each leaf, evaluated in Swift over plain public reads of one snapshot, as of
/// one date and as known at one instant: never from the engine's SQL.
struct MemberFilterModel {
    let date: LocalDate
    let codes: CodeCatalog
    /// The members of the query's status on the date (the universe `!` complements within).
    let universe: [Member]
    /// Each unit's subtree on the date (itself included), as known then.
    let subtrees: [OrgUnitID: Set<OrgUnitID>]
    /// The 侨情 records in force on the date, by holder.
    let overseas: [MemberID: [OverseasRecord]]
    /// The enterprises (as they stood that day, themselves in force) in which each member holds a role in force.
    let enterprises: [MemberID: [EnterpriseRecord]]

    init(_ snapshot: RegisterSnapshot, asOf date: LocalDate, knownAt: Timestamp?, status: MemberStatus?,
         units: [OrgUnitID]) throws {
        self.date = date
        codes = snapshot.codes
        var universe: [Member] = []
        if status != .archived { universe += try snapshot.members(asOf: date, knownAt: knownAt) }
        if status != .active { universe += try snapshot.archivedMembers(asOf: date, knownAt: knownAt) }
        self.universe = universe.sorted { $0.id < $1.id }
        var subtrees: [OrgUnitID: Set<OrgUnitID>] = [:]
        for unit in units {
            subtrees[unit] = Set(try snapshot.orgUnits(under: unit, asOf: date, knownAt: knownAt).map(\.id))
        }
        self.subtrees = subtrees
        var overseas: [MemberID: [OverseasRecord]] = [:]
        for tenure in try snapshot.records(OverseasRecord.self, asOf: date, knownAt: knownAt) {
            #expect(tenure.from <= date && (tenure.to.map { date < $0 } ?? true))
            overseas[tenure.holder, default: []].append(tenure.record)
        }
        self.overseas = overseas
        var enterprises: [MemberID: [EnterpriseRecord]] = [:]
        for role in try snapshot.records(EnterpriseRoleRecord.self, asOf: date, knownAt: knownAt) {
            guard let enterprise = try snapshot.record(role.record.enterprise, asOf: date, knownAt: knownAt),
                  enterprise.from <= date, enterprise.to.map({ date < $0 }) ?? true else { continue }
            enterprises[role.holder, default: []].append(enterprise.record)
        }
        self.enterprises = enterprises
    }

    /// The ids the README says `term` keeps, in id order.
    func ids(_ term: FilterTerm) -> [MemberID] { universe.filter { matches(term, $0) }.map(\.id) }

    func matches(_ term: FilterTerm, _ member: Member) -> Bool {
        switch term {
        case .leaf(let leaf): return matches(leaf, member)
        case .and(let l, let r): return matches(l, member) && matches(r, member)
        case .or(let l, let r): return matches(l, member) || matches(r, member)
        // `!` keeps every member of the universe the operand does not keep, unknown values included.
        case .not(let t): return !matches(t, member)
        }
    }

    /// A coded value as the code lists resolve it (a name or alias to its code).
    private func code<Value: CodedValue>(_ value: Value) -> String { codes.code(value)?.code ?? value.rawValue }

    func matches(_ leaf: FilterLeaf, _ member: Member) -> Bool {
        let record = member.record
        switch leaf {
        case .all:
            return true
        case .category(let category, let tiers, let sources):
            return member.categories.contains { membership in
                (category.map { code($0) == membership.category.rawValue } ?? true)
                    && (tiers.isEmpty || tiers.map(code).contains(membership.tier.rawValue))
                    && (sources.isEmpty || membership.source.map { sources.map(code).contains($0.rawValue) } ?? false)
            }
        case .under(let unit):
            guard let owner = record.orgUnit else { return false }
            return subtrees[unit]?.contains(owner) ?? false
        case .region(let division):
            // A province (`NN0000`) keeps its two-digit prefix, a prefecture (`NNNN00`) four, a county its
            // six digits, a 9- or 12-digit code itself: everything below shares the prefix.
            guard let region = record.region else { return false }
            let prefix: Substring
            if division.count > 6 { prefix = division[...] }
            else if division.hasSuffix("0000") { prefix = division.prefix(2) }
            else if division.hasSuffix("00") { prefix = division.prefix(4) }
            else { prefix = division[...] }
            return region.hasPrefix(prefix)
        case .sex(let sex):
            return record.sex.map(code) == code(sex)
        case .ethnicity(let values):
            guard let ethnicity = record.ethnicity else { return false }
            return values.isEmpty || values.map(code).contains(code(ethnicity))
        case .minority:
            guard let ethnicity = record.ethnicity else { return false }
            return code(ethnicity) != "01"
        case .age(let years):
            guard let age = fullYears(record.birthDate) else { return false }
            return years.contains(age)
        case .ageBand(let band):
            guard let age = fullYears(record.birthDate) else { return false }
            switch band {
            case "35-", "35岁及以下": return age <= 35
            case "36-45", "36至45岁": return (36...45).contains(age)
            case "46-55", "46至55岁": return (46...55).contains(age)
            default: return age >= 56
            }
        case .education(let floor):
            guard let education = record.education else { return false }
            return educationAtLeast(code(education), code(floor))
        case .politicalStatus(let values):
            guard let status = record.politicalStatus else { return false }
            return values.isEmpty || values.map(code).contains(code(status))
        case .rank(let floor):
            guard let level = codes.cadreLevel(of: record) else { return false }
            return codes.isAtLeast(level, floor)
        case .grade(let floor):
            guard let grade = record.grade, let list = codes[.civilServiceGrade],
                  let held = list.code(code(grade))?.position, let least = list.code(code(floor))?.position else { return false }
            return held >= least
        case .enterpriseIndustry(let industry):
            let wanted = code(industry)
            return (enterprises[member.id] ?? []).contains { enterprise in
                // The industry itself or any code below it (a 门类 includes its 大类).
                var next = enterprise.industry.map(code)
                while let current = next {
                    if current == wanted { return true }
                    next = codes[.industry]?.code(current)?.parent
                }
                return false
            }
        case .enterpriseScale(let scale):
            return (enterprises[member.id] ?? []).contains { $0.scale.map(code) == code(scale) }
        case .overseasType(let types):
            return (overseas[member.id] ?? []).contains { types.isEmpty || types.map(code).contains(code($0.type)) }
        case .overseasCountry(let country):
            return (overseas[member.id] ?? []).contains { $0.country.map(code) == code(country) }
        }
    }

    /// Full years on the date: a birthday not yet reached that year does not count (29 February turns
    /// a year older on 1 March in other years).
    func fullYears(_ born: LocalDate?) -> Int? {
        guard let born, born <= date else { return nil }
        return date.year - born.year - ((date.month, date.day) < (born.month, born.day) ? 1 : 0)
    }

    /// GB/T 4658 by level: the levels are the top-level codes of the list in its order (研究生 first), a
    /// code sits on its parent's level; 其他 (`90`) is on no level and matches only "at least 其他".
    func educationAtLeast(_ held: String, _ floor: String) -> Bool {
        guard let list = codes[.education] else { return false }
        let levels = list.codes.filter { $0.parent == nil && $0.code != "90" }.map(\.code)
        func level(_ code: String) -> Int? {
            guard let entry = list.code(code) else { return nil }
            return levels.firstIndex(of: entry.parent ?? entry.code)
        }
        if floor == "90" || list.code(floor)?.parent == "90" {
            // README: 其他 "matches only at least 其他"; read here as: any recorded 学历 is at least 其他.
            return true
        }
        guard let heldLevel = level(held), let floorLevel = level(floor) else { return false }
        return heldLevel <= floorLevel
    }
}
