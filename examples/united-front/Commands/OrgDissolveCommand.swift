import ArgumentParser
import UnitedFront

/// `united-front org dissolve ID`: the unit no longer exists from a date; its history stays.
struct OrgDissolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dissolve",
        abstract: "Dissolve an org unit from --effective (refused while it still owns members or units)."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var effective: EffectiveDateOptions
    @OptionGroup var attribution: AttributionOptions
    @OptionGroup var unit: OrgUnitArgument

    func run() throws {
        let register = try database.openExisting()
        try register.dissolveOrgUnit(unit.id, effective: effective.date(register), by: attribution.attribution)
        print("org unit \(unit.id): dissolved")
    }
}
