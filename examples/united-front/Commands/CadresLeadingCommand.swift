import ArgumentParser
import UnitedFront

/// `united-front cadres leading`: 党外副科级以上领导干部 on a date.
struct CadresLeadingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leading",
        abstract: "党外副科级以上领导干部 on --as-of: members holding a 领导职务 with a 职务层次 of 副科级 or above."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var dates: ReadDateOptions
    @OptionGroup var subtree: SubtreeOptions

    func run() throws {
        let register = try database.openExisting()
        let date = dates.date(register)
        let members = try register.leadingCadres(asOf: date, under: subtree.under, knownAt: dates.knownAt)
        try CadresCommand.print(members, title: "党外副科级以上领导干部 as of \(date)",
                                context: ["as_of": .string(date.iso8601), "under": subtree.json],
                                what: "cadres-leading", asOf: date, output: output, register: register)
    }
}
