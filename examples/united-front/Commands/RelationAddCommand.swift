import ArgumentParser
import UnitedFront

/// `united-front relation add ID --relative M --relation 配偶`: a relation from a date.
struct RelationAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Record that --relative is --relation to a member from --effective; prints the relation's id.",
        discussion: "Example: united-front relation add 4 --relative 3 --relation 配偶 --effective 1990-05-01"
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var member: MemberArgument

    /// The other member.
    @Option(help: "The other member's id.", transform: ArgumentValues.memberID(named: "relative")) var relative: MemberID
    /// What the other member is to this one.
    @Option(help: "What --relative is to the member: 配偶, 父亲, 母亲, 子, 女, 介绍人 … (or a GB/T 4761 code).") var relation: Relation
    /// A note.
    @Option(help: "备注 (长期扶养关系 …).") var note: String?

    func run() throws {
        try RecordListing.add(RelationRecord(relative: relative, relation: relation, note: note), for: member.id,
                              effective: effective, attribution: attribution, output: output, register: try database.openExisting())
    }
}
