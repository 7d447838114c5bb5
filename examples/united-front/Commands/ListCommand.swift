import ArgumentParser
import Foundation
import UnitedFront

/// `united-front list`: the members on the register on a date, narrowed by any of the members filters,
/// in an order, a page at a time.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the members as of a date, narrowed by filters (category, unit, region, age …), in pages.",
        discussion: """
            Every filter reads the register as of --as-of (default today) and as known at --known-at; \
            several filters must all hold. The table shows the main columns; --format csv and --format json \
            hold every field, keyed in JSON by the English aliases (name, former_names, sex, birth_date, …, \
            status, categories) plus id. With --limit, when more members follow, "next: CURSOR" is printed on \
            stderr: pass it to --after (with the same filters and --order) for the next page. --count prints \
            only the number of members the filters keep.
            Example: united-front list --category 无党派人士 --under 2 --age 30-45 --order name --limit 20
            """
    )

    /// How the list is ordered.
    enum Order: String, ExpressibleByArgument, CaseIterable {
        case id, name, birth, changed

        var memberOrder: MemberOrder {
            switch self {
            case .id: .id
            case .name: .name
            case .birth: .birthDate
            case .changed: .recentlyChanged
            }
        }
    }

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var dates: ReadDateOptions
    @OptionGroup var disclosure: DisclosureOptions
    @OptionGroup var filters: FilterOptions

    @Flag(name: .long, help: "Archived members instead of active ones.")
    var archived = false

    @Flag(name: .long, help: "Active and archived members.")
    var allStatuses = false

    @Option(name: .long, help: "Order: id (default), name (pinyin), birth (oldest first, unknown last), changed (most recent first).")
    var order: Order = .id

    /// At most this many members.
    @Option(name: .long, help: "Print at most this many members (a page).")
    var limit: Int?

    @Option(name: .long, help: ArgumentHelp("Continue after this cursor (printed as \"next: …\" by the previous page).", valueName: "cursor"))
    var after: String?

    @Flag(name: .long, help: "Print only how many members the filters keep.")
    var count = false

    func validate() throws {
        if let limit, limit < 0 { throw ArgumentParser.ValidationError("--limit must not be negative") }
        if archived, allStatuses { throw ArgumentParser.ValidationError("--archived and --all-statuses exclude each other") }
        if let after, MemberCursor(after) == nil { throw ArgumentParser.ValidationError("--after takes a cursor printed by a previous page") }
    }

    func run() throws {
        let register = try database.openExisting()
        let date = dates.date(register)
        let query = MemberQuery(try filters.filter(register, on: date), asOf: date, knownAt: dates.knownAt,
                                status: allStatuses ? nil : archived ? .archived : .active, order: order.memberOrder,
                                limit: limit, after: after.flatMap(MemberCursor.init))
        if count {
            print(try register.count(matching: query))
            return
        }
        let page = try register.members(matching: query)
        var presenter = MemberPresenter(codes: register.codes, showCodes: output.codes)
        presenter.masking = disclosure.masking
        let text = try presenter.rendered(page.members, as: output.format)
        try disclosure.record(register, what: "list", format: output.format, asOf: date, rows: page.members.count,
                              category: filters.category, tiers: Set(filters.tier))
        print(text)
        if let next = page.next { FileHandle.standardError.write(Data("next: \(next)\n".utf8)) }
    }
}
