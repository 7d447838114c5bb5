import ArgumentParser
import UnitedFront

/// `united-front membership add ENTERPRISE-ID --organisation O`: an enterprise joins an organisation.
struct MembershipAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Record that an enterprise belongs to an organisation from --effective; prints the membership's id.",
        discussion: "Example: united-front membership add 1 --organisation 2 --effective 2019-03-01"
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var enterprise: EnterpriseArgument
    @OptionGroup var seat: SeatOptions

    /// The role.
    @Option(help: "会员企业 (default), or a seat such as 副会长.") var role: OrganisationRole = .memberEnterprise

    func run() throws {
        var record = EnterpriseMembershipRecord(organisation: seat.organisation, role: role)
        record.term = seat.term
        try RecordListing.add(record, for: enterprise.id, effective: effective, attribution: attribution, output: output,
                              register: try database.openExisting())
    }
}
