import ArgumentParser
import UnitedFront

/// `united-front org add --name … --kind …`: establishes an org unit.
struct OrgAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Establish an org unit from --effective, under --parent; prints its id."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions

    /// The unit's name.
    @Option(help: "名称 (新城区委统战部, 锡林路街道 …).") var name: String
    /// The unit's kind.
    @Option(help: "类型: 统战部, 街道, 乡镇, 社区, 村, 网格, 部门 or 单位.") var kind: OrgUnitKind
    /// The unit above it.
    @Option(help: "The id of the unit above it (none for a root).", transform: ArgumentValues.orgUnitID) var parent: OrgUnitID?
    /// The unit's region code.
    @Option(help: "区划: a GB/T 2260 code, or a 9- or 12-digit 统计用区划代码.") var region: String?

    func run() throws {
        let register = try database.openExisting()
        var record = OrgUnitRecord(name: name, kind: kind, parent: parent)
        record.region = region
        let id = try register.addOrgUnit(record, effective: effective.date(register), by: attribution.attribution)
        print("org unit \(id): \(name)")
    }
}
