import ArgumentParser
import UnitedFront

/// `united-front overseas relatives ID`: the 侨眷 of a 华侨 or 归侨.
struct OverseasRelativesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relatives",
        abstract: "List the 侨情 records in force on --as-of (default today) that name a member as their relative: their 侨眷."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var dates: ReadDateOptions
    @OptionGroup var member: MemberArgument

    func run() throws {
        let register = try database.openExisting()
        try member.id.check(in: register)
        let date = dates.date(register)
        let tenures = try register.read { try $0.overseasRelatives(of: member.id, asOf: date, knownAt: dates.knownAt) }
        try RecordListing.print(tenures, output: output, register: register)
    }
}
