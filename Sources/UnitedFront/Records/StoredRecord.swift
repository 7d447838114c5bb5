/// What the register needs to know of a ``DatedRecord`` kind to store it: its fields, how a record is
/// validated, how it reads in a timeline, and what it causes elsewhere in the same changeset.
protocol StoredRecord: DatedRecord where Holder: StoredHolder {
    /// The kind's fields, in column order; `status` among them.
    associatedtype Field: RecordField

    /// The values in ``Field`` order.
    var values: [String?] { get set }

    /// A record from stored values.
    init(values: [String?])

    /// The record validated and in stored form (codes resolved, text trimmed), for `holder`.
    /// - Throws: ``ValidationError`` naming the first offending field.
    func normalized(in transaction: RegisterTransaction, for holder: Holder) throws -> Self

    /// One line for a timeline: `锡林浩特市教育局副局长 (乡科级正职)`.
    func summary(_ codes: CodeCatalog) -> String

    /// Runs after the record was added, in the same transaction.
    static func didAdd(_ record: Self, for holder: Holder, effective: LocalDate, in transaction: RegisterTransaction) throws

    /// Runs after record `id` was ended, in the same transaction.
    static func didEnd(_ record: Self, id: Int64, for holder: Holder, effective: LocalDate, in transaction: RegisterTransaction) throws

    /// Runs after any write to one of `holder`'s records of this kind that takes effect from `day`.
    static func didWrite(for holder: Holder, from day: LocalDate, in transaction: RegisterTransaction) throws

    /// Checks record `id` as written (a key unique across records); runs after every write to it.
    static func check(_ id: Int64, in transaction: RegisterTransaction) throws

    /// Runs after every write of record `id`'s history rows (``RecordHistory``), in the same transaction:
    /// where a kind keeps derived data current (an enterprise's names in the name-search index).
    static func didStore(_ id: Int64, in connection: Connection) throws
}

extension StoredRecord {
    static func didAdd(_ record: Self, for holder: Holder, effective: LocalDate, in transaction: RegisterTransaction) throws {}
    static func didEnd(_ record: Self, id: Int64, for holder: Holder, effective: LocalDate, in transaction: RegisterTransaction) throws {}
    static func didWrite(for holder: Holder, from day: LocalDate, in transaction: RegisterTransaction) throws {}
    static func check(_ id: Int64, in transaction: RegisterTransaction) throws {}
    static func didStore(_ id: Int64, in connection: Connection) throws {}

    subscript(field: Field) -> String? {
        get { values[field.index] }
        set { values[field.index] = newValue }
    }

    /// A record with no values but an active status.
    static func empty() -> Self {
        var record = Self(values: Array(repeating: nil, count: Field.allCases.count))
        record[.status] = RecordStatus.active
        return record
    }

    /// Whether the record is in force (not ended) in these values.
    var isActive: Bool { self[.status] == RecordStatus.active }
}

/// Every kind of record the register stores, in ``RecordKind/all`` order: what archiving ends and what
/// the change report reads.
enum StoredRecordKinds {
    static let all: [any StoredRecord.Type] = [
        PostRecord.self, ArrangementRecord.self, PoolRecord.self, CultivationRecord.self, PartyMembershipRecord.self,
        OverseasRecord.self, NewStratumRecord.self, RelationRecord.self, HonourRecord.self,
        EnterpriseRecord.self, EnterpriseRoleRecord.self, PairingRecord.self, OrganisationRecord.self, TermRecord.self,
        OrganisationMembershipRecord.self, EnterpriseMembershipRecord.self, HouseholdRecord.self,
        HouseholdMembershipRecord.self, EngagementRecord.self, ParticipantRecord.self,
    ]
}

/// The stored values of a record's status.
enum RecordStatus {
    static let active = "active"
    static let ended = "ended"
}

/// A field of a ``StoredRecord`` kind, by its column name; `status` is one of them.
protocol RecordField: HistoryField {
    /// The field that says whether the record is in force: `active` or `ended`.
    static var status: Self { get }
}

extension RecordField {
    var index: Int { Self.allCases.firstIndex(of: self)! }

    /// The data columns of the kind's history table, in declaration order.
    static var columnList: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

extension DatedRecord {
    /// This kind as the register stores it.
    /// - Throws: ``RegisterError/schema(_:)`` for a type that is not one of the register's record kinds.
    static func storedType() throws -> any StoredRecord.Type {
        guard let stored = Self.self as? any StoredRecord.Type else {
            throw RegisterError.schema("\(Self.self) is not a kind of record the register stores")
        }
        return stored
    }
}

extension Tenure {
    /// The same tenure typed as `Other`, which must be the same record type seen generically.
    func cast<Other: DatedRecord>() -> Tenure<Other> {
        Tenure<Other>(id: RecordID(rawValue: id.rawValue), holder: holder as! Other.Holder, record: record as! Other, from: from, to: to)
    }
}
