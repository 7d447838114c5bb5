import ArgumentParser
import Foundation
import UnitedFront

/// An option per members filter (`--category`, `--age 30-45`, `--workflow KIND:STATE` …), combined with
/// "and": what `list` narrows the register by. Codes accept codes, Chinese names and aliases.
struct FilterOptions: ParsableArguments {
    @Option(name: .long, help: "Only members in this category that day (无党派人士, 党外干部 …).")
    var category: UnitedFront.Category?

    @Option(name: .long, help: ArgumentHelp("With --category, memberships with this tier; alone, a membership in any category with it (repeatable): 代表人士, 后备 …", valueName: "tier"))
    var tier: [Tier] = []

    @Option(name: .long, help: ArgumentHelp("A membership with this source (repeatable): 摸底, 推荐, 认定, 自报.", valueName: "source"))
    var source: [CategorySource] = []

    @Option(name: .long, help: "Only members owned by this org unit or one below it that day (an id from `org tree`).",
            transform: ArgumentValues.orgUnitID)
    var under: OrgUnitID?

    @Option(name: .long, help: ArgumentHelp("所属区划 within this GB/T 2260 division (150000, 150100, 150102, 150102001).", valueName: "code"))
    var region: String?

    @Option(name: .long, help: "性别: 男, 女 ….")
    var sex: Sex?

    @Option(name: .long, help: ArgumentHelp("民族 (repeatable): 蒙古族, 回族 ….", valueName: "ethnicity"))
    var ethnicity: [Ethnicity] = []

    @Flag(name: .long, help: "少数民族: an ethnicity recorded and not 汉族.")
    var minority = false

    @Option(name: .long, help: ArgumentHelp("Full years of age that day: 30-45, or 40 (one age).", valueName: "from-to"),
            transform: FilterOptions.ages)
    var age: ClosedRange<Int>?

    @Option(name: .long, help: ArgumentHelp("An age band of `stats`: 35-, 36-45, 46-55, 56+ (or 35岁及以下 …).", valueName: "band"))
    var ageBand: String?

    @Option(name: .long, help: "学历 at least this level (本科 includes 研究生).")
    var educationAtLeast: Education?

    @Option(name: .long, help: ArgumentHelp("政治面貌 (repeatable): 群众, 民盟 ….", valueName: "status"))
    var politicalStatus: [PoliticalStatus] = []

    @Option(name: .long, help: "职务层次 at least this (副科级: 职级 count through the 职务层次 they correspond to).")
    var rankAtLeast: CadreRank?

    @Option(name: .long, help: "职级 at least this on the 职级 ladder (四级主任科员 …).")
    var gradeAtLeast: CivilServiceGrade?

    @Option(name: .long, help: ArgumentHelp("A workflow of KIND in STATE that day (repeatable; same kind: any of the states): 无党派人士认定:推荐.",
                                            valueName: "kind:state"))
    var workflow: [String] = []

    @Option(name: .long, help: ArgumentHelp("A seat in this organisation that day (an id from `organisation list`).", valueName: "id"),
            transform: ArgumentValues.recordID("organisation"))
    var organisation: OrganisationID?

    @Option(name: .long, help: ArgumentHelp("With --organisation, a seat with this role (repeatable): 执委, 会员 ….", valueName: "role"))
    var role: [OrganisationRole] = []

    @Option(name: .long, help: "A role in an enterprise of this industry that day (a 门类 includes its 大类): C, 14, 制造业.")
    var industry: Industry?

    @Option(name: .long, help: "A role in an enterprise of this scale that day: 大型, 中型, 小型, 微型.")
    var scale: EnterpriseScale?

    @Option(name: .long, help: ArgumentHelp("A 侨情 record that day of this type (repeatable): 华侨, 归侨, 侨眷 ….", valueName: "type"))
    var overseasType: [OverseasType] = []

    @Option(name: .long, help: "A 侨情 record that day with this 居住国.")
    var country: Country?

