import ArgumentParser
import UnitedFront

/// `united-front post end POST-ID`: a member leaves a post (免职); the day before --effective is the last
/// day held.
struct PostEndCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "end",
        abstract: "Record that a member left a post from --effective (免职): the day before is the last day held.",
        discussion: "Example: united-front post end 1 --document \"锡党干字〔2023〕2号\" --effective 2023-01-10"
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var post: PostArgument

    /// 免职文号.
    @Option(help: "免职文号.") var document: String?
    /// 免职机关.
    @Option(help: "免职机关, when it is not the appointing one.") var authority: String?

    func run() throws {
        let register = try database.openExisting()
        let (date, document, authority) = (effective.date(register), document, authority)
        try RecordListing.write(post.id, on: date, in: register, output: output) {
            try register.end(post.id, effective: date, by: attribution.attribution) { post in
                if let document { post.removalDocument = document }
                if let authority { post.removalAuthority = authority }
            }
            return true
        }
    }
}
