import ArgumentParser
import UnitedFront

/// `united-front honour add ID --name …`: a member received an honour on a date.
struct HonourAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Record that a member received an honour on --effective; prints the honour's id.",
        discussion: "Example: united-front honour add 3 --name 全国民族团结进步模范个人 --level 国家级 --body 国务院 --effective 2024-09-27"
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var member: MemberArgument

    /// The honour's name.
    @Option(help: "The honour's name (全国民族团结进步模范个人).") var name: String
    /// 级别.
    @Option(help: "级别: 国家级, 省级, 市级, 县级.") var level: HonourLevel?
    /// The granting body.
    @Option(help: "The granting body (国务院).") var body: String?
    /// 文号.
    @Option(help: "文号 of the decision.") var document: String?

    func run() throws {
        var honour = HonourRecord(name: name, level: level, body: body)
        honour.document = document
        try RecordListing.add(honour, for: member.id, effective: effective, attribution: attribution, output: output,
                              register: try database.openExisting())
    }
}