    @Option(name: .long, help: ArgumentHelp("Took part in an engagement dated from this day (with --engaged-through; default: no start).",
                                            valueName: "date"), transform: ArgumentValues.date)
    var engagedFrom: LocalDate?

    @Option(name: .long, help: ArgumentHelp("Took part in an engagement dated up to this day (default: the read date).", valueName: "date"),
            transform: ArgumentValues.date)
    var engagedThrough: LocalDate?

    @Option(name: .long, help: ArgumentHelp("With --engaged-from/--engaged-through, engagements of this kind (repeatable).", valueName: "kind"))
    var engagementKind: [EngagementKind] = []

    @Option(name: .long, help: "Free text: names, former names, work units (as `search` finds them).")
    var text: String?

    /// `30-45` or `40`.
    static func ages(_ text: String) throws -> ClosedRange<Int> {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard (1...2).contains(parts.count), let lower = parts.first ?? nil, let upper = parts.last ?? nil, lower <= upper else {
            throw ArgumentParser.ValidationError("--age takes whole years FROM-TO (30-45) or one age (40)")
        }
        return lower...upper
    }

    func validate() throws {
        if !role.isEmpty, organisation == nil { throw ArgumentParser.ValidationError("--role needs --organisation") }
        if !engagementKind.isEmpty, engagedFrom == nil, engagedThrough == nil {
            throw ArgumentParser.ValidationError("--engagement-kind needs --engaged-from or --engaged-through")
        }
    }

    /// The filter the options ask for, "and" of every one given; `date` is the read date.
    func filter(_ register: Register, on date: LocalDate) throws -> MemberFilter {
        var filter = MemberFilter.all
        if let category {
            filter = filter && .category(category, tiers: Set(tier), sources: Set(source))
        } else {
            if !tier.isEmpty { filter = filter && .tier(Set(tier)) }
            if !source.isEmpty { filter = filter && .source(Set(source)) }
        }
        if let under { filter = filter && .under(under) }
        if let region { filter = filter && .region(region) }
        if let sex { filter = filter && .sex(sex) }
        if !ethnicity.isEmpty { filter = filter && .ethnicity(Set(ethnicity)) }
        if minority { filter = filter && .minorityEthnicity }
        if let age { filter = filter && .age(age) }
        if let ageBand { filter = filter && .ageBand(ageBand) }
        if let educationAtLeast { filter = filter && .education(atLeast: educationAtLeast) }
        if !politicalStatus.isEmpty { filter = filter && .politicalStatus(Set(politicalStatus)) }
        if let rankAtLeast { filter = filter && .rank(atLeast: rankAtLeast) }
        if let gradeAtLeast { filter = filter && .grade(atLeast: gradeAtLeast) }
        var states: [String: (kind: WorkflowKind, states: Set<String>)] = [:]
        for text in workflow {
            guard let colon = text.lastIndex(of: ":") else {
                throw ArgumentParser.ValidationError("--workflow takes KIND:STATE (无党派人士认定:推荐), not \(text)")
            }
            let kind = try WorkflowKinds.resolve(String(text[..<colon]), in: register)
            states[kind.id, default: (kind, [])].states.insert(String(text[text.index(after: colon)...]))
        }
        for id in states.keys.sorted() { filter = filter && .workflow(states[id]!.kind, in: states[id]!.states) }
        if let organisation { filter = filter && .organisation(organisation, roles: Set(role)) }
        if let industry { filter = filter && .enterpriseIndustry(industry) }
        if let scale { filter = filter && .enterpriseScale(scale) }
        if !overseasType.isEmpty { filter = filter && .overseasType(Set(overseasType)) }
        if let country { filter = filter && .overseasCountry(country) }
        if engagedFrom != nil || engagedThrough != nil {
            filter = filter && .engaged(from: engagedFrom ?? LocalDate(year: 1900, month: 1, day: 1)!, through: engagedThrough ?? date,
                                        kinds: Set(engagementKind))
        }
        if let text { filter = filter && .text(text) }
        return filter
    }
}
