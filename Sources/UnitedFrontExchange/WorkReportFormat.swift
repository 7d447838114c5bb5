/// The forms ``WorkReportRenderer`` writes a `WorkReport` in.
///
/// **Threading.** A value type: `Sendable`.
public enum WorkReportFormat: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// A Chinese report section per heading of the seed report, the numbers in sentences, and an
    /// appendix listing the ids behind each figure.
    case markdown
    /// `{"year", "org_unit", "known_at", "as_of", "figures": [{"key", "section", "label", "value", "unit",
    /// "ids", "sources"}]}`, pretty-printed with sorted keys.
    case json

    /// `markdown` or `json`.
    public var description: String { rawValue }
}
