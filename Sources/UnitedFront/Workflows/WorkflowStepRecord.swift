/// A step to record: the state it enters, its effective date, and what the procedure's papers say
/// (经办人, 经办单位, 意见, 文号, and fields of the kind's own).
///
/// ```swift
/// WorkflowStepRecord("认定", effective: "2023-03-01", actor: "市委统战部", documentNumber: "呼统发〔2023〕3号")
/// ```
public struct WorkflowStepRecord: Hashable, Sendable {
    /// The state the step enters: its id (`CERTIFIED`) or Chinese name (认定).
    public var state: String
    /// The day the step took effect.
    public var effective: LocalDate
    /// 经办人: who carried the step out (a person or a body), not who records it.
    public var actor: String?
    /// 经办单位: the org unit that carried it out; it must exist on ``effective``.
    public var orgUnit: OrgUnitID?
    /// 意见: the opinion, or for 撤销 and 终止 the reason.
    public var opinion: String?
    /// 文号: the number of the document that decided it.
    public var documentNumber: String?
    /// Fields of the kind's own, by name (``WorkflowField/politicalStatus`` for 撤销).
    public var fields: [String: String]

    /// A step entering `state` on `effective`.
    public init(_ state: String, effective: LocalDate, actor: String? = nil, orgUnit: OrgUnitID? = nil,
                opinion: String? = nil, documentNumber: String? = nil, fields: [String: String] = [:]) {
        self.state = state
        self.effective = effective
        self.actor = actor
        self.orgUnit = orgUnit
        self.opinion = opinion
        self.documentNumber = documentNumber
        self.fields = fields
    }

    /// The value the step gives `field`, trimmed; nil when empty.
    func value(of field: WorkflowField) -> String? {
        let text: String? = switch field {
        case .actor: actor
        case .orgUnit: orgUnit?.description
        case .opinion: opinion
        case .documentNumber: documentNumber
        default: fields[field.rawValue]
        }
        return text.map { $0.trimmingSpaces() }.flatMap { $0.isEmpty ? nil : $0 }
    }
}
