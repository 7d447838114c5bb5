import ArgumentParser
import UnitedFront

/// `united-front household add --name …`: registers a household.
struct HouseholdAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Register a household from --effective; prints its id.",
        discussion: "Example: united-front household add --name 陈国华户 --address 锡林浩特市锡林大街12号 --region 150102 --effective 2015-01-01"
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions

    /// 户名.
    @Option(help: "户名 (陈国华户).") var name: String
    /// 住址.
    @Option(help: "住址.") var address: String?
    /// 所在区划.
    @Option(help: "所在区划: a GB/T 2260 code, or a 9- or 12-digit 统计用区划代码.") var region: String?
    /// The owning org unit.
    @Option(help: "The id of the org unit (社区, 村) that owns the record (see `org tree`).", transform: ArgumentValues.orgUnitID)
    var orgUnit: OrgUnitID?

    func run() throws {
        var record = HouseholdRecord(name: name)
        record.address = address
        record.region = region
        record.orgUnit = orgUnit
        try RecordListing.add(record, for: NoHolder(), effective: effective, attribution: attribution, output: output,
                              register: try database.openExisting())
    }
}
