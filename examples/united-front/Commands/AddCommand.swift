import ArgumentParser
import UnitedFront

/// `united-front add`: registers a member effective a date, optionally in categories, and prints the
/// new id.
struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Register a member and print the new id.",
        discussion: """
            Example: united-front add --name 乌云其木格 --document-number 150102197802030221 --ethnicity 蒙古 \
            --category 少数民族人士 --tier 代表人士 --effective 2021-01-01 --reason 年度摸底
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var fields: MemberFieldOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions

    /// Categories to enter the member into, effective the same day.
    @Option(name: .long, help: ArgumentHelp("A category to enter (repeatable): 无党派人士, 党外干部 …", valueName: "category"))
    var category: [UnitedFront.Category] = []

    /// The tier of every `--category` (default 一般).
    @Option(name: .long, help: "The tier in those categories: 一般, 代表人士, 重点代表人士, 后备 (default 一般).")
    var tier: Tier?

    /// How the member came to be in those categories.
    @Option(name: .long, help: "How the member came to be in those categories: 摸底, 推荐, 认定, 自报.")
    var source: CategorySource?

    func validate() throws {
        guard fields.name != nil else { throw ArgumentParser.ValidationError("Missing expected argument '--name <name>'") }
        if category.isEmpty, tier != nil || source != nil {
            throw ArgumentParser.ValidationError("--tier and --source apply to --category; give at least one category")
        }
    }

    func run() throws {
        let register = try database.openExisting()
        var record = MemberRecord(name: "")
        fields.apply(to: &record)
        let date = effective.date(register)
        let id = try register.write(by: attribution.attribution) { tx in
            let id = try tx.add(record, effective: date)
            for category in category {
                try tx.enter(id, category: category, tier: tier ?? .general, source: source, effective: date)
            }
            return id
        }
        print(id)
    }
}
