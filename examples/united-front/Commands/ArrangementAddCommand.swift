import ArgumentParser
import UnitedFront

/// `united-front arrangement add ID --kind … --level …`: a member is given a 政治安排.
struct ArrangementAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Record a 政治安排 a member holds from --effective; prints its id.",
        discussion: """
            Example: united-front arrangement add 3 --kind 政协委员 --level 市 --body 锡林郭勒盟政协 --term 第十四届 \
            --role 常委 --sector 无党派人士 --effective 2022-01-10
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var member: MemberArgument
    @OptionGroup var fields: ArrangementFieldOptions

    func validate() throws {
        guard fields.kind != nil else { throw ArgumentParser.ValidationError("Missing expected argument '--kind <kind>'") }
        guard fields.level != nil else { throw ArgumentParser.ValidationError("Missing expected argument '--level <level>'") }
    }

    func run() throws {
        let register = try database.openExisting()
        var arrangement = ArrangementRecord(kind: "", level: "")
        fields.apply(to: &arrangement)
        let date = effective.date(register)
        let id = try register.add(arrangement, for: member.id, effective: date, by: attribution.attribution)
        try RecordPresenter.printWrite(try RecordListing.record(id, asOf: date, in: register), output: output, codes: register.codes)
    }
}
