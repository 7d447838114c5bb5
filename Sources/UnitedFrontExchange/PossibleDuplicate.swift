public import UnitedFront

/// A row that may describe someone already on the register: the same name and birth date as existing
/// members, but a different or missing document. Reported for a person to review, never merged: the
/// row is imported as a new member.
///
/// **Threading.** A value type: `Sendable`.
public struct PossibleDuplicate: Hashable, Sendable, Codable {
    /// The spreadsheet row number (header = 1).
    public var row: Int
    /// The name in the row.
    public var name: String
    /// The birth date in the row, or the one its citizen ID gives.
    public var birthDate: LocalDate
    /// The members with the same name and birth date, in id order (in a dry run, members imported
    /// from earlier rows of the same file may be among them).
    public var existingMemberIDs: [MemberID]

    /// Creates a report.
    public init(row: Int, name: String, birthDate: LocalDate, existingMemberIDs: [MemberID]) {
        self.row = row
        self.name = name
        self.birthDate = birthDate
        self.existingMemberIDs = existingMemberIDs
    }

    enum CodingKeys: String, CodingKey {
        case row, name
        case birthDate = "birth_date"
        case existingMemberIDs = "existing_member_ids"
    }
}
