import Foundation
import ArgumentParser
import UnitedFront

/// `united-front search TEXT`: members whose name or former name contains the text.
///
/// For now this filters `members(asOf:)` in Swift; the name-search issue brings an FTS5 index (and
/// pinyin), at which point this command calls it instead.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find active members whose name or former name contains TEXT (case-insensitive)."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var dates: ReadDateOptions
    @OptionGroup var disclosure: DisclosureOptions

    /// The text to look for.
    @Argument(help: "Part of a name, e.g. 其木格.")
    var text: String

    /// At most this many members.
    @Option(name: .long, help: "Print at most this many members.")
    var limit: Int?

    func validate() throws {
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ArgumentParser.ValidationError("Give some text to search for")
        }
    }

    func run() throws {
        let register = try database.openExisting()
        let needle = text.trimmingCharacters(in: .whitespaces).lowercased()
        var members = try register.members(asOf: dates.date(register), knownAt: dates.knownAt).filter { member in
            member.name.lowercased().contains(needle) || (member.formerNames?.lowercased().contains(needle) ?? false)
        }
        if let limit { members = Array(members.prefix(max(0, limit))) }
        var presenter = MemberPresenter(codes: register.codes, showCodes: output.codes)
        presenter.masking = disclosure.masking
        let text = try presenter.rendered(members, as: output.format)
        try disclosure.record(register, what: "search", format: output.format, asOf: dates.date(register), rows: members.count)
        print(text)
    }
}
