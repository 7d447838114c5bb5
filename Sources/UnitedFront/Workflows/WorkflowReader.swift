#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads workflow kinds, workflows and their steps from one connection, inside the caller's transaction.
struct WorkflowReader {
    let connection: Connection

    // MARK: Kinds

    /// The kind with this id: a shipped one, or one declared in this register.
    func kind(_ id: String) throws -> WorkflowKind? {
        if let shipped = WorkflowKind.shipped.first(where: { $0.id == id }) { return shipped }
        return try connection.fetchOne("SELECT definition FROM workflow_kind WHERE id = ?", [id]) {
            try WorkflowKind.decoded($0.text(0))
        }
    }

    /// The shipped kinds, then the declared ones in declaration order.
    func kinds() throws -> [WorkflowKind] {
        WorkflowKind.shipped + (try connection.fetchAll("SELECT definition FROM workflow_kind ORDER BY rowid") {
            try WorkflowKind.decoded($0.text(0))
        })
    }

    // MARK: Workflows

    /// The workflow as of `date` (nil: its latest state, future-dated steps included) under `knowledge`;
    /// nil when no workflow has this id (or it was not yet recorded).
    func workflow(_ id: WorkflowID, asOf date: LocalDate?, knowledge: Knowledge) throws -> Workflow? {
        let visible = Self.workflowCondition(knowledge)
        guard let (kindID, member) = try connection.fetchOne(
            "SELECT w.kind, w.member_id FROM workflow w WHERE w.id = ? AND \(visible.sql)", [id] + visible.arguments,
            { ($0.text(0), MemberID(rawValue: $0.int64(1))) })
        else { return nil }
        let kind = try self.kind(kindID) ?? WorkflowKind(id: kindID, name: kindID, states: [], transitions: [])
        let steps = try self.steps(of: id, kind: kind, asOf: date, knowledge: knowledge)
        return Workflow(id: id, kind: kind.id, kindName: kind.name, memberID: member, state: steps.last?.state, steps: steps)
    }

    /// The member's workflows, in id order.
    func workflows(of member: MemberID, asOf date: LocalDate?, knowledge: Knowledge) throws -> [Workflow] {
        let visible = Self.workflowCondition(knowledge)
        let ids = try connection.fetchAll("SELECT w.id FROM workflow w WHERE w.member_id = ? AND \(visible.sql) ORDER BY w.id",
                                          [member] + visible.arguments) { WorkflowID(rawValue: $0.int64(0)) }
        return try ids.compactMap { try workflow($0, asOf: date, knowledge: knowledge) }
    }

    /// The workflows of `kind` whose state on `date` is one of `states` (ids), of members registered and
    /// not archived that day, by member id then workflow id.
    func workflows(kind: String, in states: Set<String>, asOf date: LocalDate, knowledge: Knowledge) throws -> [Workflow] {
        guard !states.isEmpty else { return [] }
        let visible = Self.workflowCondition(knowledge)
        let step = knowledge.condition("s"), member = knowledge.condition("h")
        let ids = try connection.fetchAll("""
            SELECT w.id FROM workflow w
            WHERE w.kind = ? AND \(visible.sql)
              AND (SELECT s.state FROM workflow_step s WHERE s.workflow_id = w.id AND \(step.sql) AND s.effective_on <= ?
                   ORDER BY s.effective_on DESC, s.id DESC LIMIT 1)
                  IN (\(Array(repeating: "?", count: states.count).joined(separator: ", ")))
              AND EXISTS (SELECT 1 FROM member_history h WHERE h.member_id = w.member_id AND \(member.sql)
                  AND h.valid_from <= ? AND (h.valid_to IS NULL OR h.valid_to > ?) AND h.status = 'active')
            ORDER BY w.member_id, w.id
            """, [kind] + visible.arguments + step.arguments + [date] + (states.sorted() as [any DatabaseValueConvertible])
                + member.arguments + [date, date]) { WorkflowID(rawValue: $0.int64(0)) }
        return try ids.compactMap { try workflow($0, asOf: date, knowledge: knowledge) }
    }

    /// The steps of a workflow dated on or before `date` (all, when nil), in order.
    func steps(of workflow: WorkflowID, kind: WorkflowKind, asOf date: LocalDate?, knowledge: Knowledge) throws -> [WorkflowStep] {
        let visible = knowledge.condition("s")
        func state(_ id: String) -> WorkflowState { kind.state(id) ?? WorkflowState(id: id, name: id) }
        return try connection.fetchAll("""
            SELECT s.id, s.state, s.previous_state, s.effective_on, s.actor, s.org_unit, s.opinion, s.document_number,
                   s.fields, s.changeset_id
            FROM workflow_step s WHERE s.workflow_id = ? AND \(visible.sql) AND (? IS NULL OR s.effective_on <= ?)
            ORDER BY s.effective_on, s.id
            """, [workflow] + visible.arguments + [date?.iso8601, date?.iso8601]) { row in
            WorkflowStep(id: row.int64(0), state: state(row.text(1)), previous: row.optionalText(2).map(state),
                         effectiveOn: try LocalDate.stored(row.text(3)), actor: row.optionalText(4),
                         orgUnit: row.optionalInt64(5).map(OrgUnitID.init(rawValue:)), opinion: row.optionalText(6),
                         documentNumber: row.optionalText(7), fields: try Self.fields(row.optionalText(8)),
                         changesetID: row.int64(9))
        }
    }

    // MARK: Stored forms

    /// A step's kind-specific fields as stored: a JSON object with sorted keys, or NULL for none.
    static func storedFields(_ fields: [String: String]) throws -> String? {
        guard !fields.isEmpty else { return nil }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(fields), as: UTF8.self)
    }

    static func fields(_ stored: String?) throws -> [String: String] {
        guard let stored else { return [:] }
        return try JSONDecoder().decode([String: String].self, from: Data(stored.utf8))
    }

    /// Which workflow rows a read under `knowledge` sees (alias `w`).
    static func workflowCondition(_ knowledge: Knowledge) -> (sql: String, arguments: [any DatabaseValueConvertible]) {
        switch knowledge {
        case .current: ("1", [])
        case .upTo(let id): ("w.created_in <= ?", [id])
        }
    }
}
