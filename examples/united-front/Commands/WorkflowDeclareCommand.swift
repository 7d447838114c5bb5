import ArgumentParser
import Foundation
import UnitedFront

/// `united-front workflow declare FILE.json`: declares a workflow kind from its JSON definition.
struct WorkflowDeclareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "declare",
        abstract: "Declare a workflow kind from a JSON definition (the form `workflow kinds --format json` prints).",
        discussion: """
            The file holds one kind: {"id", "name", "states": [{"id", "name", "isTerminal"}], "transitions": \
            [{"to", "from" (null: a first step), "required", "effects"}]}. Declaring the same definition again \
            changes nothing; a different definition under a kind's id is refused: declare a changed procedure \
            under a new id.
            """
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var attribution: AttributionOptions

    /// The definition's file.
    @Argument(help: ArgumentHelp("The JSON file holding the kind's definition.", valueName: "file.json"))
    var file: String

    func run() throws {
        let register = try database.openExisting()
        let kind: WorkflowKind
        do {
            kind = try JSONDecoder().decode(WorkflowKind.self, from: try Data(contentsOf: URL(fileURLWithPath: file)))
        } catch let error as DecodingError {
            throw CLIError.unreadableWorkflowKind(path: file, reason: Self.reason(error))
        }
        let declared = try register.declareWorkflowKind(kind, by: attribution.attribution)
        switch output.format {
        case .json:
            print(try JSONValue.object(["id": .string(kind.id), "name": .string(kind.name), "declared": .bool(declared)]).rendered())
        case .table, .csv:
            print(declared ? "declared workflow kind \(kind.id) \(kind.name)"
                : "workflow kind \(kind.id) \(kind.name) is already \(WorkflowKind.shipped.contains(kind) ? "shipped" : "declared") as given: nothing changed")
        }
    }

    /// What is wrong with the file, and where: `no value for "states"`.
    static func reason(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return path.isEmpty ? "" : " at \(path)"
        }
        switch error {
        case .keyNotFound(let key, let context): return "no value for \"\(key.stringValue)\"\(path(context))"
        case .valueNotFound(_, let context): return "a missing value\(path(context))"
        case .typeMismatch(_, let context): return "a value of the wrong type\(path(context))"
        case .dataCorrupted(let context):
            return (context.codingPath.isEmpty ? "not valid JSON" : context.debugDescription) + path(context)
        @unknown default: return "\(error)"
        }
    }
}
