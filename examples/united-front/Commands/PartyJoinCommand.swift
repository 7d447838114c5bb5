import ArgumentParser
import UnitedFront

/// `united-front party join ID --party …`: a member joins a democratic party.
struct PartyJoinCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "join",
        abstract: "Record that a member joined a democratic party on --effective; prints the membership's id.",
        discussion: """
            Example: united-front party join 3 --party 民盟 --branch 民盟锡林浩特市第一支部 --introducers "王某某, 李某某" \
            --effective 2025-05-20
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var member: MemberArgument

    /// The party.
    @Option(help: "The party: 民革, 民盟, 民建, 民进, 农工党, 致公党, 九三学社, 台盟 (or 04–11).") var party: PoliticalStatus
    /// 基层组织.
    @Option(help: "基层组织: the branch or committee.") var branch: String?
    /// 介绍人.
    @Option(help: "介绍人.") var introducers: String?

    func run() throws {
        let register = try database.openExisting()
        var membership = PartyMembershipRecord(party: party, branch: branch)
        membership.introducers = introducers
        let date = effective.date(register)
        let id = try register.add(membership, for: member.id, effective: date, by: attribution.attribution)
        try RecordPresenter.printWrite(try RecordListing.record(id, asOf: date, in: register), output: output, codes: register.codes)
    }
}
