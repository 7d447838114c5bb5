import ArgumentParser
import Foundation
import UnitedFront

/// `united-front init`: creates the register file, or brings an existing one's schema up to date, and
/// prints the schema version and the code lists with their versions.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create or migrate the register; print the schema version and code-list versions."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let existed = FileManager.default.fileExists(atPath: database.db)
        let register = try Register(path: database.db)
        let migrations = Migration.all.map(\.name)
        let schema = register.schemaVersion

        var lists = DataTable([
            .init(key: "list", header: "代码表"), .init(key: "title", header: "名称"),
            .init(key: "standard", header: "标准"), .init(key: "version", header: "版本"),
            .init(key: "codes", header: "条目数"),
        ])
        for list in register.codes.lists.values.sorted(by: { $0.id < $1.id }) {
            lists.append([DataTable.Cell(list.id.rawValue), DataTable.Cell(list.title), DataTable.Cell(list.standard),
                          DataTable.Cell(list.version), DataTable.Cell(list.codes.count)])
        }
        switch output.format {
        case .json:
            print(try JSONValue.object([
                "database": .string(database.db), "created": .bool(!existed), "schema_version": .string(schema),
                "migrations": .array(migrations.map(JSONValue.string)), "code_lists": .array(lists.jsonObjects),
            ]).rendered())
        case .csv:
            print(try lists.rendered(as: .csv))
        case .table:
            print("\(existed ? "Opened" : "Created") register \(database.db)")
            print("Schema version: \(schema) (\(migrations.count) migrations)")
            print("Code lists:")
            print(try lists.rendered(as: .table))
        }
    }
}
