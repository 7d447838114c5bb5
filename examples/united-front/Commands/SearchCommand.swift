import ArgumentParser
import UnitedFront

/// `united-front search TEXT`: members (or, with `--enterprises`, enterprises) found by the register's name
/// search: any part of a name, former name or work unit, pinyin in full or as initials, with or without the
/// middle dot, in traditional or simplified characters. Best matches first.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find active members by name, former name, work unit or pinyin (best matches first).",
        discussion: """
            TEXT is plain text: any part of a name (王, 欧阳, 其木格), pinyin in full or as initials (wuyunqimuge, \
            wyqmg; 单 as a surname is shan), with or without the middle dot (乌云·其木格 = 乌云其木格), traditional or \
            simplified (陳 = 陈). Members are shown as they stood on --as-of, if active then; --format json prints \
            the same member objects as `list`. With --enterprises, enterprises in force on --as-of are searched by \
            name and former name instead.
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var dates: ReadDateOptions
    @OptionGroup var disclosure: DisclosureOptions

    /// The text to look for.
    @Argument(help: "Part of a name, e.g. 其木格, or its pinyin, e.g. qmg.")
    var text: String

    /// At most this many results.
    @Option(name: .long, help: "Print at most this many results.")
    var limit: Int?

    /// Search enterprises instead of members.
    @Flag(name: .long, help: "Search enterprises (by name and former name) instead of members.")
    var enterprises = false

    func validate() throws {
        guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            throw ArgumentParser.ValidationError("Give some text to search for")
        }
        if let limit, limit < 0 { throw ArgumentParser.ValidationError("--limit must not be negative") }
    }

    /// How many matches to read before keeping those in force on the date: every one the index finds.
    private static let everyMatch = 1_000_000

    func run() throws {
        let register = try database.openExisting()
        let date = dates.date(register), knownAt = dates.knownAt
        let wanted = limit ?? Int.max
        if enterprises {
            let found: [Tenure<EnterpriseRecord>] = try register.read { snapshot in
                var found: [Tenure<EnterpriseRecord>] = []
                for match in try snapshot.searchEnterprises(text, limit: Self.everyMatch) where found.count < wanted {
                    if let tenure = try snapshot.record(match.enterprise, asOf: date, knownAt: knownAt), tenure.isInForce(on: date) {
                        found.append(tenure)
                    }
                }
                return found
            }
            try RecordListing.print(found, output: output, register: register)
            return
        }
        let members: [Member] = try register.read { snapshot in
            var members: [Member] = []
            for match in try snapshot.searchMembers(text, limit: Self.everyMatch) where members.count < wanted {
                if let member = try snapshot.member(match.member, asOf: date, knownAt: knownAt), member.status == .active {
                    members.append(member)
                }
            }
            return members
        }
        var presenter = MemberPresenter(codes: register.codes, showCodes: output.codes)
        presenter.masking = disclosure.masking
        let rendered = try presenter.rendered(members, as: output.format)
        try disclosure.record(register, what: "search", format: output.format, asOf: date, rows: members.count)
        print(rendered)
    }
}
