import ArgumentParser
import UnitedFront

/// `united-front seat add ID --organisation O --role 执委`: a member takes a seat in an organisation.
struct SeatAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Record that a member holds a seat in an organisation from --effective; prints the seat's id.",
        discussion: "Example: united-front seat add 3 --organisation 1 --role 执委 --term 1 --effective 2021-11-20"
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var member: MemberArgument
    @OptionGroup var seat: SeatOptions

    /// The role.
    @Option(help: "主席/会长, 副主席/副会长, 秘书长, 常委, 执委, 理事, 会员 (default 会员).") var role: OrganisationRole = .member

    func run() throws {
        var record = OrganisationMembershipRecord(organisation: seat.organisation, role: role)
        record.term = seat.term
        try RecordListing.add(record, for: member.id, effective: effective, attribution: attribution, output: output,
                              register: try database.openExisting())
    }
}
