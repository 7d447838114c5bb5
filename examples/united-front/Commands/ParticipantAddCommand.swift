import ArgumentParser
import UnitedFront

/// `united-front participant add ENGAGEMENT-ID (--member M | --enterprise E | --household H)`: someone
/// took part in an engagement.
struct ParticipantAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Record that a member, an enterprise or a household took part in an engagement, on its date; prints the participant's id.",
        discussion: """
            Examples: united-front participant add 1 --enterprise 1 --role 走访对象; \
            united-front participant add 2 --member 3 --role 学员 --session 1
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var engagement: EngagementArgument

    /// A member taking part.
    @Option(help: "The member who took part.", transform: ArgumentValues.memberID(named: "member")) var member: MemberID?
    /// An enterprise taking part.
    @Option(help: "The enterprise that took part (was visited).", transform: ArgumentValues.recordID("enterprise"))
    var enterprise: EnterpriseID?
    /// A household taking part.
    @Option(help: "The household that took part (was visited).", transform: ArgumentValues.recordID("household"))
    var household: HouseholdID?
    /// 角色.
    @Option(help: "角色: 走访对象, 学员, 主讲, 参会人员 ….") var role: String?
    /// The session of a 培训.
    @Option(help: "The session of a 培训 attended, from 1 to its sessions.") var session: Int?

    func validate() throws {
        guard [member != nil, enterprise != nil, household != nil].filter({ $0 }).count == 1 else {
            throw ArgumentParser.ValidationError("Name exactly one participant: --member, --enterprise or --household")
        }
    }

    func run() throws {
        let register = try database.openExisting()
        var record: ParticipantRecord
        if let member {
            record = ParticipantRecord(member: member, role: role)
        } else if let enterprise {
            record = ParticipantRecord(enterprise: enterprise, role: role)
        } else {
            record = ParticipantRecord(household: household!, role: role)
        }
        record.session = session
        let id = try register.add(record, to: engagement.id, by: attribution.attribution)
        try RecordPresenter.printWrite(try RecordListing.existing(id, in: register), output: output, codes: register.codes)
    }
}
