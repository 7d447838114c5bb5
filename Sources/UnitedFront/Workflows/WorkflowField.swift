/// A field a workflow step can carry, named in a ``WorkflowTransition``'s required fields: the step's
/// own fields (``actor``, ``orgUnit``, ``opinion``, ``documentNumber``) or a kind-specific one, any other
/// name, looked up in ``WorkflowStepRecord/fields``.
///
/// A required field left empty is refused with a ``ValidationError`` whose field is this name.
public struct WorkflowField: RawRepresentable, Hashable, Sendable, Codable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    /// The field's name: `document_number`, or a kind-specific key of ``WorkflowStepRecord/fields``.
    public let rawValue: String

    /// Wraps a name.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// A name literal.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The name.
    public var description: String { rawValue }

    /// The name a ``ValidationError`` gives.
    public var validationField: ValidationError.Field { ValidationError.Field(rawValue: rawValue) }

    /// 经办人: ``WorkflowStepRecord/actor``.
    public static let actor: WorkflowField = "actor"
    /// 经办单位: ``WorkflowStepRecord/orgUnit``.
    public static let orgUnit: WorkflowField = "org_unit"
    /// 意见 (for 撤销 and 终止, the reason): ``WorkflowStepRecord/opinion``.
    public static let opinion: WorkflowField = "opinion"
    /// 文号: ``WorkflowStepRecord/documentNumber``.
    public static let documentNumber: WorkflowField = "document_number"
    /// A kind-specific field naming a 政治面貌 (code, name or alias): the status a step with a
    /// ``WorkflowEffect/setPoliticalStatus(_:unlessGiven:)`` effect sets instead of its default.
    public static let politicalStatus: WorkflowField = "political_status"
    /// A kind-specific field naming a 职务层次 (code, name or alias): the target level of a reserve-pool
    /// entry that a step with a ``WorkflowEffect/enterPool(targetRank:)`` effect adds.
    public static let targetRank: WorkflowField = "target_rank"

    /// The fields every step has; any other name is a key of ``WorkflowStepRecord/fields``.
    static let builtIn: Set<WorkflowField> = [.actor, .orgUnit, .opinion, .documentNumber]
}
