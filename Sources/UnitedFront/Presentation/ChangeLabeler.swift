/// Names values for people: the Chinese label of what changed (职务层次, 无党派人士 来源) and the names of
/// coded values (乡科级副职, 代表人士). Readers return codes; this is where they are given names.
struct ChangeLabeler {
    let codes: CodeCatalog
    /// Org unit names by id (as stored), for moves between units.
    var unitNames: [String: String] = [:]
    /// Workflow kinds by id, for the names of their states.
    var workflowKinds: [String: WorkflowKind] = [:]

    /// A ``ValueChange`` with code names resolved for display, and the reason (an `exit_reason` code) it
    /// was recorded with, if any.
    func valueChange(_ subject: ValueChange.Subject, from: String?, to: String?, reason: String?) -> ValueChange {
        var change = valueChange(subject, from: from, to: to)
        if let reason {
            change.reason = ExitReason(rawValue: reason)
            change.reasonName = codes[.exitReason]?.name(of: reason) ?? reason
        }
        return change
    }

    /// A ``ValueChange`` with code names resolved for display.
    func valueChange(_ subject: ValueChange.Subject, from: String?, to: String?) -> ValueChange {
        var list: CodeList?
        let label: String
        switch subject {
        case .field(.status):
            label = MemberField.status.label
            let display: (String?) -> String? = { $0.map { MemberStatus(rawValue: $0)?.label ?? $0 } }
            return ValueChange(subject: subject, from: from, to: to, fromName: display(from), toName: display(to), label: label)
        case .field(.orgUnit):
            let display: (String?) -> String? = { $0.map { self.unitNames[$0] ?? $0 } }
            return ValueChange(subject: subject, from: from, to: to, fromName: display(from), toName: display(to),
                               label: MemberField.orgUnit.label)
        case .field(let field):
            list = field.codeList.flatMap { codes[$0] }
            label = field.label
        case .category(let category):
            list = codes[.tier]
            label = codes.name(of: category)
        case .categorySince(let category):
            label = codes.name(of: category) + " 起始日期"
        case .categorySource(let category):
            list = codes[.categorySource]
            label = codes.name(of: category) + " 来源"
        case .record(let kind, _):
            label = kind.name
        case .workflow(let kindID, _):
            let kind = workflowKinds[kindID]
            let display: (String?) -> String? = { $0.map { kind?.state($0)?.name ?? $0 } }
            return ValueChange(subject: subject, from: from, to: to, fromName: display(from), toName: display(to),
                               label: kind?.name ?? kindID)
        case .registration:
            label = "登记入库"
        case .registrationDate:
            label = "登记日期"
        }
        let display: (String?) -> String? = { value in value.map { list?.name(of: $0) ?? $0 } }
        return ValueChange(subject: subject, from: from, to: to, fromName: display(from), toName: display(to), label: label)
    }
}
