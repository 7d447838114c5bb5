import ArgumentParser
import UnitedFront

/// `united-front cultivation add ID --kind …`: a cultivation begins.
struct CultivationAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Record a cultivation of a member from --effective; prints its id.",
        discussion: """
            Example: united-front cultivation add 3 --kind 挂职 --pool-entry 1 --place 东乌珠穆沁旗人民政府 \
            --content 挂职副旗长 --effective 2023-03-01
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var member: MemberArgument

    /// 类型.
    @Option(help: "类型: 培训, 挂职, 实践锻炼 or 考察.") var kind: CultivationKind
    /// The reserve-pool entry it serves.
    @Option(help: "The member's reserve-pool entry it serves (see `pool list`).", transform: ArgumentValues.recordID("pool_entry"))
    var poolEntry: PoolEntryID?
    /// Where.
    @Option(help: "Where: the school, or the unit of a 挂职.") var place: String?
    /// What.
    @Option(help: "What: the course, or the 挂职 post.") var content: String?

    func run() throws {
        let register = try database.openExisting()
        var cultivation = CultivationRecord(kind: kind, poolEntry: poolEntry)
        cultivation.place = place
        cultivation.content = content
        let date = effective.date(register)
        let id = try register.add(cultivation, for: member.id, effective: date, by: attribution.attribution)
        try RecordPresenter.printWrite(try RecordListing.record(id, asOf: date, in: register), output: output, codes: register.codes)
    }
}
