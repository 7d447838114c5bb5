import ArgumentParser
import UnitedFront

/// `united-front show ID`: one member with code names resolved and their category memberships: the
/// latest record, or as of a date, or as the register knew it at an instant.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a member: the latest record, or as of a date (--as-of), as known at an instant (--known-at)."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var dates: ReadDateOptions
    @OptionGroup var disclosure: DisclosureOptions

    @OptionGroup var member: MemberArgument

    func run() throws {
        let id = member.id
        let register = try database.openExisting()
        let found: Member?
        if dates.asOf == nil, dates.knownAt == nil {
            found = try register.member(id)
        } else {
            found = try register.member(id, asOf: dates.date(register), knownAt: dates.knownAt)
        }
        guard let found else {
            guard try register.member(id) != nil else { throw RegisterError.memberNotFound(id) }
            var when = dates.date(register).iso8601
            if let knownAt = dates.knownAt { when += " as known at \(knownAt.chinaTime)" }
            throw CLIError.notRegistered(id: id.description, asOf: when)
        }
        var presenter = MemberPresenter(codes: register.codes, showCodes: output.codes)
        presenter.masking = disclosure.masking
        let text = try presenter.detail(found, as: output.format)
        try disclosure.record(register, what: "show", format: output.format, asOf: dates.date(register), rows: 1)
        print(text)
    }
}
