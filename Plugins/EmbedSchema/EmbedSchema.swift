import Foundation
import PackagePlugin

/// Embeds the package's `schema/NNN_name.sql` migrations into the target that uses this plugin.
///
/// The generated file defines `EmbeddedSchema.migrations`; the migrator runs exactly those texts, so
/// `schema/` is the single source of truth for the database layout.
@main
struct EmbedSchema: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let schema = context.package.directoryURL.appending(path: "schema")
        let files = try FileManager.default
            .contentsOfDirectory(at: schema, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "sql" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedSchema.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) schema migrations",
                executable: try context.tool(named: "embed-schema").url,
                arguments: [output.path] + files.map(\.path),
                inputFiles: files,
                outputFiles: [output]
            )
        ]
    }
}
