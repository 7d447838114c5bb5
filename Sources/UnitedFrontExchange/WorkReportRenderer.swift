import Foundation
public import UnitedFront

/// Renders a `WorkReport` as Markdown (the report's sections in Chinese, with an appendix of ids) or
/// JSON (the report's `Encodable` form, pretty-printed with sorted keys).
///
/// The renderers live here, beside the sheet exporter, because JSON needs Foundation's `JSONEncoder`
/// and the core links nothing but SQLite; the core's `WorkReport` is `Encodable`, so any encoder works.
///
/// **Threading.** A value type: `Sendable`; rendering reads nothing from the register.
public struct WorkReportRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The report in `format`.
    /// - Throws: `EncodingError` only if JSON encoding fails, which a report's values never cause.
    public func render(_ report: WorkReport, as format: WorkReportFormat) throws -> String {
        switch format {
        case .markdown: markdown(report)
        case .json: try json(report)
        }
    }

    /// The report as pretty-printed JSON with sorted keys and unescaped slashes.
    public func json(_ report: WorkReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self)
    }

    /// The report as Markdown: a title, the scope and the knowledge used, a section per heading of the
    /// seed report (统一战线成员基本情况 as a table; 党外代表人士队伍建设, 民营经济 and 侨务 in the seed's
    /// sentences), then an appendix with every figure's key, value and ids.
    public func markdown(_ report: WorkReport) -> String {
        let scope = report.orgUnit.map { "\(cell($0.name))（org unit \($0.id)）及下属单位" } ?? "全库"
        var lines = ["# \(report.orgUnit.map { cell($0.name) } ?? "")\(report.year)年度统战工作数据", ""]
        lines.append("- 统计范围：\(scope)")
        lines.append("- 统计口径：存量数据截至\(report.asOf.iso8601)；年度数据为\(report.year)年全年")
        lines.append("- 数据依据：" + (report.knownAt.map { "登记库截至 \($0.iso8601) 已记录的数据（known_at）" }
                                  ?? "登记库最新记录（known_at: latest）"))
        for section in WorkReportSection.allCases {
            let figures = report.figures(in: section)
            guard !figures.isEmpty else { continue }
            lines += ["", "## \(section.title)", ""]
            switch section {
            case .members:
                lines += ["| 类别 | 人数 |", "|---|---:|"]
                lines += figures.map { "| \(cell($0.label)) | \($0.value) |" }
            default:
                lines.append(sentences(section, report, coverage: report.orgUnit.map { cell($0.name) } ?? "全域"))
            }
        }
        lines += ["", "## 附录：数据明细", "", "| 指标 | 键 | 数值 | 依据 |", "|---|---|---:|---|"]
        for figure in report.figures {
            let ids = figure.ids.merging(figure.sourceIDs) { $0 + $1 }.sorted { $0.key < $1.key }.map { kind, subjects in
                "\(kind): " + subjects.map(\.text).joined(separator: ", ")
            }
            lines.append("| \(cell(figure.label)) | `\(figure.key)` | \(figure.value)\(figure.unit) | \(ids.isEmpty ? "—" : ids.joined(separator: "; ")) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The seed report's sentences for a section, each figure's value in place.
    private func sentences(_ section: WorkReportSection, _ report: WorkReport, coverage: String) -> String {
        func n(_ key: String) -> String { report[key].map { "\($0.value)" } ?? "—" }
        switch section {
        case .members:
            return ""
        case .representatives:
            return "年内调整党外领导干部\(n("adjusted_cadres"))人，目前党外副科级以上领导干部\(n("leading_cadres"))人。"
                + "储备各行各业、各条战线优秀党外人才（后备干部）\(n("reserve_pool"))人。"
                + "推荐无党派人士人选\(n("nonpartisan_awaiting"))人，待认定（年内推荐\(n("nonpartisan_recommended"))人）。"
                + "全年组织召开各领域座谈会议\(n("forums"))场，举办党外代表人士培训班\(n("training_sessions"))期、"
                + "培训\(n("attendances"))人次（\(n("attendees"))人）。"
        case .privateEconomy:
            return "形成了覆盖\(coverage)的商会网络，共有商会\(n("chambers"))个，商会会员企业\(n("chamber_member_enterprises"))家，"
                + "工商联会员企业\(n("federation_member_enterprises"))家。"
                + "全年走访民营企业\(n("enterprises_visited"))家（走访\(n("visits"))次），协助解决问题\(n("problems_solved"))个。"
                + "\(n("paired_enterprises"))家民营企业结对帮扶\(n("paired_villages"))个重点村。"
        case .overseas:
            return "全年看望慰问侨界群众\(n("overseas_households_visited"))户。"
        }
    }

    /// Text safe in a Markdown table cell: `|` escaped, line breaks as spaces.
    private func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
            .replacingOccurrences(of: "\r", with: " ")
    }
}
