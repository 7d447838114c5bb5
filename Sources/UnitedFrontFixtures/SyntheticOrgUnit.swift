public import UnitedFront

/// One unit of a population's org-unit tree: a district's 统战部 (the root), its 街道 and 乡镇, and
/// their 社区 and 村. Members are owned by units (``UnitedFront/MemberRecord/orgUnit``): 党外干部 by the
/// 统战部 itself, everyone else by a 社区 or 村 of the township they live in.
///
/// Units are identified by their index in ``Population/orgUnits``; writing the population maps each
/// index to the ``UnitedFront/OrgUnitID`` the register assigns (see ``Population/writeAll(to:recording:)``).
///
/// **Threading.** An immutable value; `Sendable`.
public struct SyntheticOrgUnit: Sendable, Hashable, Identifiable, CustomStringConvertible {
    /// The index in ``Population/orgUnits``.
    public let id: Int
    /// 名称: `呼和浩特市新城区委统战部`, `海拉尔东路街道`, `锡林社区`.
    public let name: String
    /// 类型.
    public let kind: OrgUnitKind
    /// The unit above, by index; nil for a district's 统战部.
    public let parent: Int?
    /// 区划: the district's 6-digit code for the root, the township's 9-digit code below it.
    public let region: String
    /// The 6-digit code of the district profile the unit belongs to.
    public let regionCode: String

    /// The record to establish the unit with, its parent resolved through `ids` (by index).
    public func record(parentIDs ids: [OrgUnitID]) -> OrgUnitRecord {
        var record = OrgUnitRecord(name: name, kind: kind, parent: parent.map { ids[$0] })
        record.region = region
        return record
    }

    /// `12 锡林社区 (COMMUNITY) under 3`.
    public var description: String {
        "\(id) \(name) (\(kind))" + (parent.map { " under \($0)" } ?? "") + " \(region)"
    }
}

/// The org-unit trees of a spec's districts and the lookups the generators need: the root of each
/// district and the 社区/村 of each township.
///
/// A district's tree depends only on its profile, never on the seed or the size: every population of
/// 新城区 has the same 社区 names. Names of 街道 and 乡镇 come from the profile; 社区 and 村 names are
/// generated (plausible, not real).
struct OrgUnitPlan: Sendable, Hashable {
    private(set) var units: [SyntheticOrgUnit] = []
    private var roots: [String: Int] = [:]
    private var grassroots: [String: [Int]] = [:]
    private var towns: [String: Int] = [:]

    init(regions: [RegionProfile]) {
        for region in regions {
            let root = add(name: "\(region.city)\(region.district)委统战部", kind: .unitedFrontDepartment, parent: nil,
                           region: region.code, in: region)
            roots[region.code] = root
            for town in region.townships {
                var random = SeededRandom(seed: Paperwork.fnv(town.code + town.name))
                let isStreet = town.name.hasSuffix("街道")
                let townUnit = add(name: town.name, kind: isStreet ? .subdistrict : .township, parent: root,
                                   region: town.code, in: region)
                towns[town.code] = townUnit
                var names: [String] = []
                if isStreet {
                    let count = random.integer(in: 3...6)
                    while names.count < count {
                        let name = random.element(of: Self.communityStems) + "社区"
                        if !names.contains(name) { names.append(name) }
                    }
                    grassroots[town.code] = names.map { add(name: $0, kind: .community, parent: townUnit, region: town.code, in: region) }
                } else {
                    let stem = town.name.dropLast()
                    var ids = [add(name: "\(stem)社区", kind: .community, parent: townUnit, region: town.code, in: region)]
                    let count = random.integer(in: 3...5)
                    while names.count < count {
                        let name = random.element(of: Self.villageStems) + "村"
                        if !names.contains(name) { names.append(name) }
                    }
                    ids += names.map { add(name: $0, kind: .village, parent: townUnit, region: town.code, in: region) }
                    grassroots[town.code] = ids
                }
            }
        }
    }

    /// The 统战部 of the district `code`.
    func root(of code: String) -> Int { roots[code]! }

    /// The 街道 or 乡镇 unit of the township `code` (9 digits).
    func town(_ townCode: String) -> Int { towns[townCode]! }

    /// The 社区 and 村 of the township `code` (9 digits).
    func grassroots(of townCode: String) -> [Int] { grassroots[townCode] ?? [] }

    private mutating func add(name: String, kind: OrgUnitKind, parent: Int?, region: String, in profile: RegionProfile) -> Int {
        units.append(SyntheticOrgUnit(id: units.count, name: name, kind: kind, parent: parent, region: region,
                                      regionCode: profile.code))
        return units.count - 1
    }

    static let communityStems = [
        "团结", "幸福", "和平", "光明", "新华", "建设", "民族", "文化", "东风", "朝阳", "胜利", "友谊", "阳光", "育才",
        "青年", "北苑", "南苑", "滨河", "丽苑", "康乐", "锦绣", "春晖", "广场", "花园", "工农", "铁路", "电力", "学府",
    ]
    static let villageStems = [
        "东河", "西河", "前进", "红旗", "新民", "永丰", "太平", "兴隆", "三合", "双井", "王家营", "李家庄", "张家湾",
        "刘家屯", "南沟", "北山", "上营", "下营", "长胜", "五一",
    ]
}
