/// The GB/T 2260 division table: region codes are checked for existence, not only for shape.
extension CodeCatalog {
    /// The division with this six-digit code, or nil when the table has none.
    public func division(_ code: String) -> Division? { divisions[code] }

    /// The division a region code lies in (its first six digits): 新城区 for `150102001`.
    public func division(containing regionCode: String) -> Division? { divisions[String(regionCode.prefix(6))] }

    /// The divisions from the province down to the one with `code`: 内蒙古自治区 › 呼和浩特市 › 新城区.
    public func divisionPath(_ code: String) -> [Division] {
        var path: [Division] = []
        var next = division(containing: code)
        while let current = next, path.count < 4 {
            path.insert(current, at: 0)
            next = current.parent.flatMap { divisions[$0] }
        }
        return path
    }

    /// Reads the `division` table.
    static func loadDivisions(_ connection: Connection) throws -> [String: Division] {
        var divisions: [String: Division] = [:]
        try connection.forEachRow("SELECT code, name, parent, level FROM division") { row in
            let code = row.text(0)
            divisions[code] = Division(code: code, name: row.text(1), parent: row.optionalText(2),
                                       level: Division.Level(rawValue: row.text(3)) ?? .county)
        }
        return divisions
    }
}
