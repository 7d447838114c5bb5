import ArgumentParser
import UnitedFront

/// `united-front org tree [ROOT]`: the org units as of a date, indented under their parents.
struct OrgTreeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tree",
        abstract: "Print the org units as of a date, each under its parent (or only the subtree of ROOT)."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var dates: ReadDateOptions

    /// Only this unit and the units below it.
    @Argument(help: "Only this unit and the units below it.", transform: ArgumentValues.orgUnitID)
    var root: OrgUnitID?

    func run() throws {
        let register = try database.openExisting()
        let date = dates.date(register)
        let units = try register.read { snapshot in
            if let root { return try snapshot.orgUnits(under: root, asOf: date, knownAt: dates.knownAt) }
            let all = try snapshot.orgUnits(asOf: date, knownAt: dates.knownAt)
            let ids = Set(all.map(\.id))
            return try all.filter { $0.parent.map { !ids.contains($0) } ?? true }
                .flatMap { try snapshot.orgUnits(under: $0.id, asOf: date, knownAt: dates.knownAt) }
        }
        var depth: [OrgUnitID: Int] = [:]
        var table = DataTable([
            .init(key: "id", header: "编号"), .init(key: "name", header: "名称"), .init(key: "kind", header: "类型"),
            .init(key: "region", header: "区划"), .init(key: "parent", header: "上级"), .init(key: "depth", header: "层级"),
        ])
        for unit in units {
            let level = unit.parent.flatMap { depth[$0] }.map { $0 + 1 } ?? 0
            depth[unit.id] = level
            let indent = String(repeating: "  ", count: level)
            table.append([
                DataTable.Cell(Int(unit.id.rawValue)),
                DataTable.Cell(text: indent + unit.name, json: .string(unit.name)),
                DataTable.Cell(unit.kindName), DataTable.Cell(unit.region),
                DataTable.Cell(text: unit.parent.map(\.description) ?? "", json: unit.parent.map { .integer($0.rawValue) } ?? .null),
                DataTable.Cell(level),
            ])
        }
        print(try table.rendered(as: output.format))
    }
}
