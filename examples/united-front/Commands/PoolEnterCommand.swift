import ArgumentParser
import UnitedFront

/// `united-front pool enter ID --target-rank …`: a member enters the reserve pool (入库).
struct PoolEnterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enter",
        abstract: "Enter a member into the reserve pool from --effective (入库); prints the entry's id.",
        discussion: """
            --reason is recorded as the entry's 入库理由 too. Example: united-front pool enter 3 --target-rank 正科 \
            --reason "2022年党外干部调研推荐" --effective 2022-04-01
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var member: MemberArgument

    /// 拟任职务层次.
    @Option(help: "拟任职务层次: 正科, 副处, 乡科级正职, 141 …") var targetRank: CadreRank
    /// 拟任职务.
    @Option(help: "拟任职务 (教育局局长).") var targetPost: String?
    /// 文号.
    @Option(help: "文号.") var document: String?

    func run() throws {
        let register = try database.openExisting()
        var entry = PoolRecord(targetRank: targetRank, targetPost: targetPost, entryReason: attribution.reason)
        entry.document = document
        let date = effective.date(register)
        let id = try register.add(entry, for: member.id, effective: date, by: attribution.attribution)
        try RecordPresenter.printWrite(try RecordListing.record(id, asOf: date, in: register), output: output, codes: register.codes)
    }
}
