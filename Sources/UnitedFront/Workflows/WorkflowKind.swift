#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A dated procedure on a member, as data: its states, the steps between them, the fields each step
/// requires and what each step does to the member's record.
///
/// The library ships the procedures of united-front work as constants (``nonPartisanCertification``,
/// ``reserveCadrePool``, ``overseasChineseStatus``, ``democraticPartyFiling``,
/// ``newStratumAssociationAdmission``); they need no declaring. A register's users add their own with
/// ``RegisterTransaction/declareWorkflowKind(_:)``, without any schema change:
///
/// ```swift
/// let commendation = WorkflowKind(id: "LOCAL_COMMENDATION", name: "评先评优",
///     states: [WorkflowState(id: "NOMINATED", name: "推荐"), WorkflowState(id: "ASSESSED", name: "评审"),
///              WorkflowState(id: "COMMENDED", name: "表彰", isTerminal: true)],
///     transitions: [WorkflowTransition(to: "NOMINATED", from: [nil]),
///                   WorkflowTransition(to: "ASSESSED", from: ["NOMINATED"]),
///                   WorkflowTransition(to: "COMMENDED", from: ["ASSESSED"], required: [.documentNumber])])
/// try register.declareWorkflowKind(commendation, by: clerk)
/// ```
///
/// **Identity.** A kind's ``id`` names one definition for good: declaring the same definition again
/// is a no-op, and a different definition under a declared (or shipped) id is refused with
/// ``RegisterError/workflowKindConflict(_:)``. To change a procedure, declare it under a new id
/// (`LOCAL_COMMENDATION_2`); workflows already run keep the definition they ran under.
public struct WorkflowKind: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The kind's id: ASCII letters, digits and underscores (`NON_PARTISAN_CERTIFICATION`).
    public var id: String
    /// The Chinese name: 无党派人士认定.
    public var name: String
    /// The states, in the order a workflow usually passes them.
    public var states: [WorkflowState]
    /// How each state is entered: one transition per state that steps may enter.
    public var transitions: [WorkflowTransition]

    /// A kind with these states and transitions.
    public init(id: String, name: String, states: [WorkflowState], transitions: [WorkflowTransition]) {
        self.id = id
        self.name = name
        self.states = states
        self.transitions = transitions
    }

    /// The Chinese name.
    public var description: String { name }

    /// The state whose id or Chinese name is `text` (`CERTIFIED` or 认定).
    public func state(_ text: String) -> WorkflowState? {
        let text = text.trimmingSpaces()
        return states.first { $0.id == text } ?? states.first { $0.name == text }
    }

    /// The transition into the state with id `state`.
    public func transition(to state: String) -> WorkflowTransition? {
        transitions.first { $0.to == state }
    }

    /// The states a step may enter after `current` (nil: a workflow not yet started), in ``states`` order.
    public func allowedStates(after current: String?) -> [WorkflowState] {
        states.filter { state in transition(to: state.id)?.from.contains(current) ?? false }
    }

    /// The definition as stored: JSON with sorted keys.
    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    /// The definition stored as `json`.
    static func decoded(_ json: String) throws -> WorkflowKind {
        try JSONDecoder().decode(WorkflowKind.self, from: Data(json.utf8))
    }

    /// Refuses a definition that cannot be run: a bad id, unnamed or repeated states, transitions into
    /// or from unknown states, out of terminal states, none that starts a workflow, or codes the
    /// register does not know.
    func validate(codes: CodeCatalog) throws {
        func refuse(_ value: String, _ expected: String) -> ValidationError {
            ValidationError(field: .workflowKind, value: value, reason: .malformed(expected: expected))
        }
        let isIDCharacter: (Unicode.Scalar) -> Bool = { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") }
        guard !id.isEmpty, id.unicodeScalars.allSatisfy(isIDCharacter) else {
            throw refuse(id, "an id of ASCII letters, digits and underscores")
        }
        guard !name.trimmingSpaces().isEmpty else { throw ValidationError(field: .workflowKind, value: id, reason: .missing) }
        try RecordValidator.checkCharacters(name, field: .name)
        guard !states.isEmpty else { throw refuse(id, "at least one state") }
        var ids: Set<String> = [], names: Set<String> = []
        for state in states {
            guard !state.id.isEmpty, state.id.unicodeScalars.allSatisfy(isIDCharacter) else {
                throw refuse(state.id, "a state id of ASCII letters, digits and underscores")
            }
            guard !state.name.trimmingSpaces().isEmpty else { throw refuse(state.id, "a state with a name") }
            guard ids.insert(state.id).inserted, names.insert(state.name).inserted else {
                throw refuse(state.id, "states with distinct ids and names")
            }
        }
        var targets: Set<String> = []
        for transition in transitions {
            guard ids.contains(transition.to) else { throw refuse(transition.to, "a transition into a state of \(name)") }
            guard targets.insert(transition.to).inserted else { throw refuse(transition.to, "one transition into each state") }
            for from in transition.from.compactMap({ $0 }) {
                guard let source = states.first(where: { $0.id == from }) else {
                    throw refuse(from, "a transition from a state of \(name)")
                }
                guard !source.isTerminal else { throw refuse(from, "no transition out of a terminal state") }
            }
            for effect in transition.effects {
                switch effect {
                case .setPoliticalStatus(let status, _):
                    _ = try codes.resolve(status, field: .politicalStatus)
                case .enterCategory(let category, let source, let tier):
                    _ = try codes.resolve(category, field: .category)
                    _ = try codes.resolve(source, field: .source)
                    _ = try codes.resolve(tier, field: .tier)
                case .leaveCategory(let category, let reason):
                    _ = try codes.resolve(category, field: .category)
                    _ = try reason.map { try codes.resolve($0, field: .exitReason) }
                case .enterPool(let field):
                    guard transition.required.contains(field) else {
                        throw refuse(transition.to, "an enter_pool effect whose target-rank field the step requires")
                    }
                case .leavePool, .fileParty:
                    break
                }
            }
        }
        guard transitions.contains(where: \.startsWorkflow) else { throw refuse(id, "a transition that starts a workflow") }
    }
}
