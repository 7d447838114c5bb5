/// Rows of data with named columns, printable as an aligned table, CSV or a JSON array of objects.
///
/// Each column has an English key (the JSON key, e.g. `birth_date`) and a Chinese header (the table
/// and CSV header, e.g. `出生日期`); each cell has the text people read and the JSON value programs read.
struct DataTable {
    /// A column: its JSON key and its table/CSV header.
    struct Column {
        /// The JSON key, an English alias such as `work_unit`.
        var key: String
        /// The header tables and CSV print, such as `工作单位`.
        var header: String
    }

    /// One cell: the text for tables and CSV, the value for JSON.
    struct Cell {
        /// What tables and CSV show.
        var text: String
        /// What JSON holds.
        var json: JSONValue

        /// A cell with its own text and JSON value.
        init(text: String, json: JSONValue) {
            self.text = text
            self.json = json
        }

        /// Text, empty and `null` when nil.
        init(_ value: String?) {
            text = value ?? ""
            json = .optional(value)
        }

        /// 是 or 否; `true` or `false` in JSON.
        init(_ value: Bool) {
            text = value ? "是" : "否"
            json = .bool(value)
        }

        /// A number.
        init(_ value: Int) {
            text = String(value)
            json = .integer(Int64(value))
        }
    }

    /// The columns, in order.
    var columns: [Column]
    /// The rows; each has one cell per column.
    var rows: [[Cell]] = []

    /// A table with these columns and no rows.
    init(_ columns: [Column]) { self.columns = columns }

    /// Adds a row.
    mutating func append(_ row: [Cell]) { rows.append(row) }

    /// The rows as JSON objects keyed by the column keys.
    var jsonObjects: [JSONValue] {
        rows.map { row in
            .object(Dictionary(uniqueKeysWithValues: zip(columns.map(\.key), row.map(\.json))))
        }
    }

    /// The table in `format`: aligned text, CSV with the Chinese headers, or a JSON array of objects.
    func rendered(as format: OutputFormat) throws -> String {
        switch format {
        case .table:
            var table = TextTable(columns.map(\.header))
            for row in rows { table.append(row.map(\.text)) }
            return table.render()
        case .csv:
            return CSVWriter.document(headers: columns.map(\.header), rows: rows.map { $0.map(\.text) })
        case .json:
            return try JSONValue.array(jsonObjects).rendered()
        }
    }
}

extension DataTable {
    /// The table with only the columns whose keys are listed, in the listed order.
    func selecting(_ keys: [String]) -> DataTable {
        let indexes = keys.compactMap { key in columns.firstIndex { $0.key == key } }
        var table = DataTable(indexes.map { columns[$0] })
        for row in rows { table.append(indexes.map { row[$0] }) }
        return table
    }
}
