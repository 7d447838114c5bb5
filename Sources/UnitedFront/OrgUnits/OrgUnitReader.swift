/// Reads org units and subtrees from one connection, inside the caller's transaction.
struct OrgUnitReader {
    let connection: Connection
    let codes: CodeCatalog

    private static let columns = OrgUnitField.allCases.map { "h.\($0.rawValue)" }.joined(separator: ", ")

    /// The unit's latest record; nil when no unit has this id.
    func unit(_ id: OrgUnitID) throws -> OrgUnit? {
        try connection.fetchOne("""
            SELECT \(OrgUnitField.columnList), established_on FROM org_unit WHERE id = ?
            """, [id]) { try make(id, $0) }
    }

    /// The unit as of `date` under `knowledge`; nil when it was not established then.
    func unit(_ id: OrgUnitID, asOf date: LocalDate, knowledge: Knowledge) throws -> OrgUnit? {
        let visible = knowledge.condition("h")
        return try connection.fetchOne("""
            SELECT \(Self.columns), u.established_on FROM org_unit_history h JOIN org_unit u ON u.id = h.unit_id
            WHERE h.unit_id = ? AND \(visible.sql) AND h.valid_from <= ? AND (h.valid_to IS NULL OR h.valid_to > ?)
            """, [id] + visible.arguments + [date, date]) { try make(id, $0) }
    }

    /// The active units on `date`, in id order.
    func units(asOf date: LocalDate, knowledge: Knowledge) throws -> [OrgUnit] {
        let visible = knowledge.condition("h")
        return try connection.fetchAll("""
            SELECT \(Self.columns), u.established_on, h.unit_id FROM org_unit_history h JOIN org_unit u ON u.id = h.unit_id
            WHERE \(visible.sql) AND h.valid_from <= ? AND (h.valid_to IS NULL OR h.valid_to > ?) AND h.status = 'active'
            ORDER BY h.unit_id
            """, visible.arguments + [date, date]) { row in
            try make(OrgUnitID(rawValue: row.int64(Int32(OrgUnitField.allCases.count) + 1)), row)
        }
    }

    /// `root` and every active unit below it on `date`, in tree order (a unit before its children,
    /// siblings by id); empty when `root` is not active that day.
    func subtree(of root: OrgUnitID, asOf date: LocalDate, knowledge: Knowledge) throws -> [OrgUnit] {
        let units = try units(asOf: date, knowledge: knowledge)
        guard units.contains(where: { $0.id == root }) else { return [] }
        let children = Dictionary(grouping: units.filter { $0.parent != nil }, by: { $0.parent! })
        var ordered: [OrgUnit] = []
        var stack = units.filter { $0.id == root }
        while let unit = stack.popLast() {
            ordered.append(unit)
            guard ordered.count <= units.count else { break }  // a cycle cannot arise, but never loop forever
            stack += (children[unit.id] ?? []).sorted { $0.id > $1.id }
        }
        return ordered
    }

    private func make(_ id: OrgUnitID, _ row: Statement) throws -> OrgUnit {
        let count = Int32(OrgUnitField.allCases.count)
        let record = OrgUnitRecord(values: (0..<count).map { row.optionalText($0) })
        return OrgUnit(id: id, record: record, establishedOn: try LocalDate.stored(row.text(count)),
                       kindName: codes.name(of: record.kind))
    }
}
