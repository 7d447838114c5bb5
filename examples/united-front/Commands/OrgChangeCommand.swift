import ArgumentParser
import UnitedFront

/// `united-front org change ID …`: renames a unit, moves it under another parent, or gives it a region.
struct OrgChangeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "change",
        abstract: "Record that a unit was renamed, moved under another parent or given another region on --effective."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var unit: OrgUnitArgument

    /// A new name.
    @Option(help: "The new name.") var name: String?
    /// A new parent.
    @Option(help: "The id of the new unit above it.", transform: ArgumentValues.orgUnitID) var parent: OrgUnitID?
    /// A new region.
    @Option(help: "The new region code.") var region: String?

    func run() throws {
        let register = try database.openExisting()
        let (name, parent, region) = (name, parent, region)
        let changed = try register.changeOrgUnit(unit.id, effective: effective.date(register), by: attribution.attribution) { record in
            if let name { record.name = name }
            if let parent { record.parent = parent }
            if let region { record.region = region.isEmpty ? nil : region }
        }
        print("org unit \(unit.id): \(changed ? "changed" : "nothing changed")")
    }
}
