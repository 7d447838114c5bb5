import ArgumentParser
import UnitedFront

/// `united-front engagement list --from D1 --through D2`: the engagements of a period.
struct EngagementListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the engagements dated from --from through --through (both inclusive), each as it stands, with its outcome.",
        discussion: """
            Withdrawn engagements are left out. --under keeps those organised by an org unit or a unit below it \
            (the tree as it stands on --through); --kind, repeatable, keeps those kinds. \
            Example: united-front engagement list --from 2022-01-01 --through 2022-12-31 --kind 走访 --kind 慰问
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    /// The first day.
    @Option(help: "The first day (YYYY-MM-DD).", transform: ArgumentValues.date) var from: LocalDate
    /// The last day.
    @Option(help: "The last day (YYYY-MM-DD), included.", transform: ArgumentValues.date) var through: LocalDate
    /// The subtree's root.
    @Option(help: "Only engagements organised by this org unit or a unit below it (see `org tree`).",
            transform: ArgumentValues.orgUnitID)
    var under: OrgUnitID?
    /// The kinds.
    @Option(name: .customLong("kind"), help: "Only engagements of this kind (走访, 培训 …); repeat for several.")
    var kinds: [EngagementKind] = []

    @OptionGroup var knowledge: KnownAtOptions

    func validate() throws {
        guard from <= through else { throw ArgumentParser.ValidationError("--from \(from) is after --through \(through)") }
    }

    func run() throws {
        let register = try database.openExisting()
        let engagements = try register.engagements(from: from, through: through, under: under, kinds: Set(kinds), knownAt: knowledge.knownAt)
        try RecordListing.print(engagements, output: output, register: register)
    }
}
