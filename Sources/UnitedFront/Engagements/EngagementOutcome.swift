/// How a 建言 or a 问题诉求 came out: the proposal was adopted (采纳), the problem solved (解决). An
/// engagement with no outcome is still open.
///
/// The outcome is a dated change of the ``EngagementRecord``: the day it is set is the day it happened
/// (a problem solved on 2022-03-15 is `change(id, effective: "2022-03-15") { $0.outcome = .solved }`, or
/// the same edit given to `end`). A correction that sets it holds over the record's whole stretch, as any
/// correction does.
public enum EngagementOutcome: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
    /// 已采纳: a 建言 (``EngagementKind/proposal``) was adopted.
    case adopted
    /// 已解决: a 问题诉求 (``EngagementKind/problem``) was solved.
    case solved

    /// The kind of engagement this outcome belongs to.
    public var kind: EngagementKind {
        switch self {
        case .adopted: .proposal
        case .solved: .problem
        }
    }

    /// 已采纳 or 已解决.
    public var description: String {
        switch self {
        case .adopted: "已采纳"
        case .solved: "已解决"
        }
    }
}
