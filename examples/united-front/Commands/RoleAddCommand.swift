import ArgumentParser
import UnitedFront

/// `united-front role add ID --enterprise E --role 法定代表人`: a member takes a role in an enterprise.
struct RoleAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Record that a member holds a role in an enterprise from --effective; prints the role's id.",
        discussion: "Example: united-front role add 3 --enterprise 1 --role 出资人 --share 35% --effective 2012-05-18"
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var member: MemberArgument

    /// The enterprise.
    @Option(help: "The enterprise's id (see `enterprise list`).", transform: ArgumentValues.recordID("enterprise"))
    var enterprise: EnterpriseID
    /// The role.
    @Option(help: "出资人, 法定代表人, 董事长, 总经理, 高管, 合伙人 ….") var role: EnterpriseRole
    /// 出资比例.
    @Option(help: "出资比例 as written (35%), for an 出资人.") var share: String?

    func run() throws {
        var record = EnterpriseRoleRecord(enterprise: enterprise, role: role)
        record.share = share
        try RecordListing.add(record, for: member.id, effective: effective, attribution: attribution, output: output,
                              register: try database.openExisting())
    }
}
