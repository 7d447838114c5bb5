import ArgumentParser
import UnitedFront

/// `united-front post add ID --unit … --title …`: a member takes up a post (任职).
struct PostAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Record that a member took up a post from --effective (任职); prints the post's id.",
        discussion: """
            Example: united-front post add 3 --unit 锡林浩特市教育局 --title 副局长 --rank 副科 --leadership \
            --document "锡党干字〔2021〕15号" --effective 2021-03-01
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var member: MemberArgument
    @OptionGroup var fields: PostFieldOptions

    func validate() throws {
        guard fields.title != nil else { throw ArgumentParser.ValidationError("Missing expected argument '--title <title>'") }
        guard fields.unit != nil || fields.orgUnit != nil else {
            throw ArgumentParser.ValidationError("Give the post's unit: --unit <unit> or --org-unit <org-unit>")
        }
    }

    func run() throws {
        let register = try database.openExisting()
        var post = PostRecord(unit: "", title: "")
        fields.apply(to: &post)
        let date = effective.date(register)
        let id = try register.add(post, for: member.id, effective: date, by: attribution.attribution)
        try RecordPresenter.printWrite(try RecordListing.record(id, asOf: date, in: register), output: output, codes: register.codes)
    }
}
