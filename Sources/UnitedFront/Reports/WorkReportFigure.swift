/// One figure of a ``WorkReport``: a number with its stable key, Chinese label and unit, and the ids
/// behind it.
///
/// ``value`` is always the number of ``subjects``: the distinct members, enterprises, households …
/// counted, or, for 人次 and 期, the attendances and sessions. ``sources`` are the records the subjects
/// were found through, where that is not the subjects themselves (the pairings behind the paired
/// enterprises, the 走访 behind the enterprises visited, the workflows behind the 无党派 candidates).
public struct WorkReportFigure: Hashable, Sendable {
    /// The stable key (`leading_cadres`, `people_non_partisan`), the same in every report.
    public var key: String
    /// The section of the report it belongs to.
    public var section: WorkReportSection
    /// The Chinese label, in the seed report's wording (党外副科级以上领导干部).
    public var label: String
    /// The number: `subjects.count`.
    public var value: Int { subjects.count }
    /// The unit (人, 家, 个, 户, 期, 人次, 场).
    public var unit: String
    /// What is counted, sorted, each once.
    public var subjects: [WorkReportSubject]
    /// The records the subjects were found through, sorted, each once; often empty.
    public var sources: [WorkReportSubject]

    /// Creates a figure; `subjects` and `sources` are sorted and made distinct.
    public init(key: String, section: WorkReportSection, label: String, unit: String,
                subjects: [WorkReportSubject], sources: [WorkReportSubject] = []) {
        self.key = key
        self.section = section
        self.label = label
        self.unit = unit
        self.subjects = Array(Set(subjects)).sorted()
        self.sources = Array(Set(sources)).sorted()
    }

    /// The subjects by kind (`members`, `enterprises` …), each list sorted: one kind per figure, whose
    /// list has ``value`` elements (none when the value is 0).
    public var ids: [String: [WorkReportSubject]] {
        Dictionary(grouping: subjects, by: \.kind).mapValues { $0.sorted() }
    }

    /// The sources by kind (`pairings`, `engagements`, `workflows`), each list sorted.
    public var sourceIDs: [String: [WorkReportSubject]] {
        Dictionary(grouping: sources, by: \.kind).mapValues { $0.sorted() }
    }

    /// The member ids among the subjects.
    public var members: [MemberID] {
        subjects.compactMap { if case .member(let id) = $0 { id } else { nil } }
    }
}

extension WorkReportFigure: Encodable {
    private enum Keys: String, CodingKey { case key, section, label, value, unit, ids, sources }

    /// `{"key", "section", "label", "value", "unit", "ids": {"members": [1, 2]}, "sources": {"workflows": [3, 4]}}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(key, forKey: .key)
        try container.encode(section, forKey: .section)
        try container.encode(label, forKey: .label)
        try container.encode(value, forKey: .value)
        try container.encode(unit, forKey: .unit)
        try container.encode(ids, forKey: .ids)
        try container.encode(sourceIDs, forKey: .sources)
    }
}
