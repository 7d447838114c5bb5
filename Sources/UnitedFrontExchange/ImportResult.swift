import UnitedFront

/// What an import did (or, in a dry run or after bad rows in all-or-nothing mode, what it found).
///
/// Encodes to exactly the JSON the CLI prints:
/// `{"imported": n, "updated": n, "unchanged": n, "rejected": n, "errors": [{"row": r, "column": "…",
/// "value": "…", "reason": "…"}], "possible_duplicates": [...]}`.
///
/// In all-or-nothing mode a sheet with bad rows writes nothing, and `imported`, `updated` and
/// `unchanged` are then 0. In a dry run they are what a real run with the same options would report.
///
/// **Threading.** A value type: `Sendable`.
public struct ImportResult: Hashable, Sendable, Codable {
    /// Rows that registered a new member.
    public var imported: Int = 0
    /// Rows that changed an existing member (a field, a new category, a tier).
    public var updated: Int = 0
    /// Rows that matched an existing member and changed nothing.
    public var unchanged: Int = 0
    /// Bad rows: not written.
    public var rejected: Int = 0
    /// Every problem of every bad row, in row order.
    public var errors: [ImportError] = []
    /// Rows imported as new members that may duplicate existing ones.
    public var possibleDuplicates: [PossibleDuplicate] = []
    /// Whether the import's writes were committed (false for a dry run and for an all-or-nothing
    /// import with bad rows). Not part of the JSON.
    public var committed: Bool = false

    /// An empty result.
    public init() {}

    /// Whether nothing was written because of bad rows: what the CLI turns into a non-zero exit.
    public var wroteNothingBecauseOfBadRows: Bool { rejected > 0 && !committed }

    enum CodingKeys: String, CodingKey {
        case imported, updated, unchanged, rejected, errors
        case possibleDuplicates = "possible_duplicates"
    }

    /// The result as one line of JSON with the keys in the documented order (`JSONEncoder` does not
    /// keep key order): `{"imported": 12, "updated": 0, …, "possible_duplicates": []}`. Decodes back
    /// with `JSONDecoder` like the `Codable` form.
    public var json: String {
        let errors = errors.map { error in
            "{\"row\": \(error.row), \"column\": \(JSONText.string(error.column)), "
                + "\"value\": \(JSONText.string(error.value)), \"reason\": \(JSONText.string(error.reason))}"
        }
        let duplicates = possibleDuplicates.map { duplicate in
            "{\"row\": \(duplicate.row), \"name\": \(JSONText.string(duplicate.name)), "
                + "\"birth_date\": \(JSONText.string(duplicate.birthDate.iso8601)), "
                + "\"existing_member_ids\": [\(duplicate.existingMemberIDs.map(\.description).joined(separator: ", "))]}"
        }
        return "{\"imported\": \(imported), \"updated\": \(updated), \"unchanged\": \(unchanged), "
            + "\"rejected\": \(rejected), \"errors\": [\(errors.joined(separator: ", "))], "
            + "\"possible_duplicates\": [\(duplicates.joined(separator: ", "))]}"
    }
}
