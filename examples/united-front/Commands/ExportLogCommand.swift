import ArgumentParser
import UnitedFront

/// `united-front export-log`: every export made from the register: who, when, what, masked or not.
struct ExportLogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-log",
        abstract: "List every export of the register: who, when, format, filter, rows, masked or not, why."
    )

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let register = try database.openExisting()
        var table = DataTable([
            .init(key: "id", header: "编号"), .init(key: "recorded_at", header: "时间"), .init(key: "actor", header: "操作人"),
            .init(key: "format", header: "格式"), .init(key: "filter", header: "条件"), .init(key: "rows", header: "行数"),
            .init(key: "masked", header: "脱敏"), .init(key: "reason", header: "事由"), .init(key: "completed", header: "完成"),
        ])
        for entry in try register.exportLog() {
            table.append([
                DataTable.Cell(Int(entry.id)), DataTable.Cell(entry.recordedAt.chinaTime), DataTable.Cell(entry.actor),
                DataTable.Cell(entry.format), DataTable.Cell(entry.filter), DataTable.Cell(entry.rowCount),
                DataTable.Cell(entry.masked), DataTable.Cell(entry.reason), DataTable.Cell(entry.completed),
            ])
        }
        print(try table.rendered(as: output.format))
    }
}
