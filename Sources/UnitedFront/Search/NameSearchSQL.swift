/// The SQL that finds members by free text: what the members query's free-text filter and the name search
/// share. Both fold the text the same way (``NameFolding``) and read the same index (schema/026_search_terms.sql):
/// names, former names, work units and the pinyin of names.
///
/// Positional `?` parameters only, so that the subquery composes into a larger statement. The text is
/// always a bound value: for 3 characters or more it is one FTS5 string (a quoted phrase, its quotes
/// doubled), so FTS5 syntax (`"`, `*`, `NEAR`, `OR`, `^`, `(`, `:`) is searched for, never interpreted.
enum NameSearchSQL {
    /// How a folded query reaches the index.
    enum Lookup: Equatable {
        /// Nothing to search for: the text folded to nothing (only dots, spaces or control characters).
        case nothing
        /// 1 or 2 characters: `search_term_gram`.
        case gram(String)
        /// 3 characters or more: the FTS5 trigram index, with this MATCH string.
        case trigram(String)
    }

    /// How `folded` text is looked up.
    static func lookup(_ folded: String) -> Lookup {
        switch folded.unicodeScalars.count {
        case 0: .nothing
        case 1, 2: .gram(folded)
        default: .trigram("\"" + folded.replacing("\"", with: "\"\"") + "\"")
        }
    }

    /// A `SELECT id …` of the `search_term` rows matching `lookup`, and its argument.
    static func matchingTerms(_ lookup: Lookup) -> (sql: String, arguments: [any DatabaseValueConvertible]) {
        switch lookup {
        case .nothing: ("SELECT NULL AS id WHERE 0", [])
        case .gram(let gram): ("SELECT term_id AS id FROM search_term_gram WHERE gram = ?", [gram])
        case .trigram(let phrase): ("SELECT rowid AS id FROM search_term_trigram WHERE search_term_trigram MATCH ?", [phrase])
        }
    }

    /// A `SELECT member_id …` subquery of the members matching `text`, and its arguments.
    static func members(matching text: String) -> (sql: String, arguments: [any DatabaseValueConvertible]) {
        let terms = matchingTerms(lookup(NameFolding.fold(text)))
        // CROSS JOIN keeps the matching terms first: the planner must not walk every member's entries.
        return ("SELECT t.owner_id AS member_id FROM (\(terms.sql)) AS hit CROSS JOIN search_text t ON t.term_id = hit.id "
                + "WHERE t.owner = 'member'", terms.arguments)
    }
}
