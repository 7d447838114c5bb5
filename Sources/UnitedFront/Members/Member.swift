/// A member as a read returns them: id, record and category memberships, current or as of a date.
///
/// The record's fields read through (`member.name`, `member.rank`) and hold codes; ``displayName(of:)``
/// gives the Chinese names people read (蒙古族, 乡科级副职), and each membership carries the names of its
/// category, tier and source.
@dynamicMemberLookup
public struct Member: Identifiable, Hashable, Sendable {
    /// The register's id.
    public let id: MemberID
    /// The core fields.
    public var record: MemberRecord
    /// The effective date the member entered the register.
    public let registeredOn: LocalDate
    /// The memberships in force, by category code order.
    public var categories: [CategoryMembership]
    /// The register's code lists, for names and for resolving what callers type.
    let codes: CodeCatalog

    init(id: MemberID, record: MemberRecord, registeredOn: LocalDate, categories: [CategoryMembership], codes: CodeCatalog) {
        self.id = id
        self.record = record
        self.registeredOn = registeredOn
        self.categories = categories
        self.codes = codes
    }

    /// Reads a field of ``record``.
    public subscript<Value>(dynamicMember keyPath: KeyPath<MemberRecord, Value>) -> Value {
        record[keyPath: keyPath]
    }

    /// The membership in `category`, if the member holds it: `.nonPartisan`, or what a person typed
    /// (`"无党派人士"`, `"无党派"`, `"NON_PARTISAN"`).
    public func membership(in category: Category) -> CategoryMembership? {
        let code = codes.code(category)?.code ?? category.rawValue
        return categories.first { $0.category.rawValue == code }
    }

    /// `field` as a person reads it: the Chinese name of a coded value (`02` → 蒙古族), of a region's
    /// division (`150102` → 新城区; a longer code keeps its digits: `新城区 150102001`), the status as 在册
    /// or 已归档, any other value as stored; nil when empty.
    public func displayName(of field: MemberField) -> String? {
        guard let value = record[field] else { return nil }
        if field == .status { return MemberStatus(rawValue: value)?.label ?? value }
        if field == .region, let division = codes.division(containing: value) {
            return value.count == 6 ? division.name : "\(division.name) \(value)"
        }
        guard let list = field.codeList else { return value }
        return codes[list]?.name(of: value) ?? value
    }

    /// Members are equal when id, record, registration date and memberships are.
    public static func == (lhs: Member, rhs: Member) -> Bool {
        lhs.id == rhs.id && lhs.record == rhs.record && lhs.registeredOn == rhs.registeredOn && lhs.categories == rhs.categories
    }

    /// Hashes what ``==`` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(record)
        hasher.combine(registeredOn)
        hasher.combine(categories)
    }
}
