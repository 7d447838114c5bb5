import ArgumentParser
import UnitedFront

/// `united-front relation end RELATION-ID`: a relation ends (a divorce, a death).
struct RelationEndCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "end",
        abstract: "Record that a relation ended from --effective: the day before is its last day.",
        discussion: "Example: united-front relation end 1 --reason 离婚 --effective 2020-06-01"
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var relation: RelationArgument

    func run() throws {
        try RecordListing.end(relation.id, effective: effective, attribution: attribution, output: output,
                              register: try database.openExisting())
    }
}
