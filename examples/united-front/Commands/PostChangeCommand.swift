import ArgumentParser
import UnitedFront

/// `united-front post change POST-ID …`: a post changed on a date (a 职务层次 raised, a unit renamed).
struct PostChangeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "change",
        abstract: "Record that a post changed from --effective (a 职务层次 raised on the same post, a new title).",
        discussion: "Example: united-front post change 1 --rank 正科 --document \"锡党干字〔2023〕8号\" --effective 2023-06-01"
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var post: PostArgument
    @OptionGroup var fields: PostFieldOptions

    func validate() throws {
        guard !fields.isEmpty else { throw ArgumentParser.ValidationError("Give at least one value to change, e.g. --rank 正科") }
    }

    func run() throws {
        let register = try database.openExisting()
        let (date, fields) = (effective.date(register), fields)
        try RecordListing.write(post.id, on: date, in: register, output: output) {
            try register.write(by: attribution.attribution) { tx in
                try tx.change(post.id, effective: date) { record in fields.apply(to: &record) }
            }
        }
    }
}
