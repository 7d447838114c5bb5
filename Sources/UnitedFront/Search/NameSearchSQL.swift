/// The SQL that finds members by free text: what the members query's free-text filter and the name search share.
///
/// A placeholder until the search index lands: a plain substring test on the current name, former
/// names and work unit, with the text bound as parameters. Positional `?` parameters only, so that the
/// subquery composes into a larger statement.
enum NameSearchSQL {
    /// A `SELECT member_id …` subquery of the members matching `text`, and its arguments.
    static func members(matching text: String) -> (sql: String, arguments: [any DatabaseValueConvertible]) {
        ("SELECT id AS member_id FROM member WHERE instr(name, ?) > 0 OR instr(coalesce(former_names, ''), ?) > 0 "
            + "OR instr(coalesce(work_unit, ''), ?) > 0", [text, text, text])
    }
}
