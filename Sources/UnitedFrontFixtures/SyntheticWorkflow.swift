public import UnitedFront

/// A workflow a synthetic person goes through (无党派人士认定, 后备干部入库, 民主党派新成员备案,
/// 归侨侨眷身份认定): the steps recorded so far, as the register will read them back.
///
/// A person's workflows are numbered in the order they start, which is the order of the register's
/// ``UnitedFront/WorkflowID``s for the member. Steps name their state by id (`CERTIFIED`).
public struct SyntheticWorkflow: Sendable, Hashable, CustomStringConvertible {
    /// The kind.
    public let kind: WorkflowKind
    /// The steps, in order; each step's ``UnitedFront/WorkflowStepRecord/state`` is a state id.
    public internal(set) var steps: [WorkflowStepRecord]
    /// The key of the reserve-pool entry the workflow's 入库 added, once it did.
    public internal(set) var poolEntry: Int?

    init(kind: WorkflowKind, steps: [WorkflowStepRecord] = [], poolEntry: Int? = nil) {
        self.kind = kind
        self.steps = steps
        self.poolEntry = poolEntry
    }

    /// The state id after every step.
    public var state: String? { steps.last?.state }

    /// The state id on `date`: the state entered by the latest step dated on or before it.
    public func state(asOf date: LocalDate) -> String? {
        steps.last { $0.effective <= date }?.state
    }

    /// Whether the workflow has ended (撤销, 终止, 出库 …): the next step of its kind starts a new one.
    public var isTerminal: Bool {
        state.flatMap { kind.state($0) }?.isTerminal ?? false
    }

    /// `无党派人士认定: 2021-11-15 RECOMMENDED, 2022-02-20 INVESTIGATED, …`.
    public var description: String {
        "\(kind.name): " + steps.map { "\($0.effective) \($0.state)" }.joined(separator: ", ")
    }

    /// `2022-05-01 CERTIFIED 穗统字〔2022〕15号 …`: every value of a step, for fingerprints and messages.
    static func text(_ step: WorkflowStepRecord) -> String {
        let fields = step.fields.keys.sorted().map { "\($0)=\(step.fields[$0]!)" }
        return ([step.effective.description, step.state, step.actor ?? "-", step.opinion ?? "-", step.documentNumber ?? "-"]
                + fields).joined(separator: " ")
    }
}
